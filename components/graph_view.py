"""The Graph tab's map (``diplomap.views.render`` in the click-aware ``graph_component``), and its actors' table."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from diplomap.views.filters import GraphFilter
from diplomap.views.palette import country_label
from diplomap.views.regions import COLOUR_MODES

from . import state, url
from .focus_panel import focused_pair
from .graph_component import IFRAME_TITLE, render_map  # noqa: F401  (IFRAME_TITLE: tests find the map by it)
from .ui import focus_actor, pick_table

GRAPH_HEIGHT_PX = 620
COLOUR_LABELS = {"region": "Region", "community": "Community"}


def render_graph(data: state.CorpusHandle, view: state.View, f: GraphFilter, highlight: tuple,
                 later: bool = False) -> None:
    G = view.W
    if G.number_of_nodes() == 0:
        st.info(empty_map_advice(f), icon=":material/hub:")
        return
    session = st.session_state
    colour_by = st.segmented_control("Colour by", COLOUR_MODES, key="colour_by", required=True, persist_state="session",
                                     format_func=COLOUR_LABELS.get,
                                     help="Region: where the actor's country lies (organisations grey). "
                                          "Community: groups that meet mostly among themselves.")
    html = map_html(data, view, f, highlight, colour_by)
    focus = session.get("actor") if session.get("actor") in G else None
    pair = focused_pair(session, G)
    render_map(html, height_px=GRAPH_HEIGHT_PX, focus=focus, pair=pair, later=later)
    interactions = len({i for *_, ids in view.W.edges(data="interactions") for i in ids})  # as in view.G
    st.caption(f"{G.number_of_nodes()} actors · {G.number_of_edges()} pairs · {interactions} interactions. "
               "Colour: region or community; size: number of interactions; dashed: planned or proposed only. "
               "Click an actor or a line to focus it, the background to clear; hover a line for the evidence.")


def map_html(data: state.CorpusHandle, view: state.View, f: GraphFilter, highlight: tuple,
             colour_by: str | None) -> str:
    """The map page of a view (cached per view): what ``render_graph`` shows and the server's
    warm-up computes ahead of the first visitor, so both must ask for it alike."""
    return state.graph_html(data, f, highlight, GRAPH_HEIGHT_PX, colour_by or url.STATE_DEFAULTS["colour_by"], view)


def empty_map_advice(f: GraphFilter) -> str:
    """What to change when the map is empty, naming the filters that are actually set."""
    set_filters = [name for name, on in (
        ("the date range", f.date_from or f.date_to), ("the search", f.text), ("the types", f.types),
        ("the statuses", f.statuses), ("the sources", f.sources), ("the minimum weight", f.min_weight > 1),
        ("the countries", f.countries), ("the leaders", f.leaders)) if on]
    if f.countries and not f.include_partners:
        hint = "Tick 'Include their partners' to see whom these countries' actors met"
        if set_filters:
            hint += ", or widen " + ", ".join(set_filters)
    elif set_filters:
        hint = "Widen or clear " + ", ".join(set_filters)
    else:
        hint = "The store holds no meetings yet: add articles"
    return f"No meetings, calls, talks or visits match these filters. {hint}."


def actor_rows(view: state.View) -> pd.DataFrame:
    """The actors on the map, most connected first."""
    rows = []
    for node, data in view.W.nodes(data=True):
        rows.append({
            "id": node, "Actor": data.get("name") or node, "Kind": data.get("kind"),
            "Country": country_label(data.get("country")) if data.get("country") else "",
            "Role": data.get("role") or "", "Interactions": view.degree.get(node, 0),
            "Partners": view.W.degree(node), "Articles": data.get("articles") or 0,
        })
    df = pd.DataFrame(rows, columns=["id", "Actor", "Kind", "Country", "Role", "Interactions", "Partners",
                                     "Articles"])
    return df.sort_values(["Interactions", "Partners", "Actor"], ascending=[False, False, True],
                          kind="stable").reset_index(drop=True)


def render_actor_table(view: state.View) -> None:
    df = actor_rows(view)
    if df.empty:
        return
    st.markdown("**Actors on the map** — choose a row to open the actor")
    pick_table(df.drop(columns="id"), key="graph_actors", ids=list(df["id"]), on_pick=focus_actor, height=300,
               column_config={"Interactions": st.column_config.NumberColumn(help="Weighted degree"),
                              "Partners": st.column_config.NumberColumn(help="Distinct actors met")})
