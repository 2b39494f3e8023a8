"""Small shared helpers: escaping text for markdown, and tables whose rows open something."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from .light_table import light_table

# Tab labels; ``st.session_state["tab"]`` (also ``?tab=`` in the address) selects one.
TABS = ("Graph", "Actor", "Interactions", "Articles", "Add articles", "Overview")
GRAPH_TAB, ACTOR_TAB, INTERACTIONS_TAB, ARTICLES_TAB, ADD_TAB, OVERVIEW_TAB = TABS

ROW_PX = 35  # a one-line row
WRAP_ROW_PX = 84  # taller than one line: a table's text wraps (``pick_table``)
MAX_ROWS = 2000

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~$:=^\"'])")


def md_escape(text: object) -> str:
    """``text`` shown literally by ``st.markdown`` and friends: every ASCII punctuation mark is
    backslash-escaped, so no markdown, HTML, LaTeX (``$``) or Streamlit directive (``:red[…]``) applies."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def pick_table(df: pd.DataFrame, *, key: str, ids: Sequence[str], on_pick: Callable[[str], None],
               column_config: dict | None = None, height: int | str = "auto", row_height: int | None = None,
               search: bool = True) -> None:
    """A read-only table where choosing a row calls ``on_pick(ids[row])`` before the next run: a light
    table (``light_table``: sortable, searchable with ``search``; its text wraps when ``row_height``
    is taller than one line), not Streamlit's grid and its 1.4 MB of JavaScript."""
    if len(ids) != len(df):
        raise ValueError(f"pick_table {key!r}: {len(ids)} ids for {len(df)} rows")
    if len(df) > MAX_ROWS:  # every row goes to the browser on every run
        st.caption(f"Showing the first {MAX_ROWS:,} of {len(df):,} rows: filter or search to narrow them, "
                   "or download them all.")
        df, ids = df.head(MAX_ROWS), ids[:MAX_ROWS]
    light_table(df, key=key, ids=list(ids), on_pick=on_pick, column_config=column_config,
                height=height if isinstance(height, int) else None,
                wrap=(row_height or ROW_PX) > ROW_PX, search=search)


def set_focus(state, *, actor: str | None = None, pair: Sequence[str] | None = None) -> None:
    """Focus an actor, or the line between two actors (``pair``, kept sorted: one address per line),
    or nothing: one focus at a time, so focusing one clears the other (``components/url.py``)."""
    state["actor"] = actor
    state["pair"] = sorted(pair) if pair else None


def focus_actor(actor_id: str) -> None:
    """Open an actor in the Actor tab (a callback: runs before the next script run)."""
    set_focus(st.session_state, actor=actor_id)
    st.session_state["tab"] = ACTOR_TAB


def open_article(article_id: str) -> None:
    """Open an article in the Articles tab (a callback)."""
    st.session_state["article"] = article_id
    st.session_state["tab"] = ARTICLES_TAB


def plural(n: int, noun: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
