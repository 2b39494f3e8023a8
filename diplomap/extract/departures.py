"""Departures as visits: "X left for Tokyo", "X, who leaves for Cairo on Tuesday", "X left
Seoul yesterday for Manila" — the "for" phrase of a departure verb names where X goes (the
direct object, if any, is where X leaves from).
"""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .participants import actors_of, place_text
from .triggers import words


def _for_objects(token: Token) -> list[Token]:
    return [c for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
            for c in p.children if c.dep_ == "pobj"]


def is_departure(token: Token, table: ActorTable) -> bool:
    """A departure verb whose "for" phrase names a country or its seat."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in words("departure_verb"):
        return False
    return bool(departure_destination(token, table)[0])


def departure_destination(token: Token, table: ActorTable) -> tuple[list[str], str | None]:
    for target in _for_objects(token):
        ids = [a for a in actors_of([target], table) if table.by_id[a].kind == "country"]
        if ids:
            return ids, place_text(target)
    return [], None
