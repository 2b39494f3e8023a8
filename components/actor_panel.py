"""The Actor tab: one actor's roles, meetings, quotes, timeline and path to another actor."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd
import streamlit as st

from diplomap.models import Corpus
from diplomap.views import analytics
from diplomap.views.filters import GraphFilter
from diplomap.views.palette import EDGE_GROUPS, country_label, edge_group

from . import state
from .choices import Choices
from .quotes_table import quotes_for, render_quotes
from .ui import GRAPH_TAB, md_escape, open_article, pick_table, set_focus

if TYPE_CHECKING:
    import altair as alt

MEETING_COLUMNS = ["Date", "With", "Type", "Status", "Place", "Evidence", "Article", "Link"]
STATUS_SHAPES = {"occurred": "circle", "planned": "triangle-up", "proposed": "diamond", "negated": "cross"}


def interaction_scope(f: GraphFilter) -> GraphFilter:
    """The sidebar's filters on interactions (types, status, dates, sources, search), without its network filters."""
    return replace(f, leaders=(), radius=1, countries=(), include_partners=False, min_weight=1, min_mentions=0)


def meeting_rows(corpus: Corpus, actor_id: str) -> pd.DataFrame:
    """Every interaction of the actor in ``corpus`` (already filtered), oldest first, with its article."""
    rows = []
    if actor_id in corpus.actors:
        for r in analytics.timeline(corpus, actor_id):
            article = corpus.articles[r["article_id"]]
            rows.append({"Date": r["date"] or "", "With": ", ".join(r["partner_names"]), "Type": r["type"],
                         "Status": r["status"], "Place": r["location"] or "", "Evidence": r["evidence"],
                         "Article": r["article_title"] or r["article_id"], "Link": article.url,
                         "article_id": r["article_id"]})
    return pd.DataFrame(rows, columns=[*MEETING_COLUMNS, "article_id"])


def timeline_chart(rows: pd.DataFrame) -> alt.Chart | None:
    """Dated interactions on a time axis, one lane per type, shaped by status; None if none are dated."""
    dated = rows[rows["Date"].str.len() >= 7].copy()
    if dated.empty:
        return None
    dated["When"] = pd.to_datetime(dated["Date"].str.slice(0, 10).where(dated["Date"].str.len() >= 10,
                                                                         dated["Date"].str.slice(0, 7) + "-01"))
    types = sorted(dated["Type"].unique())
    colours = [EDGE_GROUPS[edge_group(t)][0] for t in types]
    import altair as alt  # here, not at the top: 0.3 s off importing the page, for a chart on another tab

    return alt.Chart(dated).mark_point(size=120, filled=True, opacity=0.85).encode(
        x=alt.X("When:T", title="Date"),
        y=alt.Y("Type:N", title=None, sort=types),
        color=alt.Color("Type:N", scale=alt.Scale(domain=types, range=colours), legend=None),
        shape=alt.Shape("Status:N", scale=alt.Scale(domain=list(STATUS_SHAPES), range=list(STATUS_SHAPES.values()))),
        tooltip=["Date", "With", "Type", "Status", "Place", "Evidence", "Article"],
    ).properties(height=60 + 40 * len(types))


def show_network(actor_id: str) -> None:
    """Callback: filter the map to this actor's network and go to it."""
    st.session_state["leaders"] = [actor_id]
    st.session_state["tab"] = GRAPH_TAB


