"""Words said to a foreign official's face: "A has told B that …", "A assured B on Monday that …".

Between officials of two different states, a speech act (address_verb) whose hearer is its object
is a meeting (CAMEO 04: consultation in person), unless it went by phone (a call, found elsewhere) or
through a document ("told B in a letter"). Officials of one state talking among themselves, and
anyone talking to reporters, meet no one here. A side may be told by an office or group noun
(``group_nouns``: "told his Turkish counterpart", "Japanese negotiators told U.S. officials"): the
person it names, else its state.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .events import Event
from .interaction_frames import by_phone
from .mentions import ActorTable
from .participants import OBJ_DEPS, actors_of, official, subjects_of
from .triggers import Triggers, done_without


def _phrase_objects(verb: Token) -> list[Token]:
    """The objects of the prepositions on ``verb`` and on its objects: "told X in a letter", "assured
    Y during a call"."""
    return [c for t in [verb, *(c for c in verb.children if c.dep_ in OBJ_DEPS)] for p in t.children
            if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]


def _through_a_document(verb: Token, table: ActorTable) -> bool:
    """"told X in a letter", "assured Y through a message"."""
    nouns = table.kb.document_nouns if table.kb else frozenset()
    return any(c.lemma_.lower() in nouns for c in _phrase_objects(verb))


def _in_a_call(verb: Token, triggers: Triggers) -> bool:
    """"told X in phone conversations", "assured Y during a call": the words went by phone."""
    return any(triggers.nouns.get(c.lemma_.lower()) == "call" for c in _phrase_objects(verb))


def _officials(ids: list[str], table: ActorTable) -> list[str]:
    return [a for a in ids if table.by_id[a].kind == "person" and official(table, a) and table.by_id[a].country]


def _side(tokens: list[Token], table: ActorTable) -> list[str]:
    """The officials ``tokens`` name, and the persons or states an office or group noun among them stands
    for ("his Turkish counterpart", "his counterpart, Y", "U.S. officials": a side, whatever its role)."""
    named = _officials(actors_of(tokens, table), table)
    groups = table.kb.group_nouns if table.kb else frozenset()
    sides = actors_of([t for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in groups], table)
    return named + [a for a in sides if a not in named and table.by_id[a].kind in ("person", "country")
                    and table.by_id[a].country]


def told_in_person(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, triggers.words["address_verb"]):
        if verb.pos_ != "VERB" or not triggers.has("address_verb", verb.lemma_.lower()) or by_phone(verb) or _in_a_call(verb, triggers) or done_without(verb, triggers):
            continue
        hearers = _side([c for c in verb.children if c.dep_ in OBJ_DEPS], table)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        speakers = [a for a in _officials(subjects_of(verb, table), table) + _side(subjects, table)
                    if a not in hearers]
        if not hearers or not speakers or _through_a_document(verb, table):
            continue
        if {table.by_id[a].country for a in speakers} & {table.by_id[a].country for a in hearers}:
            continue  # a government talking to its own people
        events.append(Event("meet", verb, speakers + hearers, speakers[0], hearers[0], subjects=tuple(speakers)))
    return events
