"""Meetings read from a speech act addressed to a person rather than from a meeting word: told on a
visit ("X flew to Hanoi and told President Y that …"), still to come ("X is expected to tell President
Y …"), or in the sentence right after a meeting ("… the Hanoi summit. There, Kim asked Trump for
relief"). Each finds a report verb with a person as subject and another as its object; they sit apart
from ``interactions``, which only runs them among its finders and merges what they return.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .doc_index import with_lemmas, with_lowers
from .events import Event
from .interaction_frames import by_phone
from .interaction_status import governors, status_of
from .mentions import ActorTable
from .nlp import sentence_of
from .participants import OBJ_DEPS, actors_of, subjects_of
from .triggers import Triggers


def _visit_addresses(events: list[Event], table: ActorTable, triggers: Triggers) -> list[Event]:
    """"X flew to Hanoi and told President Y that …": on a visit, a speech act addressed to a
    person there is a meeting with that person (not "told reporters")."""
    out = []
    for ev in events:
        if ev.type != "visit" or ev.source is None:
            continue
        for verb in sentence_of(ev.trigger):
            if verb.pos_ != "VERB" or not triggers.has("report_verb", verb.lemma_.lower()) or by_phone(verb):
                continue
            if ev.source not in subjects_of(verb, table):
                continue
            hearers = [a for a in actors_of([c for c in verb.children if c.dep_ in OBJ_DEPS], table)
                       if table.by_id[a].kind == "person" and a != ev.source]
            if hearers:
                out.append(Event("meet", verb, [ev.source, *hearers], ev.source, hearers[0], subjects=(ev.source,)))
    return out


def _planned_addresses(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"X is expected to tell President Y that …", "X will assure Y …": a speech act still to
    come, addressed to a person named as its object, is a planned meeting (CAMEO consult)."""
    events = []
    for verb in with_lemmas(doc, triggers.words["report_verb"]):
        if verb.pos_ != "VERB" or not triggers.has("report_verb", verb.lemma_.lower()) or by_phone(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.i in table.token_actor]
        hearers = [a for a in actors_of(objects, table) if table.by_id[a].kind == "person"]
        speakers = [a for a in subjects_of(verb, table) if table.by_id[a].kind == "person" and a not in hearers]
        if speakers and hearers and status_of(verb, governors(verb), triggers) == "planned":
            events.append(Event("meet", verb, speakers + hearers, speakers[0], hearers[0], subjects=tuple(speakers)))
    return events


def _pointed_back(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"… failed at the Hanoi summit. There, Kim asked Trump for relief": a sentence opening with
    "There," right after one that names a meeting tells what one person there told another."""
    events = []
    for there in with_lowers(doc, ("there",)):
        sent = sentence_of(there)
        if there.i != sent.start or there.lower_ != "there" or there.dep_ != "advmod" or sent.start == 0:
            continue
        before = sentence_of(doc[sent.start - 1])
        if not any(triggers.nouns.get(t.lemma_.lower()) in ("meet", "negotiate") and t.pos_ in ("NOUN", "PROPN")
                   for t in before):
            continue
        verb = there.head
        if verb.pos_ != "VERB" or not triggers.has("report_verb", verb.lemma_.lower()) or by_phone(verb):
            continue
        speakers = [a for a in subjects_of(verb, table) if table.by_id[a].kind == "person"]
        objects = [c for c in verb.children if c.dep_ in OBJ_DEPS] + [  # "urged Y to lift …"
            s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and any(a.lower_ == "to" for a in c.children)
            for s in c.children if s.dep_ == "nsubj"]
        hearers = [a for a in actors_of(objects, table) if table.by_id[a].kind == "person" and a not in speakers]
        if speakers and hearers:
            events.append(Event("meet", verb, speakers + hearers, speakers[0], hearers[0], subjects=tuple(speakers)))
    return events
