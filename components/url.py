"""The dashboard's state in the page address, so a filtered view can be shared and reloaded.

``?leader=keir-starmer&type=meet&status=planned`` opens Keir Starmer's network of planned
meetings. Names are the session-state keys of the widgets (``STATE_DEFAULTS``); each maps
to one query parameter (``PARAMS``); lists repeat it (``type=meet&type=call``) or use
commas (``type=meet,call``). Values the store does not know are reported, not dropped silently.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import streamlit as st

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

# Session-state key -> query parameter.
PARAMS = {
    "leaders": "leader", "radius": "radius", "countries": "country", "include_partners": "partners",
    "types": "type", "statuses": "status", "date_from": "from", "date_to": "to", "sources": "source",
    "min_weight": "min_weight", "text": "q", "include_countries": "persons_only",
    "colour_by": "colour", "quotes_search": "quote_q", "actor": "actor", "article": "article",
}
LIST_KEYS = ("leaders", "countries", "types", "statuses", "sources")
RADII = (1, 2)
MAX_MIN_WEIGHT = 100


def params_from_state(state: Mapping) -> dict[str, list[str]]:
    """The query parameters for the non-default values of ``state`` (a session-state mapping)."""
    params: dict[str, list[str]] = {}
    for key, default in STATE_DEFAULTS.items():
        value = state.get(key, default)
        if value == default or value is None:
            continue
        name = PARAMS[key]
        if key in LIST_KEYS:
            params[name] = [str(v) for v in value]
        elif key == "include_partners":
            params[name] = ["1" if value else "0"]
        elif key == "include_countries":
            params[name] = ["1"]  # persons_only=1
        elif isinstance(value, date):
            params[name] = [value.isoformat()]
        else:
            params[name] = [str(value)]
    return params


def state_from_params(params: Mapping[str, list[str]], choices: Choices,
                      articles: frozenset[str] = frozenset()) -> tuple[dict, list[str]]:
    """Session-state values from query parameters (``name -> all its values``), and what was ignored and why."""
    state: dict = {}
    problems: list[str] = []
    known = {name: key for key, name in PARAMS.items()}
    for name in params:
        if name not in known and name != "tab":
            problems.append(f"unknown parameter {name!r} (known: {', '.join(sorted(known))})")

    def values(key: str) -> list[str]:
        raw = params.get(PARAMS[key], [])
        return [v.strip() for item in raw for v in item.split(",") if v.strip()]

    allowed = {"leaders": choices.actors, "countries": choices.countries, "types": choices.types,
               "statuses": choices.statuses, "sources": choices.sources}
    what = {"leaders": "actor in the store", "countries": "country in the store", "types": "interaction type",
            "statuses": "status", "sources": "source in the store"}
    for key in LIST_KEYS:
        if key == "sources":  # a source may contain commas: only repeated parameters separate sources
            given = [v for v in params.get(PARAMS[key], []) if v.strip()]
        else:
            given = values(key)
        options = set(allowed[key])
        good = list(dict.fromkeys(v for v in given if v in options))
        for v in given:
            if v not in options:
                problems.append(f"{PARAMS[key]} {v!r}: no such {what[key]}")
        if good:
            state[key] = good

    single = {key: (values(key) or [None])[-1] for key in ("radius", "min_weight", "date_from", "date_to")}
    if single["radius"] is not None:
        if single["radius"] in {str(r) for r in RADII}:
            state["radius"] = int(single["radius"])
        else:
            problems.append(f"radius {single['radius']!r}: must be one of {', '.join(map(str, RADII))}")
    if single["min_weight"] is not None:
        text = single["min_weight"]
        if text.isdigit() and 1 <= int(text) <= MAX_MIN_WEIGHT:
            state["min_weight"] = int(text)
        else:
            problems.append(f"min_weight {text!r}: must be a whole number from 1 to {MAX_MIN_WEIGHT}")
    for key in ("date_from", "date_to"):
        text = single[key]
        if text is None:
            continue
        try:
            state[key] = date.fromisoformat(text)
        except ValueError:
            problems.append(f"{PARAMS[key]} {text!r}: not a date YYYY-MM-DD")
    for key, inverted in (("include_partners", False), ("include_countries", True)):
        raw = params.get(PARAMS[key])
        if not raw:
            continue
        flag = raw[-1].strip().lower()
        if flag not in ("1", "0", "true", "false"):
            problems.append(f"{PARAMS[key]} {raw[-1]!r}: must be 1 or 0")
            continue
        on = flag in ("1", "true")
        state[key] = (not on) if inverted else on
    colour = params.get(PARAMS["colour_by"])
    if colour:
        if colour[-1] in COLOUR_MODES:
            state["colour_by"] = colour[-1]
        else:
            problems.append(f"colour {colour[-1]!r}: must be one of {', '.join(COLOUR_MODES)}")
    for key in ("text", "quotes_search"):
        text = params.get(PARAMS[key])
        if text and text[-1].strip():
            state[key] = text[-1].strip()
    actor = params.get(PARAMS["actor"])
    if actor:
        if actor[-1] in choices.labels:
            state["actor"] = actor[-1]
        else:
            problems.append(f"actor {actor[-1]!r}: no such actor in the store")
    article = params.get(PARAMS["article"])
    if article:
        if article[-1] in articles:
            state["article"] = article[-1]
        else:
            problems.append(f"article {article[-1]!r}: no such article in the store")
    return state, problems


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
