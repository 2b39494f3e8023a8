"""Beside the map: the focused actor (roles, meetings with their evidence, quotes) or the
focused pair (every interaction between the two, with its sentence and article link)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from diplomap.models import Corpus
from diplomap.views.filters import GraphFilter
from diplomap.views.palette import country_label

from . import state
from .actor_panel import interaction_scope, meeting_rows, show_network
from .quotes_table import render_quotes
from .ui import ACTOR_TAB, WRAP_ROW_PX, md_escape, open_article, pick_table, set_focus

PAIR_COLUMNS = ["Date", "Evidence", "Type", "Status", "Article", "Link"]  # the sentence early, wrapped
FOCUS_MEETING_COLUMNS = ["Date", "With", "Evidence", "Type", "Status", "Link"]
LINK = st.column_config.LinkColumn(display_text="source")
EVIDENCE = st.column_config.TextColumn(width="medium")


def pair_rows(corpus: Corpus, a: str, b: str) -> pd.DataFrame:
    """The interactions of ``corpus`` (already filtered) that involve both ``a`` and ``b``, newest first."""
    rows = []
    for inter in corpus.interactions:
        if a in inter.actors and b in inter.actors:
            article = corpus.articles[inter.article_id]
            rows.append({"Date": inter.date or "", "Type": inter.type, "Status": inter.status,
                         "Evidence": inter.evidence, "Article": article.title or article.id, "Link": article.url,
                         "article_id": inter.article_id})
    df = pd.DataFrame(rows, columns=[*PAIR_COLUMNS, "article_id"])
    return df.sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)


def focused_pair(session, G) -> list[str] | None:
    """The focused pair (``session["pair"]``) when the map ``G`` has a line between them, else None."""
    pair = session.get("pair")
    if isinstance(pair, list | tuple) and len(pair) == 2 and G.has_edge(*pair):
        return list(pair)
    return None


def clear_focus() -> None:
    set_focus(st.session_state)


def open_actor_tab(actor_id: str) -> None:
    set_focus(st.session_state, actor=actor_id)
    st.session_state["tab"] = ACTOR_TAB


def render_focused_actor(data: state.CorpusHandle, f: GraphFilter, actor_id: str) -> None:
    actor = data.corpus.actors[actor_id]
    st.markdown(f"#### {md_escape(actor.name)}")
    facts = [actor.kind, country_label(actor.country) if actor.country else "no country", actor.role or ""]
    st.caption(md_escape(" · ".join(x for x in facts if x)))
    left, middle, right = st.columns(3)
    left.button("Actor tab", on_click=open_actor_tab, args=(actor_id,), icon=":material/person:",
                key="focus_open", help="Timeline, path to another actor, corrections")
    middle.button("Network", on_click=show_network, args=(actor_id,), icon=":material/hub:", key="focus_net")
    right.button("Clear", on_click=clear_focus, icon=":material/close:", key="focus_clear")
    if actor.roles:
        roles = sorted({(r.role or "", country_label(r.country) if r.country else "") for r in actor.roles})
        st.markdown("**Roles:** " + md_escape("; ".join(", ".join(x for x in r if x) for r in roles if any(r))))
    scope = interaction_scope(f)
    scoped = state.view(data, scope).corpus
    meetings = meeting_rows(scoped, actor_id)
    st.markdown(f"**Meetings and other interactions** ({len(meetings)})")
    if meetings.empty:
        st.caption("None under the current filters.")
    else:
        pick_table(meetings[FOCUS_MEETING_COLUMNS], key="focus_meetings", ids=list(meetings["article_id"]),
                   on_pick=open_article, height=300, row_height=WRAP_ROW_PX,
                   column_config={"Evidence": EVIDENCE, "Link": LINK,
                                  "With": st.column_config.TextColumn(width="small")})
    st.markdown("**Quotes by or about them**")
    render_quotes(data, scoped, scope, [actor_id], key="focus_quotes", height=300, narrow=True)


def render_focused_pair(corpus: Corpus, shown: Corpus, a: str, b: str) -> None:
    names = [corpus.actors[x].name for x in (a, b)]
    st.markdown(f"#### {md_escape(names[0])} — {md_escape(names[1])}")
    rows = pair_rows(shown, a, b)
    st.caption(f"{len(rows)} interaction(s) under the current filters · choose a row to read its article")
    st.button("Clear", on_click=clear_focus, icon=":material/close:", key="pair_clear")
    if not rows.empty:
        pick_table(rows[PAIR_COLUMNS], key="pair_rows", ids=list(rows["article_id"]), on_pick=open_article,
                   height=560, row_height=WRAP_ROW_PX, column_config={"Evidence": EVIDENCE, "Link": LINK})
