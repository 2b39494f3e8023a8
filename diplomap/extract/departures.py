"""Departures as visits: "X left for Tokyo", "X, who leaves for Cairo on Tuesday", "X left
Seoul yesterday for Manila", "X headed to Oslo" — the "for" phrase of a departure verb, or its
"to" phrase when it has no object, names where X goes (the direct object, if any, is where X
leaves from).
"""
from __future__ import annotations

from spacy.tokens import Token

from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import actors_of
from .triggers import words


def is_departure(token: Token, table: ActorTable) -> bool:
    """A departure verb whose "for" phrase names a country or its seat."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in words("departure_verb"):
        return False
    return bool(departure_destination(token, table)[0])


def departure_destination(token: Token, table: ActorTable) -> tuple[list[str], str | None]:
    to = [] if any(c.dep_ == "dobj" for c in token.children) else prep_objects(token, "to")
    for target in prep_objects(token, "for") + to:  # "headed to Oslo"; not "left Lima to …"
        ids = [a for a in actors_of([target], table) if table.by_id[a].kind == "country"]
        if ids:
            return ids, place_text(target)
    return [], None
