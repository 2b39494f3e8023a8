"""A government's own sittings: "at today's Cabinet meeting, X told Minister Y", "a party caucus" are a
state's internal business, not a meeting between parties (annotators leave them out), unless the sitting
brings two states together ("a joint cabinet meeting of France and Germany", a partner of another state)."""
from __future__ import annotations

from spacy.tokens import Token

from .events import Event
from .mentions import ActorTable
from .triggers import words


def without_internal(events: list[Event], table: ActorTable) -> list[Event]:
    """Drop the events a noun of an internal sitting names whose parties are of one state (or of none known)."""
    return [e for e in events if not (_internal_noun(e.trigger) and not _two_states(e.actors, table))]


def _internal_noun(trigger: Token) -> bool:
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    mods = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(m.lower_ in words("internal_body") for m in mods) and not any(m.lower_ == "joint" for m in mods)


def _two_states(actors: list[str], table: ActorTable) -> bool:
    states = {table.by_id[a].country or (a if table.by_id[a].kind == "country" else None) for a in actors}
    states.discard(None)
    return len(states) >= 2
