"""The sidebar: every filter of ``GraphFilter`` as a widget, read back as one ``GraphFilter``."""
from __future__ import annotations

from collections.abc import MutableMapping
from datetime import date

import streamlit as st

from diplomap.views.filters import GraphFilter

from .choices import Choices, country_option
from .ui import md_escape
from .url import LIST_KEYS, MAX_MIN_WEIGHT, RADII, STATE_DEFAULTS, allowed_values, filter_from_state  # noqa: F401

FILTER_KEYS = tuple(k for k in STATE_DEFAULTS if k not in ("actor", "pair", "article", "colour_by", "tab"))


def read_filters(choices: Choices) -> tuple[GraphFilter, list[str]]:
    """The filter the widgets hold, read before they are drawn, and what was dropped from it.

    Widget callbacks run before the page does, so the session state is already current: the page
    can draw its map first and its sidebar last, and a first visitor's browser starts on the map
    while the widgets' code is still being fetched (docs/performance.md)."""
    problems = prune_state(st.session_state, choices)
    return filter_from_state(st.session_state), problems


def render_sidebar(choices: Choices, f: GraphFilter, problems: list[str], *, widgets: bool = True) -> None:
    """Draw the filters (widget keys are the session-state keys of ``url.STATE_DEFAULTS``) that
    ``read_filters`` read as ``f``, with the ``problems`` it found; without ``widgets``, only the
    problems and the header (the widgets come with the next run: ``map_drawn.secondary_later``)."""
    state = st.session_state
    for problem in problems:
        st.sidebar.warning(md_escape(problem), icon=":material/filter_alt_off:")
    with st.sidebar:
        st.header("Filters")
        if not widgets:
            return
        st.multiselect("Leaders", choices.actors, format_func=choices.actor_label, key="leaders",
                       placeholder="Anyone",
                       help="Show these actors and everyone within the network radius of them.")
        # A radio, not a segmented control: Streamlit 1.67's segmented control, disabled until a
        # leader is chosen, ignored its first click once enabled (issue #12, 5; seen in Chromium).
        st.radio("Network radius", RADII, key="radius", horizontal=True,
                 format_func=lambda r: f"{r} hop" + ("s" if r > 1 else ""),
                 disabled=not state.get("leaders"),
                 help="1: whom the leaders met; 2: also whom those partners met.")
        st.multiselect("Countries", choices.countries, format_func=country_option, key="countries",
                       placeholder="Any country", help="Actors of these countries (ISO codes in the address).")
        st.checkbox("Include their partners", key="include_partners", disabled=not state.get("countries"),
                    help="Also show whoever the actors of these countries met.")
        st.multiselect("Interaction types", choices.types, key="types",
                       placeholder="Meetings, calls, talks and visits",
                       help="Statement types (criticize, support …) are drawn only when chosen here.")
        st.multiselect("Status", choices.statuses, key="statuses", placeholder="Any status")
        render_date_range(choices)
        st.multiselect("Sources", choices.sources, key="sources", placeholder="Any source")
        st.number_input("Minimum weight", min_value=1, max_value=MAX_MIN_WEIGHT, step=1, key="min_weight",
                        help="Keep only pairs that share at least this many interactions.")
        st.text_input("Search", key="text", placeholder="Name or words in the evidence",
                      help="Case-insensitive; matches actors' names and aliases, evidence and quotes.")
        st.toggle("Show countries and organisations as nodes", key="include_countries")
        st.button("Reset filters", on_click=reset_filters, icon=":material/restart_alt:")
        if f.date_from and f.date_to and f.date_from > f.date_to:
            st.warning("'From' is after 'To': nothing can match.", icon=":material/event_busy:")


def render_date_range(choices: Choices) -> None:
    """A range slider over the corpus's dates, writing ``date_from``/``date_to`` (None at the ends)."""
    state = st.session_state
    first, last = choices.first_date, choices.last_date
    if first is None or last is None or first == last:
        st.caption("No date range to choose: " + (f"every dated item is from {first}." if first else
                                                  "no dated articles yet."))
        return
    state["dates"] = slider_value(state.get("date_from"), state.get("date_to"), first, last)
    st.slider("Dates", min_value=first, max_value=last, key="dates", format="YYYY-MM-DD",
              on_change=dates_changed, args=(first, last),
              help=f"Articles and interactions from {first} to {last}; the map, tables and address follow.")


def slider_value(date_from: date | None, date_to: date | None, first: date, last: date) -> tuple[date, date]:
    """The slider's position for the chosen bounds, clamped into the corpus's span."""
    low = min(max(date_from or first, first), last)
    high = max(min(date_to or last, last), low)
    return low, high


def dates_changed(first: date, last: date) -> None:
    """Callback: the slider's ends become the date filter; an end at the corpus's bound means no bound."""
    low, high = st.session_state["dates"]
    st.session_state["date_from"] = None if low <= first else low
    st.session_state["date_to"] = None if high >= last else high


def prune_state(state: MutableMapping, choices: Choices) -> list[str]:
    """Drop chosen values the corpus no longer offers (e.g. an actor merged by a correction), saying which."""
    allowed = allowed_values(choices)
    problems = []
    for key in LIST_KEYS:
        values = state.get(key) or []
        options = set(allowed[key])
        gone = [v for v in values if v not in options]
        if gone:
            state[key] = [v for v in values if v in options]
            problems.append(f"No longer in the store, removed from {key}: {', '.join(map(str, gone))}")
    return problems


def reset_filters() -> None:
    """Every filter back to its default (a callback); the focused actor or pair and the article stay."""
    for key in FILTER_KEYS:
        value = STATE_DEFAULTS[key]
        st.session_state[key] = list(value) if isinstance(value, list) else value
