"""The notice shown while an ingest (the command line's, or this app's folder sync or upload)
adds articles to the store the pages show: how many so far, and a button to refresh now.

The pages keep the corpus they show until the ingest ends (``state.load_corpus``); this
notice checks every ``POLL_SECONDS`` and reruns the page once the ingest has ended, so the
map updates without a click.
"""
from __future__ import annotations

import streamlit as st

from diplomap.corpus import ingest_lease
from diplomap.corpus.store import Store

from . import state
from .ui import md_escape

POLL_SECONDS = 5


def render_ingest_notice(store: Store) -> None:
    ingests, _ = state.running_ingests(store)
    if ingests:
        _notice(str(store.path))


@st.fragment(run_every=POLL_SECONDS)
def _notice(store_path: str) -> None:
    store = state.open_store(store_path)
    if state.corpus_behind(store):
        st.rerun(scope="app")
    ingests = ingest_lease.running(store)
    if not ingests:
        return
    stored = sum(lease.stored for lease in ingests)
    text, button = st.columns([5, 1], vertical_alignment="center")
    text.info(md_escape(f"An ingest is adding articles: {stored:,} so far; the map updates when it finishes."),
              icon=":material/sync:")
    if button.button("Refresh now", key="ingest_refresh", help="Show the articles stored so far"):
        state.refresh_corpus(store)
        st.rerun(scope="app")
