"""The dashboard's state in the page address, so a filtered view can be shared and reloaded.

``?leader=keir-starmer&type=meet&status=planned`` opens Keir Starmer's network of planned
meetings. Names are the session-state keys of the widgets (``STATE_DEFAULTS``); each maps
to one query parameter (``PARAMS``; the filters' from ``diplomap.views.filter_params``, the
table the export command line uses too); lists repeat it (``type=meet&type=call``) or use
commas (``type=meet,call``). Values the store does not know are reported, not dropped silently.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import streamlit as st

from diplomap.views.filter_params import BY_FIELD, DATE, LIST, ONE, TEXT, FilterParam, parse_params
from diplomap.views.filters import GraphFilter
from diplomap.views.regions import COLOUR_MODES

from .choices import Choices

# Session-state key -> default value. The sidebar and tabs create their widgets with these keys.
STATE_DEFAULTS: dict = {
    "leaders": [],
    "radius": 1,
    "countries": [],
    "include_partners": True,  # a country's meetings with anyone, not only among its own actors
    "types": [],
    "statuses": [],
    "date_from": None,
    "date_to": None,
    "sources": [],
    "min_weight": 1,
    "text": "",
    "include_countries": True,
    "colour_by": "region",
    "quotes_search": "",  # the Graph tab's quote search
    "actor": None,
    "article": None,
}

# The dashboard's own parameters (session-state key, query parameter), read like the filters'
# (``diplomap.views.filter_params``); actors and articles are checked against the store.
VIEW_PARAMS = (
    FilterParam("colour_by", "colour", ONE, choices=COLOUR_MODES),
    FilterParam("quotes_search", "quote_q", TEXT),
    FilterParam("actor", "actor", ONE, "actor in the store"),
    FilterParam("article", "article", ONE, "article in the store"),
)
OWN_PARAMS = {p.field: p.name for p in VIEW_PARAMS}
FILTER_STATE_KEYS = tuple(k for k in STATE_DEFAULTS if k in BY_FIELD)
PARAMS = {**{k: BY_FIELD[k].name for k in FILTER_STATE_KEYS}, **OWN_PARAMS}
LIST_KEYS = tuple(k for k in FILTER_STATE_KEYS if BY_FIELD[k].kind == LIST)
RADII = BY_FIELD["radius"].choices
MAX_MIN_WEIGHT = 100  # the sidebar's number input goes this far
# The dashboard's filter when nothing is chosen: a country's meetings with anyone (issue #12, 2).
DASHBOARD_DEFAULTS = GraphFilter(include_partners=True)


def allowed_values(choices: Choices) -> dict[str, tuple]:
    """The values the store offers for each list filter (the address and the sidebar check against these)."""
    return {"leaders": choices.actors, "countries": choices.countries, "types": choices.types,
            "statuses": choices.statuses, "sources": choices.sources}


def filter_from_state(state: Mapping) -> GraphFilter:
    """The ``GraphFilter`` the widgets' values describe (missing keys: ``STATE_DEFAULTS``)."""
    def get(key: str):
        value = state.get(key, STATE_DEFAULTS[key])
        return STATE_DEFAULTS[key] if value is None and key not in ("date_from", "date_to") else value

    def day(key: str) -> str | None:
        value = get(key)
        return value.isoformat() if isinstance(value, date) else None

    return GraphFilter(
        leaders=tuple(get("leaders")), radius=int(get("radius")), countries=tuple(get("countries")),
        include_partners=bool(get("include_partners")), types=tuple(get("types")),
        statuses=tuple(get("statuses")), date_from=day("date_from"), date_to=day("date_to"),
        sources=tuple(get("sources")), min_weight=int(get("min_weight")), text=str(get("text")).strip(),
        include_countries=bool(get("include_countries")),
    )


def params_from_state(state: Mapping) -> dict[str, list[str]]:
    """The query parameters for the non-default values of ``state`` (a session-state mapping)."""
    params = filter_from_state(state).to_params(DASHBOARD_DEFAULTS)
    for key, name in OWN_PARAMS.items():
        value = state.get(key, STATE_DEFAULTS[key])
        if value != STATE_DEFAULTS[key] and value is not None:
            params[name] = [str(value)]
    return params


def state_from_params(params: Mapping[str, list[str]], choices: Choices,
                      articles: frozenset[str] = frozenset()) -> tuple[dict, list[str]]:
    """Session-state values from query parameters (``name -> all its values``), and what was ignored and why."""
    problems: list[str] = []
    known = set(PARAMS.values())
    for name in params:
        if name not in known and name != "tab":
            problems.append(f"unknown parameter {name!r} (known: {', '.join(sorted(known))})")
    values, wrong = parse_params(params, allowed_values(choices), only=FILTER_STATE_KEYS)
    problems += wrong
    if values.get("min_weight", 1) > MAX_MIN_WEIGHT:
        problems.append(f"min_weight {values.pop('min_weight')}: must be a whole number from 1 to {MAX_MIN_WEIGHT}")
    state: dict = {}
    for key, value in values.items():
        kind = BY_FIELD[key].kind
        if kind == DATE and len(value) != 10:  # the date widgets hold whole days
            problems.append(f"{PARAMS[key]} {value!r}: not a date YYYY-MM-DD")
            continue
        state[key] = list(value) if kind == LIST else date.fromisoformat(value) if kind == DATE else value
    own, wrong = parse_params(params, {"actor": choices.labels, "article": articles}, table=VIEW_PARAMS)
    return {**state, **own}, problems + wrong


def read_url_once(choices: Choices, articles: frozenset[str]) -> list[str]:
    """On a session's first run, fill session state from the address; returns what was ignored.

    Every key of ``STATE_DEFAULTS`` is set, so widgets are created without default arguments.
    """
    state = st.session_state
    if state.get("_url_read"):
        return []
    params = {name: st.query_params.get_all(name) for name in st.query_params}
    values, problems = state_from_params(params, choices, articles)
    for key, default in STATE_DEFAULTS.items():
        state.setdefault(key, values.get(key, list(default) if isinstance(default, list) else default))
    state["_url_read"] = True
    return problems


def write_url() -> None:
    """Put the current state in the address, touching only the parameters that changed."""
    wanted = params_from_state(st.session_state)
    for name in PARAMS.values():
        current = st.query_params.get_all(name)
        if name in wanted:
            if current != wanted[name]:
                st.query_params[name] = wanted[name] if len(wanted[name]) > 1 else wanted[name][0]
        elif current:
            del st.query_params[name]