def render_actor_panel(data: state.CorpusHandle, f: GraphFilter, choices: Choices) -> None:
    corpus = data.corpus
    session = st.session_state
    if session.get("actor") not in corpus.actors:  # unset, or gone after a correction merged it away
        session["actor"] = None
    if session.get("actor") is None and session.get("leaders"):
        set_focus(session, actor=session["leaders"][0])
    actor_id = st.selectbox("Actor", choices.actors, format_func=choices.actor_label, key="actor", index=None,
                            placeholder="Choose an actor (or a row of a table)", persist_state="session",
                            on_change=lambda: set_focus(session, actor=session.get("actor")))
    if actor_id is None:
        st.info("Choose an actor to see their meetings, quotes and timeline.", icon=":material/person_search:")
        return
    actor = corpus.actors[actor_id]
    st.subheader(md_escape(actor.name))
    facts = [actor.kind, country_label(actor.country) if actor.country else "no country", actor.role or ""]
    st.caption(md_escape(" · ".join(x for x in facts if x)))
    st.button("Show their network on the map", on_click=show_network, args=(actor_id,), icon=":material/hub:")

    scoped = state.view(data, interaction_scope(f)).corpus
    meetings = meeting_rows(scoped, actor_id)
    scope = interaction_scope(f)
    by_them = sum(q.speaker == actor_id for q in quotes_for(corpus, scoped, scope, [actor_id]))
    cols = st.columns(4)
    cols[0].metric("Mentions", actor.mentions)
    cols[1].metric("Articles", len(actor.articles))
    cols[2].metric("Interactions", len(meetings), help="Under the sidebar's type, status, date, source and search filters")
    cols[3].metric("Quotes by them", by_them)

    if actor.aliases:
        st.markdown("**Also called:** " + md_escape(", ".join(actor.aliases)))
    if actor.roles:
        roles = pd.DataFrame([{"Role": r.role or "", "Country": country_label(r.country) if r.country else "",
                               "Date": r.date or "", "Article": _title(corpus, r.article_id)} for r in actor.roles])
        with st.expander(f"Roles in {len(actor.roles)} article(s)"):
            st.dataframe(roles.drop_duplicates(), hide_index=True)

    st.markdown("**Meetings and other interactions** — choose a row to read its article")
    if meetings.empty:
        st.caption("None under the current filters.")
    else:
        pick_table(meetings[MEETING_COLUMNS], key="actor_meetings", ids=list(meetings["article_id"]),
                   on_pick=open_article, column_config={
                       "Evidence": st.column_config.TextColumn(width="large"),
                       "Link": st.column_config.LinkColumn(display_text="source")})
        chart = timeline_chart(meetings)
        if chart is not None:
            st.altair_chart(chart, width="stretch")

    st.markdown("**Quotes by or about them**")
    render_quotes(data, scoped, scope, [actor_id], key="actor_quotes", height=320)
    render_path(data, f, choices, actor_id)


def render_path(data: state.CorpusHandle, f: GraphFilter, choices: Choices, actor_id: str) -> None:
    """How the actor connects to another through meetings, hop by hop, with each hop's evidence."""
    st.markdown("**Path to another actor**")
    corpus = data.corpus
    full = state.view(data, GraphFilter(include_countries=f.include_countries))
    if actor_id not in full.W:
        st.caption("No meetings, calls, talks or visits recorded for this actor.")
        return
    others = [a for a in choices.actors if a in full.W and a != actor_id]
    if st.session_state.get("path_to") not in others:
        st.session_state["path_to"] = None
    target = st.selectbox("Path to", others, format_func=choices.actor_label, key="path_to", index=None,
                          placeholder="Choose an actor", persist_state="session")
    if target is None:
        return
    try:
        hops = analytics.shortest_path(full.W, full.G, actor_id, target)
    except nx.NetworkXNoPath:
        st.info(md_escape(f"No chain of meetings links {choices.actor_label(actor_id)} to "
                          f"{choices.actor_label(target)}."))
        return
    st.caption(f"{len(hops)} hop(s)")
    for hop in hops:
        st.markdown(md_escape(f"{corpus.actors[hop.source].name} → {corpus.actors[hop.target].name}"))
        st.dataframe(pd.DataFrame([{"Date": h.date or "", "Type": h.type, "Status": h.status,
                                    "Evidence": h.evidence, "Article": _title(corpus, h.article_id)}
                                   for h in hop.interactions]),
                     hide_index=True, column_config={"Evidence": st.column_config.TextColumn(width="large")})


def _title(corpus: Corpus, article_id: str) -> str:
    article = corpus.articles.get(article_id)
    return (article.title if article and article.title else None) or article_id
