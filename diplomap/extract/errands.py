"""Trips told by what a traveller did in a list of places: "this week they have sought official support in the
U.K., France and Germany", "X held talks in Bonn, Paris and Rome" — an official of another known state acting
in two or more states named together was in each (a visit to each, by the verb's subjects). One place alone is
left out ("X said in Jamaica", "was transferred to a hospital in Berlin": a remark's or an errand's setting that
annotators do not read as a trip), and so are verbs whose "in" is no place visited (``not_errand_verb``:
"invested in A and B", "served in A and B")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_pos
from .events import Event
from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import prep_objects, quoted_tokens
from .participants import subjects_of
from .triggers import Triggers
from .wire_visits import states_among, travellers_to


def _listed_places(verb: Token) -> list[Token]:
    """The places of the verb's "in" phrase (or of its object's: "sought support in A, B"), when they are a
    list of two or more."""
    for holder in [verb, *[c for c in verb.children if c.dep_ == "dobj"]]:
        for place in prep_objects(holder, "in"):
            listed = [place, *place.conjuncts]
            if len(listed) >= 2:
                return listed
    return []


def errand_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    quoted = quoted_tokens(doc)
    for verb in with_pos(doc, ("VERB",)):
        if verb.i in quoted or triggers.has("not_errand_verb", verb.lemma_.lower()):
            continue
        places = _listed_places(verb)
        states = states_among(places, table)
        if len(states) < 2:
            continue
        subjects = subjects_of(verb, table)
        for place in places:
            dest = states_among([place], table)[:1]
            visitors = travellers_to(dest[0], subjects, table, triggers, known_state=True) if dest else []
            if visitors:
                events.append(Event("visit", verb, visitors + dest, visitors[0], dest[0], place_text(place),
                                    subjects=tuple(visitors)))
    return events
