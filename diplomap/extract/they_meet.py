""""… that they meet", "when they meet next week": a meeting verb whose subject is a bare "they"
that names no one (no group, no people) is the meeting of the persons the sentence names ("A proposed
in a letter to B that they meet"; "A said she would raise it with B when they meet"); with only one
person named there, the other is the last different person named in the sentence before.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .events import Event
from .mentions import ActorTable
from .nlp import sentence_of
from .participants import OBJ_DEPS, with_objects
from .triggers import Triggers

MEETING_VERB_KINDS = ("meet", "negotiate")


def _persons_in(tokens, table: ActorTable) -> list[str]:
    found: list[str] = []
    for t in tokens:
        aid = table.actor_at(t.i)
        if aid and table.by_id[aid].kind == "person" and aid not in found:
            found.append(aid)
    return found


def _bare_they(verb: Token, table: ActorTable) -> bool:
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subj) == 1 and subj[0].lower_ == "they" and table.actor_at(subj[0].i) is None and not any(
        c.dep_ in OBJ_DEPS and c.pos_ in ("NOUN", "PROPN") for c in verb.children) and not with_objects(verb, table)


def they_meet(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, {lemma for lemma, kind in triggers.verbs.items() if kind in MEETING_VERB_KINDS}):
        if verb.pos_ != "VERB" or triggers.verbs.get(verb.lemma_.lower()) not in MEETING_VERB_KINDS:
            continue
        if not _bare_they(verb, table):
            continue
        sent = sentence_of(verb)
        persons = _persons_in(sent, table)
        if len(persons) == 1 and sent.start > 0:
            before = [p for p in _persons_in(sentence_of(doc[sent.start - 1]), table) if p not in persons]
            persons = persons + before[-1:]
        if 2 <= len(persons) <= 3:
            events.append(Event(triggers.verbs[verb.lemma_.lower()], verb, persons, persons[0], persons[1]))
    return events
