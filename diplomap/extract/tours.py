"""Tours: "X will visit Tokyo and Seoul, where he will meet A and B", "X travels to Nairobi and
Kampala to meet A and B" — one meeting per stop, each with the officials of that stop's state,
not one meeting of everyone (A and B never sat together).
"""
from __future__ import annotations

from .events import Event
from .mentions import ActorTable
from .nlp import sentence_of


def _stops(ev: Event, events: list[Event], table: ActorTable) -> set[str]:
    """The states the meeting's subject visits in the same sentence."""
    start = sentence_of(ev.trigger).start
    return {table.by_id[e.target].country or "" for e in events
            if e.type == "visit" and e.target and e.source in ev.subjects
            and sentence_of(e.trigger).start == start}


def split_tours(events: list[Event], table: ActorTable) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        others = [a for a in ev.actors if a not in ev.subjects]
        by_state: dict[str, list[str]] = {}
        for a in others:
            by_state.setdefault(table.by_id[a].country or "", []).append(a)
        stops = _stops(ev, events, table) if ev.type == "meet" and ev.subjects and len(by_state) > 1 else set()
        if len(stops) < 2 or not set(by_state) <= stops:
            out.append(ev)
            continue
        out.extend(Event(ev.type, ev.trigger, [*ev.subjects, *group], ev.source, group[0], ev.location, ev.subjects)
                   for group in by_state.values())
    return out
