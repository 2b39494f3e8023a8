"""What AppTest sees of the dashboard's components-v2 elements: the map and the light tables."""
from __future__ import annotations

import json

import pandas as pd
from streamlit.testing.v1 import AppTest

MAP = "diplomap_map"
TABLE = "diplomap_table"


def component_data(at: AppTest, name: str) -> list[dict]:
    """The data each element of component ``name`` received, in page order."""
    return [json.loads(c.proto.json) for c in at.get("bidi_component") if c.proto.component_name == name]


def maps(at: AppTest) -> list[dict]:
    return component_data(at, MAP)


def tables(at: AppTest) -> list[dict]:
    return component_data(at, TABLE)


def table(at: AppTest, key: str) -> pd.DataFrame:
    """The rows of the light table ``key`` (``components/light_table.py``), as a frame."""
    [data] = [t for t in tables(at) if t["name"] == key]
    return pd.DataFrame(data["rows"], columns=[c["name"] for c in data["columns"]])
