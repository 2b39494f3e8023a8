"""Departures as visits: "X left for Tokyo", "X, who leaves for Cairo on Tuesday", "X left
Seoul yesterday for Manila", "X headed to Oslo" — the "for" phrase of a departure verb, or its
"to" phrase when it has no object, names where X goes (the direct object, if any, is where X
leaves from).
"""
from __future__ import annotations

from spacy.tokens import Token

from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import destination_subject, prep_objects
from .participants import actors_of, city_state, place_noun_state
from .triggers import load_triggers, verb_in


def is_departure(token: Token, table: ActorTable) -> bool:
    """A departure verb whose "for" phrase names a country, its seat or one of its cities."""
    if token.pos_ not in ("VERB", "AUX") or not verb_in(token, "departure_verb"):
        return False
    return bool(departure_destination(token, table)[0])


def departure_destination(token: Token, table: ActorTable) -> tuple[list[str], str | None]:
    to = [] if any(c.dep_ == "dobj" for c in token.children) else prep_objects(token, "to")
    clause = [s for c in token.children if destination_subject(c) for s in c.children if s.dep_ == "nsubj"]  # "leaves
    # for Bangkok to attend the forum": the parser's for-clause whose subject is the place
    for target in prep_objects(token, "for") + clause + to:  # "headed to Oslo"; not "left Lima to …"
        ids = [a for a in actors_of([target], table) if table.by_id[a].kind == "country"] or (
            city_state(target, table, table.kb) if table.kb is not None else []) or place_noun_state(
            target, table)  # "left for Venice", "leaving for the Iranian capital"
        if ids:
            return ids, place_text(target)
    return [], None


def for_talks(token: Token) -> bool:
    """"went to Paris for talks", "will go on to Bonn for a meeting": a trip whose "for" phrase is a meeting
    is a delegation's trip, whoever the text says goes (a state, "the Nigerians"), not an incursion."""
    nouns = load_triggers().nouns
    return any(nouns.get(o.lemma_.lower()) in ("meet", "negotiate") for o in prep_objects(token, "for"))
