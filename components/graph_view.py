"""The Graph tab's map: ``diplomap.render`` HTML in an iframe, and the table of the actors it shows."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from diplomap.views.filters import GraphFilter
from diplomap.views.palette import country_label

from . import state
from .ui import focus_actor, pick_table

GRAPH_HEIGHT_PX = 620
IFRAME_TITLE = "Who-met-whom graph"


def render_graph(view: state.View, f: GraphFilter, version: str, corpus, highlight: tuple) -> None:
    G = view.W
    if G.number_of_nodes() == 0:
        st.info("No meetings, calls, talks or visits match these filters. Widen the date range, "
                "clear the search or choose other interaction types.", icon=":material/hub:")
        return
    html = state.graph_html(version, f, highlight, GRAPH_HEIGHT_PX, view, corpus)
    st.iframe(html, height=GRAPH_HEIGHT_PX + 8, alt=IFRAME_TITLE)
    interactions = len({i for *_, i in view.G.edges(data="interaction_id")})
    st.caption(f"{G.number_of_nodes()} actors · {G.number_of_edges()} pairs · {interactions} interactions. "
               "Colour: country; size: number of interactions; dashed: planned or proposed only. "
               "Hover a line for the evidence. Pick an actor below or in the Leaders filter.")


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
