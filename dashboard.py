"""diplomap's dashboard page: who met whom, when and where, and what they said.

``streamlit run app.py`` serves this page (``app.py`` also warms its caches as the server starts);
``streamlit run dashboard.py`` serves it alone. Options after ``--`` (``--store FILE --articles
DIR``) or DIPLOMAP_STORE / DIPLOMAP_ARTICLES. The first run reads the articles folder into the
store; later runs open the store and read only new or changed files. Each part of the page is a
module of ``components/``; this file only wires them.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent  # `streamlit run` puts this folder on sys.path itself

from components import folder_sync, state, url  # noqa: E402
from components.actor_panel import render_actor_panel  # noqa: E402
from components.article_reader import render_reader  # noqa: E402
from components.config import ConfigError, parse_config, server_argv  # noqa: E402
from components.corrections_panel import render_corrections  # noqa: E402
from components.downloads import render_downloads  # noqa: E402
from components.evidence import render_interactions  # noqa: E402
from components.focus_panel import focused_pair, render_focused_actor, render_focused_pair  # noqa: E402
from components.graph_view import render_actor_table, render_graph  # noqa: E402
from components.ingest_notice import render_ingest_notice  # noqa: E402
from components.map_drawn import secondary_later  # noqa: E402
from components.overview import render_overview  # noqa: E402
from components.quotes_table import quotes_for, render_quotes  # noqa: E402
from components.sidebar import read_filters, render_sidebar  # noqa: E402
from components.ui import TABS, md_escape, plural  # noqa: E402
from components.uploads import render_uploads  # noqa: E402
from components.warm_up import page_ran  # noqa: E402
from diplomap.corpus.store import StoreError  # noqa: E402
from diplomap.models import Corpus  # noqa: E402


def without_paths(error, path: Path) -> str:
    """An error message for the page: the server's folders left out of ``path``, only its name shown."""
    from diplomap.corpus.store_errors import explain

    message = explain(error, path) if isinstance(error, sqlite3.Error) else str(error)
    for shown in {str(path), str(Path(path).resolve())}:
        message = message.replace(shown, Path(path).name)
    return message


def render_beside_map(data: state.CorpusHandle, view: state.View, f, leaders: list) -> None:
    """The focused actor's panel, the focused pair's interactions, or else the view's quotes."""
    focus = st.session_state.get("actor")
    pair = focused_pair(st.session_state, view.W)
    if focus in view.W:
        render_focused_actor(data, f, focus)
    elif pair:
        render_focused_pair(data.corpus, view.corpus, *pair)
    else:
        if st.session_state.get("pair"):  # from the address, or a line the filters have since removed
            names = " and ".join(md_escape(data.corpus.actors[a].name if a in data.corpus.actors else a)
                                 for a in st.session_state["pair"])
            st.caption(f"No line between {names} under the current filters.")
        st.markdown("**Quotes**" + (" by or about the chosen leaders" if leaders else ""))
        render_quotes(data, view.corpus, f, leaders, key="quotes", narrow=True)


def open_store():
    """The store the command line names, with the articles folder synced into it; or stop with an error."""
    try:
        config = parse_config(server_argv(ROOT), os.environ, ROOT)
        store = state.open_store(str(config.store))
    except ConfigError as e:
        st.error(md_escape(e), icon=":material/error:")
        st.stop()
    except StoreError as e:
        st.error(md_escape(without_paths(e, config.store)), icon=":material/error:")
        st.stop()
    if config.articles is not None and not config.articles.is_dir():
        st.error(md_escape(f"Articles folder {config.articles} does not exist; showing the store as it is."),
                 icon=":material/folder_off:")
    elif config.articles is not None:
        try:
            report, fresh = folder_sync.sync_folder(store, config.articles)
        except (StoreError, sqlite3.Error) as e:  # the store is full or damaged: show what it holds
            st.error(md_escape(f"Could not store the articles folder: {without_paths(e, store.path)}"),
                     icon=":material/error:")
            report = None
        if report is not None:
            folder_sync.show_report(report, where=str(config.articles), fresh=fresh)
    return config, store


