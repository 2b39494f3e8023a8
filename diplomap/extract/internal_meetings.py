"""A government's own sittings: "at today's Cabinet meeting, X told Minister Y", "a party caucus" are a
state's internal business, not a meeting between parties (annotators leave them out), unless the sitting
brings two states together ("a joint cabinet meeting of France and Germany", a partner of another state)."""
from __future__ import annotations

from spacy.tokens import Token

from .events import Event
from .knowledge_parts import role_families
from .mentions import ActorTable
from .triggers import words

SPOKESPERSON_ROLES = frozenset(role for role, families in role_families().items() if "spokesperson" in families)


def without_internal(events: list[Event], table: ActorTable) -> list[Event]:
    """Drop the events a noun of an internal sitting names whose parties are of one state (or of none known),
    and those between a spokesperson and only the body the spokesperson's own apposition names ("X, a
    spokesman for the Foreign Ministry, told reporters after the meeting": the ministry's voice, not its partner)."""
    return [e for e in events if not (_internal_noun(e.trigger) and not _two_states(e.actors, table))
            and not _own_body_only(e, table)]


def _own_body_only(event: Event, table: ActorTable) -> bool:
    """A body's spokesperson (role family, role_families.csv) and that body, named in the spokesperson's own
    apposition, alone: not "X, chairman of the ministers' council, after a meeting of ministers" (a member)."""
    if len(event.actors) != 2:
        return False
    kinds = {table.by_id[a].kind: a for a in event.actors}
    person, body = kinds.get("person"), kinds.get("organization")
    if person is None or body is None or (table.by_id[person].role or "").lower() not in SPOKESPERSON_ROLES:
        return False
    doc = table.doc
    for m in table.mentions:
        if m.actor_id == person and m.kind == "name":
            phrases = [c for c in doc[m.start:m.end].root.children if c.dep_ == "appos"]
            if any(table.token_actor.get(t.i) == body for c in phrases for t in c.subtree):
                return True
    return False


def _internal_noun(trigger: Token) -> bool:
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    mods = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(m.lower_ in words("internal_body") for m in mods) and not any(m.lower_ == "joint" for m in mods)


def _two_states(actors: list[str], table: ActorTable) -> bool:
    states = {table.by_id[a].country or (a if table.by_id[a].kind == "country" else None) for a in actors}
    states.discard(None)
    return len(states) >= 2
