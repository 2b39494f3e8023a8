"""The dashboard's state in the page address, so a filtered view can be shared and reloaded.

``?leader=keir-starmer&type=meet&status=planned`` opens Keir Starmer's network of planned
meetings. Names are the session-state keys of the widgets (``STATE_DEFAULTS``); each maps
to one query parameter (``PARAMS``; the filters' from ``diplomap.views.filter_params``, the
table the export command line uses too); lists repeat it (``type=meet&type=call``) or use
commas (``type=meet,call``). Values the store does not know are reported, not dropped silently.

The address is the source of truth, and the browser's history holds the views: a run that
changes the view writes the whole new address at once (``write_url``: one ``st.query_params``
message, which Streamlit's page turns into one ``history.pushState``; an unchanged view writes
nothing). Back and Forward make Streamlit rerun the script with the restored address and
``is_history_navigation`` set (Streamlit then writes with ``replaceState``); ``read_url`` then
puts that address back into the widgets' session state, as on a session's first run.

One focus at a time: the map focuses an actor (``actor=``) or a line between two actors
(``pair=a~b``), never both. Whatever focuses one clears the other (``ui.set_focus``); an address
that names both keeps the actor and reports the pair as ignored.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, MutableMapping
from datetime import date

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from diplomap.views.filter_params import (
    BY_FIELD,
    DATE,
    LIST,
    ONE,
    PAIR,
    TEXT,
    FilterParam,
    format_value,
    parse_params,
)
from diplomap.views.filters import GraphFilter
from diplomap.views.regions import COLOUR_MODES

from .choices import Choices
from .ui import GRAPH_TAB, TABS

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
    "pair": None,  # [a, b], sorted: the focused line (never set with "actor": see ui.set_focus)
    "article": None,
    "tab": GRAPH_TAB,  # st.tabs(key="tab"); written here, not bound, so a change of tab is a history entry
}

# The dashboard's own parameters (session-state key, query parameter), read like the filters'
# (``diplomap.views.filter_params``); actors and articles are checked against the store.
VIEW_PARAMS = (
    FilterParam("colour_by", "colour", ONE, choices=COLOUR_MODES),
    FilterParam("quotes_search", "quote_q", TEXT),
    FilterParam("actor", "actor", ONE, "actor in the store"),
    FilterParam("pair", "pair", PAIR, "actor in the store"),
    FilterParam("article", "article", ONE, "article in the store"),
    FilterParam("tab", "tab", ONE, choices=TABS),
)
OWN_PARAMS = {p.field: p.name for p in VIEW_PARAMS}
OWN_BY_FIELD = {p.field: p for p in VIEW_PARAMS}
IGNORED_KEY = "_url_ignored"  # session state: (what the last read ignored, the view it gave)
VIEW_KEY = "_url_view"  # session state: the parameters of the view the address shows (None before the first read)
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
            params[name] = format_value(OWN_BY_FIELD[key], value)
    return params


def state_from_params(params: Mapping[str, list[str]], choices: Choices,
                      articles: Collection[str] = frozenset()) -> tuple[dict, list[str]]:
    """Session-state values from query parameters (``name -> all its values``), and what was ignored and why."""
    problems: list[str] = []
    known = set(PARAMS.values())
    for name in params:
        if name not in known:
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
    own, wrong = parse_params(params, {"actor": choices.labels, "pair": choices.labels, "article": articles},
                              table=VIEW_PARAMS)
    if "pair" in own:
        pair = own.pop("pair")
        if "actor" in own:  # one focus at a time: the actor's
            wrong.append(f"pair {format_value(OWN_BY_FIELD['pair'], pair)[0]!r}: the address also focuses "
                         f"actor {own['actor']!r} (one focus at a time)")
        else:
            own["pair"] = list(pair)
    return {**state, **own}, problems + wrong


def restore_state(state: MutableMapping, params: Mapping[str, list[str]], choices: Choices,
                  articles: Collection[str] = frozenset(), *, first: bool = False) -> list[str]:
    """Put the view an address describes into ``state`` (session state); returns what was ignored.

    Every key of ``STATE_DEFAULTS`` is set (what the address leaves out goes back to its default), so
    widgets are created without default arguments. On a session's ``first`` run, values already in
    ``state`` are kept; later (Back, Forward) the address wins.
    """
    values, problems = state_from_params(params, choices, articles)
    for key, default in STATE_DEFAULTS.items():
        value = values.get(key, list(default) if isinstance(default, list) else default)
        if first:
            state.setdefault(key, value)
        else:
            state[key] = value
    return problems


def history_navigation() -> bool:
    """Whether this run is Streamlit's answer to the browser's Back or Forward (a ``popstate``).

    Streamlit 1.67 sends the restored address with ``is_history_navigation`` (``tests/test_url_history.py``
    checks the field is still there). Only such runs and a session's first run read the address: a
    normal run may carry an address older than its widgets' values (a quick second change sent before
    the first one's address arrived), which must not undo them.
    """
    ctx = get_script_run_ctx()
    return bool(getattr(ctx, "is_history_navigation", False))


def current_address() -> dict[str, list[str]]:
    """The page address's parameters as Streamlit received them with this run."""
    return {name: st.query_params.get_all(name) for name in st.query_params}


def read_url(choices: Choices, articles: Collection[str]) -> list[str]:
    """On a session's first run, and on Back/Forward, fill session state from the address.

    Returns what was ignored (shown above the page), in later runs too while the view is the one the
    address gave: the run after a first one (the rest of the page, ``map_drawn``) comes within a second.
    Other runs leave session state alone.
    """
    state = st.session_state
    first = VIEW_KEY not in state
    if not first and not history_navigation():
        problems, view = state.get(IGNORED_KEY, ([], None))  # still said while the view is the one read
        return problems if view == params_from_state(state) else []
    params = current_address()
    problems = restore_state(state, params, choices, articles, first=first)
    state[VIEW_KEY] = params_from_state(state)
    state[IGNORED_KEY] = (problems, state[VIEW_KEY])
    return problems


def write_url() -> None:
    """When the view changed in this run, put the whole new address at once (one history entry).

    An address that describes the current view (even spelt otherwise, ``type=meet,call``) is left as it is.
    """
    state = st.session_state
    wanted = params_from_state(state)
    if wanted == state.get(VIEW_KEY):
        return
    st.query_params.from_dict({name: values if len(values) > 1 else values[0] for name, values in wanted.items()})
    state[VIEW_KEY] = wanted