def show_store_problems(store) -> None:
    """Corrections that could not be read or applied, shown above the views."""
    unreadable = store.corrections().unreadable
    if unreadable:
        st.warning(md_escape(f"Corrections not applied: {without_paths(unreadable, store.corrections_path)}"),
                   icon=":material/warning:")
    corrections = [p for p in state.store_problems(store) if p != unreadable]  # of the corpus shown
    if corrections:
        with st.expander(md_escape(f"{len(corrections)} correction(s) in {store.corrections_path} could not be applied")):
            st.dataframe({"problem": corrections}, hide_index=True)


def main() -> None:
    st.set_page_config(page_title="diplomap", layout="wide", initial_sidebar_state="expanded")
    # What only some runs say (the folder's reading, errors, warnings) goes into blocks every run has: the
    # parts after them keep their places. A part that moves is mounted anew: a first session's map, after
    # the run that read the articles folder, was taken down and drawn again.
    reading = st.container()
    with reading:
        config, store = open_store()
        try:
            data = state.load_corpus(store)
        except (StoreError, sqlite3.Error) as e:
            st.error(md_escape(without_paths(e, store.path)), icon=":material/error:")
            st.stop()
    corpus = data.corpus
    choices = state.choices(data)
    ignored = url.read_url(choices, corpus.articles)  # an ?article= id is looked up, not the whole list read

    st.title("diplomap")
    counted = state.counts(data)  # the store's articles counted here, not listed (they may not be read yet)
    counts = " · ".join(plural(n, noun[:-1]) for noun, n in counted.items())
    st.caption(md_escape(f"Who met whom, and who said what · {config.describe()} · {counts}"))
    notices = st.container()
    with notices:
        for problem in ignored:
            st.warning(md_escape(f"Ignored from the address: {problem}"), icon=":material/link_off:")
        show_store_problems(store)
        render_ingest_notice(store)
        if not counted["articles"]:
            st.info("The store holds no articles yet: add some in the 'Add articles' tab.", icon=":material/inbox:")

    f, dropped = read_filters(choices)  # the sidebar is drawn last: a first visitor's map comes first
    view = state.view(data, f)
    leaders = list(f.leaders)
    highlight = tuple(leaders)  # the focused actor is shown by dimming the rest, in the page itself

    graph_tab, actor_tab, interactions_tab, articles_tab, add_tab, overview_tab = st.tabs(
        TABS, key="tab", on_change="rerun")  # ?tab= is written by url.write_url: a history entry
    later = secondary_later(st.session_state, graph_tab.open and view.W.number_of_nodes() > 0)
    with graph_tab:
        if graph_tab.open:
            left, right = st.columns([3, 2], gap="medium")
            with left:
                render_graph(data, view, f, highlight, later)
                downloads = st.expander("Download this view", icon=":material/download:", key="downloads",
                                        on_change="rerun")  # drawn when opened: not part of a first view
                if downloads.open:
                    with downloads:
                        shown_quotes = quotes_for(corpus, view.corpus, f, leaders)  # as the quotes table lists them
                        viz = state.map_viz(data, f, st.session_state.get("colour_by") or url.STATE_DEFAULTS["colour_by"], view)
                        render_downloads(view, Corpus(articles=corpus.articles, actors=corpus.actors,
                                                      quotes=shown_quotes), viz)
                if not later:  # the parts beside and below the map come once it is drawn (map_drawn)
                    render_actor_table(view)
            with right:
                if not later:
                    render_beside_map(data, view, f, leaders)
    with actor_tab:
        if actor_tab.open:
            render_actor_panel(data, f, choices)
            if st.session_state.get("actor") in corpus.actors:
                render_corrections(store, corpus, choices, st.session_state["actor"])
    with interactions_tab:
        if interactions_tab.open:
            render_interactions(view.corpus)
    with articles_tab:
        if articles_tab.open:
            render_reader(corpus, view.corpus, store)
    with add_tab:
        if add_tab.open:
            render_uploads(store, config.articles if config.articles and config.articles.is_dir() else None)
    with overview_tab:
        if overview_tab.open:
            render_overview(data, view, f.include_countries)
    render_sidebar(choices, f, dropped, widgets=not later)
    url.write_url()
    page_ran()  # the server's warm-up may go on (``components/warm_up.py``)


if __name__ == "__main__":  # Streamlit runs the page as __main__; app.py imports it only to warm up
    main()
