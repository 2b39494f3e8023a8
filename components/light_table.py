"""A read-only table drawn by a small components-v2 element: sortable, searchable, a row picked by a click.

Streamlit's own table (``st.dataframe``) brings 1.4 MB of JavaScript (its grid, Arrow and number
formatting) that a first visit fetches and compiles, then draws its rows on a canvas: at 100,000
articles, the page without its two tables kept the browser's main thread 0.3-0.7 s less busy between
its first map drawn and the rest of the page shown (docs/performance.md, perf15). This table is plain HTML drawn by
``diplomap/views/frontend/table.js`` (a few kB, inline; the map's component loaded the same
components-v2 code already): a click on a header sorts by that column (again: descending, a third
time: the table's order), the box above it keeps the rows holding its words, a click (or Enter) on
a row picks it. Long tables draw their rows as the reader scrolls.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from numbers import Number
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

FRONTEND = Path(__file__).resolve().parent.parent / "diplomap" / "views" / "frontend"
COMPONENT_NAME = "diplomap_table"

_table = st.components.v2.component(COMPONENT_NAME, js=(FRONTEND / "table.js").read_text(encoding="utf-8"),
                                    css=(FRONTEND / "table.css").read_text(encoding="utf-8"))


def cell(value: Any) -> str | int | float:
    """A cell as JSON: numbers stay numbers (sorted as such), a missing value is empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Number):
        number = value.item() if hasattr(value, "item") else value
        return round(number, 4) if isinstance(number, float) else number  # type: ignore[return-value]
    return str(value)


def table_data(df: pd.DataFrame, *, key: str, column_config: Mapping[str, Mapping] | None = None,
               height: int | None = None, wrap: bool = False, search: bool = True) -> dict:
    """What the table's element receives: the columns (name, help, width, numeric, a link's text), the rows
    as lists of cells, and how it is drawn. ``column_config``: ``st.column_config`` entries (their ``help``,
    ``width`` and a link column's ``display_text`` are read: its web addresses are drawn as links)."""
    config = column_config or {}
    columns = []
    for name in df.columns:
        entry = config.get(name) or {}
        kind = entry.get("type_config") or {}
        link = kind.get("display_text") if kind.get("type") == "link" else None
        columns.append({"name": str(name), "help": entry.get("help"), "width": entry.get("width"),
                        "numeric": bool(pd.api.types.is_numeric_dtype(df[name])), "link": link})
    rows = [[cell(v) for v in row] for row in df.itertuples(index=False, name=None)]
    return {"name": key, "columns": columns, "rows": rows, "height": height, "wrap": wrap, "search": search}


def picked_row(value: Any) -> int | None:
    """The row a ``pick`` trigger names, or None."""
    event = value.get("pick") if hasattr(value, "get") else getattr(value, "pick", None)
    row = event.get("row") if isinstance(event, dict) else None
    return row if isinstance(row, int) and not isinstance(row, bool) else None


def light_table(df: pd.DataFrame, *, key: str, ids: Sequence[str], on_pick: Callable[[str], None],
                column_config: Mapping[str, Mapping] | None = None, height: int | None = None,
                wrap: bool = False, search: bool = True) -> None:
    """Draw ``df``; picking row ``i`` calls ``on_pick(ids[i])`` before the next run."""
    ids_key = f"_ids_{key}"
    st.session_state[ids_key] = list(ids)

    def picked() -> None:
        row = picked_row(st.session_state.get(key))
        listed = st.session_state.get(ids_key) or []
        if row is not None and 0 <= row < len(listed):
            on_pick(listed[row])

    _table(key=key, data=table_data(df, key=key, column_config=column_config, height=height, wrap=wrap,
                                    search=search),
           on_pick_change=picked)
