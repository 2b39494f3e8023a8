"""Corrections from the Actor tab: merge another actor into this one, fix the actor's country or
role, hide a wrong interaction or quote. Each writes the store's ``corrections.yaml`` through
``diplomap.corpus.corrections_save.save_corrections`` (as ``python -m diplomap correct`` does); the
store sees the file change and the next run shows the corrected corpus."""
from __future__ import annotations

import streamlit as st

from diplomap.corpus.corrections_save import save_corrections
from diplomap.corpus.store import Store
from diplomap.corpus.stored_quotes import quotes_by
from diplomap.models import Corpus

from .choices import Choices, country_option
from .ui import md_escape

MAX_ITEM_CHARS = 90


def render_corrections(store: Store, corpus: Corpus, choices: Choices, actor_id: str) -> None:
    actor = corpus.actors[actor_id]
    with st.expander("Correct this actor", icon=":material/edit:"):
        st.caption(md_escape(f"Saved in {store.corrections_path}, as `python -m diplomap correct` does."))
        others = [a for a in choices.actors if a != actor_id]
        merge, fix, hide = st.tabs(["Merge", "Country and role", "Hide"])
        with merge:
            other = st.selectbox("The same actor as", others, format_func=choices.actor_label, index=None,
                                 key=f"fix_merge_{actor_id}", placeholder="Choose the duplicate")
            st.button("Merge it into this actor", key=f"fix_merge_go_{actor_id}", disabled=other is None,
                      on_click=_save, args=(store, [("merge", {"into": actor_id, "ids": [other]})]))
        with fix:
            country = st.selectbox("Country", choices.countries, format_func=country_option,
                                   index=choices.countries.index(actor.country)
                                   if actor.country in choices.countries else None,
                                   key=f"fix_country_{actor_id}", placeholder="ISO code")
            role = st.text_input("Role", value=actor.role or "", key=f"fix_role_{actor_id}")
            fields = {k: v for k, v in (("country", country), ("role", role.strip())) if v}
            changed = fields and (fields.get("country") != actor.country or fields.get("role") != (actor.role or None))
            st.button("Save country and role", key=f"fix_set_go_{actor_id}", disabled=not changed,
                      on_click=_save, args=(store, [("set", {"id": actor_id, **fields})]))
        with hide:
            items = hideable_items(corpus, actor_id)
            chosen = st.multiselect("Wrong interactions or quotes", list(items), format_func=items.get,
                                    key=f"fix_hide_{actor_id}", placeholder="Choose what to hide")
            st.button("Hide them", key=f"fix_hide_go_{actor_id}", disabled=not chosen,
                      on_click=_save, args=(store, [("hide", item) for item in chosen]))
    message = st.session_state.pop("_correction_message", None)
    if message:
        (st.success if message[0] else st.error)(md_escape(message[1]), icon=":material/edit_note:")


def hideable_items(corpus: Corpus, actor_id: str) -> dict[str, str]:
    """Item id -> a line describing it: the actor's interactions, then the quotes they speak."""
    items = {}
    for inter in corpus.interactions:
        if actor_id in inter.actors:
            items[inter.id] = _short(f"{inter.date or 'undated'} · {inter.type} · {inter.evidence}")
    for q in quotes_by(corpus.quotes, actor_id):
        items[q.id] = _short(f"quote · “{q.text}”")
    return items


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_ITEM_CHARS else text[:MAX_ITEM_CHARS - 1] + "…"


def _save(store: Store, edits: list) -> None:
    """Callback: write the edits; say what happened on the next run."""
    saved = save_corrections(store.corrections_path, store.path, edits)
    if saved.saved:
        st.session_state["_correction_message"] = (True, f"Saved {len(edits)} correction(s).")
    else:
        st.session_state["_correction_message"] = (False, "Not saved: " + "; ".join(saved.problems))
