"""The light table (``components/light_table.py``): what its element receives, and what a pick means."""
from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from components.light_table import cell, picked_row, table_data


def test_cells_are_json_numbers_stay_numbers_and_missing_values_are_empty():
    assert cell(None) == "" and cell(float("nan")) == ""
    assert cell(3) == 3 and isinstance(cell(pd.Series([7]).iloc[0]), int)  # numpy's int64 made plain
    assert cell(0.123456789) == 0.1235 and cell(True) == "True" and cell("Paris") == "Paris"


def test_table_data_names_the_columns_with_their_help_width_kind_and_links():
    df = pd.DataFrame({"Actor": ["A", "B"], "Partners": [3, 1], "Link": ["https://example.org/a", ""]})
    data = table_data(df, key="t", height=300, wrap=True, search=False, column_config={
        "Partners": st.column_config.NumberColumn(help="Distinct actors met"),
        "Actor": st.column_config.TextColumn(width="large"),
        "Link": st.column_config.LinkColumn(display_text="source")})
    assert data["name"] == "t" and data["height"] == 300 and data["wrap"] and not data["search"]
    assert [c["name"] for c in data["columns"]] == ["Actor", "Partners", "Link"]
    actor, partners, link = data["columns"]
    assert actor["width"] == "large" and not actor["numeric"] and actor["link"] is None
    assert partners["numeric"] and partners["help"] == "Distinct actors met"
    assert link["link"] == "source"
    assert data["rows"] == [["A", 3, "https://example.org/a"], ["B", 1, ""]]


def test_user_text_is_sent_as_data_not_markup():
    data = table_data(pd.DataFrame({"Quote": ["<script>alert(1)</script>"]}), key="q")
    assert data["rows"] == [["<script>alert(1)</script>"]]  # table.js writes every cell escaped


def test_a_pick_names_a_row_or_nothing():
    assert picked_row({"pick": {"row": 2, "n": 1}}) == 2
    assert picked_row({"pick": None}) is None and picked_row(None) is None
    assert picked_row({"pick": {"row": "2"}}) is None and picked_row({"pick": {"row": True}}) is None

    class Result:  # what Streamlit's component state gives: attributes
        pick = {"row": 0, "n": 3}

    assert picked_row(Result()) == 0


def test_the_widgets_scripts_fetched_early_are_streamlits_own_files():
    """``widget_chunks``: what the map's component fetches once its map is drawn, while the server runs the
    page for the rest: Streamlit's scripts for the sidebar's widgets, with the scripts they import."""
    from components.widget_chunks import STATIC_JS, widget_chunks

    chunks = widget_chunks()
    names = [c.removeprefix("static/js/") for c in chunks]
    assert all(c.startswith("static/js/") and c.endswith(".js") for c in chunks) and len(set(chunks)) == len(chunks)
    assert all((STATIC_JS / name).is_file() for name in names)
    assert any(name.startswith("Multiselect.") for name in names) and any(name.startswith("Slider.") for name in names)
    main = re.search(r'src="\./static/js/([^"]+)"', (STATIC_JS.parent.parent / "index.html").read_text()).group(1)
    assert main not in names and not any(name.startswith("DataFrame.") for name in names)  # loaded; no grid
