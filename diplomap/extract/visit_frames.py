"""Visit frames: "X visited Peru", "flew to Lima", "the visit of X to Japan" — who travels and to which
host, read off a verb or a noun trigger (interaction_frames reads the other kinds)."""
from __future__ import annotations

from spacy.tokens import Token

from .departures import departure_destination, for_talks
from .events import Event
from .knowledge import Knowledge
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import actors_of, destination, official, with_objects
from .triggers import load_triggers, verb_in, words
from .visit_hosts import dateline_arrival, dateline_host
from .visit_places import tour_stops, visit_place


def _trip_phase(noun: Token) -> bool:
    """"the first stop on a tour", "the second leg of the trip": a part of the journey, set beside its place."""
    lemma = noun.lemma_.lower()
    return lemma in words("phase_noun") or load_triggers().nouns.get(lemma) == "visit"


def verb_visit(token: Token, lemma: str, subj: list[str], table: ActorTable, kb: Knowledge) -> Event | None:
    """"X visited Peru", "flew to Lima", "entered Kenya"; "visited with X" is a meeting."""
    if lemma in words("personal_visit_verb") and not (subj and (
            table.by_id[subj[0]].kind == "person" or for_talks(token))):
        return None  # "troops entered Thailand": an incursion, not a visit; "the Nigerians will go to Paris for talks" is one
    if any(o.lemma_.lower() in words("private_trip_noun") for o in prep_objects(token, "on", "for")):
        return None  # "went to Lima on holiday": a private trip
    departure = verb_in(token, "departure_verb")
    if lemma not in words("place_object_verb") and not departure and any(
            c.dep_ == "dobj" and not _trip_phase(c) for c in token.children):
        return None  # "flying them to the U.S.": carrying, not visiting (not "arrived in X, the first stop on a tour")
    dest, place = departure_destination(token, table) if departure else destination(token, table, kb)
    if not dest and place is None and lemma in words("placed_visit_verb"):
        return None  # "X stopped to answer questions": no place, no visit
    if not dest and place is None and subj and official(table, subj[0]):  # "X arrived yesterday" under LIMA
        dest, place = dateline_arrival(token, subj, table)
    dest = [d for d in dest if table.by_id[d].kind in ("country", "person")] or [  # "touring the Gulf, met Y in Doha"
        a for a in actors_of(tour_stops(token), table) if table.by_id[a].kind == "country"][:1]
    if not dest and place is None and lemma != "visit":
        return None  # "X, a Ugandan expert, has flown in to help": no place, no visit (nor the demonym a traveller)
    hosts = [a for a in with_objects(token, table) if table.by_id[a].kind == "person" and a not in subj]
    if lemma == "visit" and hosts and subj and not dest:  # "visited with X": a meeting
        return Event("meet", token, subj + hosts, subj[0], hosts[0], subjects=tuple(subj))
    if lemma == "visit" and token.lower_ == "visiting" and token.dep_ in ("amod", "xcomp", "acl"):
        return None  # "visiting Foreign Minister X": handled as a host meeting
    if subj and not any(official(table, a) for a in subj) and not any(
            table.by_id[d].kind == "person" for d in dest):  # calling on a named person is a visit
        # whoever goes ("had visited Yasser Arafat"); arriving in a country is not
        return None  # "After arriving in the U.S., David Gee was detained": a migrant, not a visit
    if not dest and len(subj) > 1 and len({table.by_id[a].country for a in subj}) == 1:
        return None  # "the leader and his sister visited a factory": one state's people on a tour, no host
    if not subj and len(dest) > 1:
        return None  # "the envoy, visiting Kinshasa and Kigali", the envoy no one named: no state visits another
    return Event("visit", token, subj + [d for d in dest if d not in subj], subj[0] if subj else None,
                  dest[0] if dest else None, place, subjects=tuple(subj))


def visit_of(token: Token, parts: list[str], table: ActorTable, kb: Knowledge) -> Event | None:
    dest, place = destination(token, table, kb)
    dest = [d for d in dest if table.by_id[d].kind in ("country", "person")]
    if not dest:  # "a Tokyo visit by X"; "X, here on a visit" in a story filed from the host's capital
        dest, place = visit_place(token, table)
        if not dest:  # "to coincide with the visit of X" under the host's dateline
            dest, place = dateline_host(token, [p for p in parts if table.by_id[p].kind == "person"], table)
        parts = [a for a in parts if a not in dest and table.by_id[a].kind != "organization"]  # who comes, not a body
    visitor = parts[0] if parts else None
    if not dest or (visitor and not official(table, visitor)):
        return None  # a visit with no destination named ("a visit here by X") links no one
    if token.lemma_.lower() in words("personal_trip_noun") and (
            token.ent_type_ or not visitor or table.by_id[visitor].kind != "person"):
        return None  # "Okada's mission to Washington", not "the U.N. mission in Mali" nor a body's "training mission"
    return Event("visit", token, parts + [d for d in dest if d not in parts], visitor,
                 dest[0], place, subjects=tuple(parts))
