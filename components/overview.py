"""The Overview tab: how much is in the store and the view, who is central, and activity over time."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from diplomap.models import Corpus
from diplomap.views import analytics
from diplomap.views.counts import COUNTED
from diplomap.views.counts import counts as count_items
from diplomap.views.palette import EDGE_GROUPS, country_label, edge_group

from . import state
from .ui import focus_actor, pick_table

if TYPE_CHECKING:
    import altair as alt

TOP_N = 25


def top_rows(view: state.View, bridge: dict, n: int = TOP_N) -> pd.DataFrame:
    rows = []
    for node, degree in analytics.top_actors(view.W, n):
        data = view.W.nodes[node]
        rows.append({"id": node, "Actor": data.get("name") or node,
                     "Country": country_label(data.get("country")) if data.get("country") else "",
                     "Role": data.get("role") or "", "Interactions": degree, "Partners": view.W.degree(node),
                     "Bridge score": round(bridge.get(node, 0.0), 3)})
    return pd.DataFrame(rows, columns=["id", "Actor", "Country", "Role", "Interactions", "Partners", "Bridge score"])


def monthly_chart(corpus: Corpus) -> alt.Chart | None:
    """Stacked bars per month in the map's edge colours; statement types are one group, as on the map."""
    counts = analytics.type_counts_by_month(corpus)
    if counts.empty:
        return None
    groups = counts.T.groupby(lambda t: EDGE_GROUPS[edge_group(t)][1], sort=False).sum().T
    long = groups.reset_index().melt(id_vars="month", var_name="Kind", value_name="Interactions")
    long = long[long["Interactions"] > 0]
    labels = [label for _, label in EDGE_GROUPS.values() if label in groups.columns]
    colours = [colour for colour, label in EDGE_GROUPS.values() if label in groups.columns]
    import altair as alt  # here, not at the top: 0.3 s off importing the page, for a chart on another tab

    return alt.Chart(long).mark_bar().encode(
        x=alt.X("month:O", title="Month (months without interactions are left out)"),
        y=alt.Y("Interactions:Q", stack=True),
        color=alt.Color("Kind:N", scale=alt.Scale(domain=labels, range=colours), title=None),
        tooltip=["month", "Kind", "Interactions"],
    ).properties(height=280)


def render_overview(data: state.CorpusHandle, view: state.View, include_countries: bool) -> None:
    shown = view.corpus
    in_view, in_store = count_items(shown), state.counts(data)
    for col, name in zip(st.columns(len(COUNTED)), COUNTED, strict=True):
        col.metric(name.capitalize(), f"{in_view[name]:,}", help=f"{in_store[name]:,} in the whole store"
                   + (" (actors taking part in an interaction or speaking a quote)" if name == "actors" else ""),
                   border=True)
    left, right = st.columns([1, 1], gap="large")
    with left:
        st.markdown(f"**Most connected actors** (top {TOP_N}) — choose a row to open the actor")
        df = top_rows(view, state.bridges(data, include_countries))
        if df.empty:
            st.caption("No meetings under the current filters.")
        else:
            pick_table(df.drop(columns="id"), key="top_actors", ids=list(df["id"]), on_pick=focus_actor,
                       column_config={"Bridge score": st.column_config.NumberColumn(
                           help="Betweenness in the whole store's meeting network: how often the actor "
                                "lies on the shortest chain between two others")})
    with right:
        st.markdown("**Interactions per month, by type**")
        chart = monthly_chart(shown)
        if chart is None:
            st.caption("No dated interactions under the current filters.")
        else:
            st.altair_chart(chart, width="stretch")
