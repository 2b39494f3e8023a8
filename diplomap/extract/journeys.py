"""Journeys a wire story tells as nouns: "told reporters ahead of his departure for Vienna", "on the eve of
X's departure for Washington" (X goes there: a visit), "said on his return from Tokyo" (X has been there: a
visit). The owner is the possessive; the place, the "for" phrase of a departure noun (or the place of the
gathering it names: "his departure for the conference in Vienna") and the "from" phrase of a return noun
(``departure_noun``, ``return_noun`` in ``interaction_words.csv``). As with the verbs (wire_visits), only an
official of another state travels. A trip's itinerary told in a relative clause ("his trip, which has taken him to
London, Paris and Bonn", "opening a tour which includes Bolivia and Guatemala": ``itinerary_verb``) is a visit to
each state named, by the trip's owner: over when the clause is past, ahead when it is present; so is where the
trip began or ends ("a tour that began in Bolivia": ``leg_verb``), the tour's owner also the subject an
apposition hangs it on ("arrived in Lima, the second stop of a tour that …")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas, with_pos
from .events import Event
from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import onward_objects, prep_objects, repeated_preps
from .participants import actors_of, subjects_of
from .triggers import Triggers
from .wire_visits import states_among, travellers_to, trip_visit

MEETING_KINDS = ("meet", "negotiate")


def _places(noun: Token, triggers: Triggers) -> list[Token]:
    """Where the journey goes or came from; a gathering's own place ("for the conference in Vienna")."""
    if triggers.has("departure_noun", noun.lemma_.lower()):
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
        targets = prep_objects(noun, "for") or (  # "his departure on Sunday for X": the parser hangs it higher
            [c for c in after.children if c.dep_ == "pobj"] if after is not None and after.lower_ == "for" else [])
        return targets + [p for t in targets if triggers.nouns.get(t.lemma_.lower()) in MEETING_KINDS
                          for p in prep_objects(t, "in")]
    return prep_objects(noun, "from") if triggers.has("return_noun", noun.lemma_.lower()) else []


def journey_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for noun in with_pos(doc, ("NOUN",)):
        if noun.pos_ != "NOUN":
            continue
        places = _places(noun, triggers)
        if not places:
            continue
        owners = actors_of([c for c in noun.children if c.dep_ == "poss"], table)
        visit = trip_visit(noun, places, owners, table, triggers)
        if visit is not None:
            events.append(visit)
    return events


def _trip_of(verb: Token) -> Token | None:
    """The trip an itinerary verb tells the stops of: the noun its relative clause hangs on ("his trip, which
    has taken him to A"), or its subject ("his trip will take him to A", "the tour includes stops in A and B")."""
    if verb.dep_ == "relcl":
        return verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _trip_of(verb.head)  # "a trip that took him to A and also takes him to B"
    return subject


def _itinerary(verb: Token, triggers: Triggers) -> list[Token]:
    """The stops a trip's itinerary verb names: "taken him to A and B" ("to"), "includes A and B" (its object),
    "will include stops in A and B" (the places of a stop noun it has as object)."""
    if triggers.has("leg_verb", verb.lemma_.lower()):
        return prep_objects(verb, "in") if verb.dep_ in ("relcl", "conj") else []  # "a tour that began in A"
    if not triggers.has("itinerary_verb", verb.lemma_.lower()):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    stops = [p for o in objects if o.pos_ == "NOUN" for p in prep_objects(o, "in", "to")]
    preps = [q for p in verb.children if p.dep_ in ("prep", "advmod", "prt") and p.lower_ in ("to", "from", "on")
             for q in (p, *repeated_preps(p), *(c for c in p.children if c.dep_ == "conj" and c.lower_ == "on"))]
    to = [c for q in preps if q.lower_ != "on" for c in q.children if c.dep_ == "pobj"] + onward_objects(
        q for q in preps if q.lower_ == "on")  # "to A, and then to B"; "took him from A to B and on to C"
    return to or stops or objects


def _trip_owners(noun: Token, verb: Token, table: ActorTable) -> list[str]:
    """Who makes the trip: the one it takes ("taken him"), its possessor ("his trip"), or the subject of the
    verb it is the object of ("opening a tour which …")."""
    taken = [c for c in verb.children if c.dep_ == "dobj" and (c.pos_ == "PRON" or (
        aid := table.actor_at(c.i)) is not None and table.by_id[aid].kind == "person")]  # "taken him", "taken Chavez"
    taken = taken or [c for v in verb.conjuncts for c in v.children if c.dep_ == "dobj" and c.pos_ == "PRON"]
    owners = actors_of(taken or [c for c in noun.children if c.dep_ == "poss"], table)
    if not owners and noun.dep_ == "dobj":
        owners = subjects_of(noun.head, table)
    stop = noun.head.head if noun.dep_ == "pobj" else noun
    if not owners and stop.dep_ in ("appos", "npadvmod"):  # "arrived in A, the second stop of a tour that …"
        arrival = stop.head.head if stop.head.dep_ in ("nsubj", "nsubjpass") else stop.head  # (hung on the subject)
        owners = subjects_of(arrival, table) if arrival.pos_ in ("VERB", "AUX") else []
    return owners


def itinerary_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"his trip, which has already taken him to London and Paris": a visit to each stop, occurred; "a tour
    which includes Bolivia", "his trip will include stops in A and B" (a programme ahead): planned."""
    events = []
    for verb in with_lemmas(doc, triggers.words["itinerary_verb"] | triggers.words["leg_verb"]):
        places = _itinerary(verb, triggers)
        noun = _trip_of(verb)
        if not places or noun is None or triggers.nouns.get(noun.lemma_.lower()) != "visit":
            continue
        status = "occurred" if verb.tag_ in ("VBD", "VBN") else "planned"
        for place in (t for p in places for t in [p, *p.conjuncts]):
            dest = states_among([place], table)[:1]
            visitors = travellers_to(dest[0], _trip_owners(noun, verb, table), table, triggers) if dest else []
            if visitors:
                events.append(Event("visit", verb, visitors + dest, visitors[0], dest[0], place_text(place),
                                    subjects=tuple(visitors), status=status))
    return events
