"""Visits told by the people who go along: "officials travelling with President X said", "aides
accompanying X", "reporters travelling with X to Jeddah". The entourage tells that X is on a trip, to
the place the phrase names or else to the wire dateline's place: a visit when X speaks for another state.
"Y will accompany X" names one more traveller of X's visit told in the story."""
from __future__ import annotations

from spacy.tokens import Doc

from .doc_index import with_lemmas
from .events import Event
from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import dateline_tokens, prep_objects
from .participants import actors_of, subjects_of
from .triggers import Triggers, words
from .visit_hosts import dateline_state
from .wire_visits import states_among

ENTOURAGE_DEPS = ("acl", "relcl")  # the participle or clause on the entourage noun: "officials travelling with"


def entourage_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, triggers.words["entourage_verb"]):
        if verb.pos_ != "VERB" or verb.dep_ not in ENTOURAGE_DEPS or verb.head.pos_ != "NOUN":
            continue
        led = prep_objects(verb, "with") if verb.lemma_.lower() == "travel" else \
            [c for c in verb.children if c.dep_ == "dobj"]
        travellers = [a for a in actors_of(led, table) if table.by_id[a].kind == "person"]
        places = prep_objects(verb, "to")
        dest = states_among(places, table) or _dateline_host(doc, table)
        travellers = [a for a in travellers if dest and _abroad(a, dest[0], table)]
        if travellers:
            events.append(Event("visit", verb, travellers + dest[:1], travellers[0], dest[0],
                                place_text(places[0]) if places else None, subjects=tuple(travellers),
                                status="occurred"))  # the entourage is there: "would not provide details" negates no trip
    return events


def _dateline_host(doc: Doc, table: ActorTable) -> list[str]:
    host = dateline_state(dateline_tokens(doc), table)
    return [host] if host is not None and table.by_id[host].kind == "country" else []


def _abroad(person: str, host: str, table: ActorTable) -> bool:
    """The traveller speaks for a known state other than the host's."""
    country = table.by_id[person].country
    return country is not None and country != table.by_id[host].country


def companion_visits(events: list[Event], doc: Doc, table: ActorTable) -> list[Event]:
    """"Prime Minister X will visit Washington. Foreign Minister Y will accompany X": Y visits where X
    does; the visit of X told nearest before the verb (else after it) gives the place."""
    found = []
    for verb in with_lemmas(doc, words("companion_verb")):
        if verb.pos_ != "VERB" or verb.tag_ == "VBN" or verb.lemma_.lower() in words("hosting_verb"):
            continue  # "A, accompanied by B," joins A's own event (coordination.companions); a host goes nowhere
        led = {a for a in actors_of([c for c in verb.children if c.dep_ == "dobj"], table)
               if table.by_id[a].kind == "person"}
        goers = [a for a in subjects_of(verb, table) if table.by_id[a].kind == "person" and a not in led]
        visits = [e for e in events if e.type == "visit" and e.target and led & set(e.subjects)]
        if not goers or not visits:
            continue
        visit = min(visits, key=lambda e: (e.trigger.i > verb.i, abs(e.trigger.i - verb.i)))
        host = visit.target
        if host is None:
            continue
        found += [Event("visit", verb, [g, host], g, host, visit.location, subjects=(g,)) for g in goers if g != host]
    return found
