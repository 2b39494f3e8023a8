"""Journeys to and from a gathering told as nouns: "told reporters ahead of his departure for the conference",
"speaking on his return from the OPEC meeting". The journey's owner (its possessive) takes part in the
gathering, which joins the meeting the story tells of it ("the conference": the one named before, with its
body). The nouns are journeys.py's (``departure_noun``: its "for" phrase; ``return_noun``: its "from" phrase).
"""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .participants import actors_of
from .triggers import Triggers

JOURNEY_PREPS = {"for": "departure_noun", "from": "return_noun"}


def _journey(prep: Token, triggers: Triggers) -> Token | None:
    """The journey noun a "for"/"from" phrase belongs to: its head ("his departure for X"), or the noun whose
    phrase ends right before it ("his departure on Sunday for X": the parser hangs "for" on the verb)."""
    role = JOURNEY_PREPS.get(prep.lower_)
    if role is None:
        return None
    if prep.head.pos_ == "NOUN" and triggers.has(role, prep.head.lemma_.lower()):
        return prep.head
    before = [t for t in prep.head.children if t.i < prep.i and t.right_edge.i == prep.i - 1] \
        if prep.head.pos_ in ("VERB", "AUX") else []
    for t in before:
        for n in t.subtree:
            if n.pos_ == "NOUN" and n.right_edge.i == prep.i - 1 and triggers.has(role, n.lemma_.lower()):
                return n
    return None


def journey_owners(noun: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """Who travels to (or back from) the gathering ``noun``: the possessive of the journey noun."""
    if noun.dep_ != "pobj":
        return []
    journey = _journey(noun.head, triggers)
    if journey is None:
        return []
    return actors_of([c for c in journey.children if c.dep_ == "poss"], table)
