"""The map as a Streamlit components-v2 element that reports clicks back to Python.

The map page (``diplomap.views.render``) runs in a sandboxed iframe held by a tiny
component (``diplomap/views/frontend/component.js``, inline, no CDN). A click on a node
sets ``st.session_state["actor"]`` (the address's ``actor``), on a line ``["pair"]`` (the
address's ``pair=a~b``), each clearing the other; on the background clears both. The focus set
in Python (a click, the address, Back/Forward) goes back to the page, which dims everything but
the focused actor and its neighbours (or the pair).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import streamlit as st

from .map_drawn import LATER_MS, beacon_path, session_drawn
from .ui import set_focus
from .widget_chunks import widget_chunks

FRONTEND = Path(__file__).resolve().parent.parent / "diplomap" / "views" / "frontend"
COMPONENT_NAME = "diplomap_map"
MAP_KEY = "map"
IFRAME_TITLE = "Who-met-whom graph"

_map = st.components.v2.component(COMPONENT_NAME, js=(FRONTEND / "component.js").read_text(encoding="utf-8"))


def apply_selection(state, event: dict | None) -> None:
    """What a click means for the session: a node focuses that actor, a line that pair, the background nothing."""
    if not isinstance(event, dict):
        return
    kind = event.get("kind")
    if kind == "node" and isinstance(event.get("id"), str):
        set_focus(state, actor=event["id"])
    elif (kind == "edge" and isinstance(event.get("from"), str) and isinstance(event.get("to"), str)
          and event["from"] != event["to"]):
        set_focus(state, pair=[event["from"], event["to"]])
    elif kind == "none":
        set_focus(state)


def _selected() -> None:
    """Callback of the component's ``select`` trigger (runs before the next script run)."""
    value = st.session_state.get(MAP_KEY)
    event = value.get("select") if hasattr(value, "get") else getattr(value, "select", None)
    apply_selection(st.session_state, event)


def _drawn() -> None:
    """Callback of the component's ``drawn`` trigger (``map_drawn``: the rest of the page is wanted)."""
    session_drawn(st.session_state)


def render_map(html: str, *, height_px: int, focus: str | None, pair: list | None, later: bool = False) -> None:
    """Mount the map; the iframe's document is replaced only when ``html`` changes. With ``later``, the
    component asks for another run once the map is drawn (``map_drawn.secondary_later``), and fetches the
    code of the widgets that run brings meanwhile (``widget_chunks``)."""
    key = hashlib.sha1(html.encode("utf-8")).hexdigest()[:16]
    _map(key=MAP_KEY, data={"html": html, "key": key, "height": height_px, "title": IFRAME_TITLE,
                            "focus": focus, "edge": list(pair) if pair else None, "drawn": beacon_path(),
                            "later": LATER_MS if later else None,
                            "prefetch": list(widget_chunks()) if later else []},
         height=height_px + 8, on_select_change=_selected, on_drawn_change=_drawn)
