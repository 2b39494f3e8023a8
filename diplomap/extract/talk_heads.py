"""Talks told through the heads of their sides: "the two sides in the talks will be headed by A and B",
"the delegations at the negotiations are led by A and B". The people who lead the sides of talks meet
there: the talks are between them, of the kind the talks noun names. Only a side noun (``pair_word``
"two sides", or a ``delegation_noun``) linked by a preposition to a meeting noun counts, and only heads
of two different states: "a team led by A and B" of one government negotiates with nobody.

Wire copy also names each side's head in a sentence of its own, after talks between states or bodies:
"The Soviet delegation is led by A", "B led the West German side", "Norway is represented by C", "the IMF
team by D". Those heads meet in the talks between the parties they lead (``with_side_heads``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import MEETING_TYPES
from .doc_index import with_lemmas
from .events import Event
from .knowledge import Knowledge
from .mentions import ActorTable
from .participants import actors_of
from .triggers import Triggers, words

SIDE_PREPS = ("in", "at", "to", "for", "of")  # "the sides in the talks", "the delegations to the negotiations"


def _talks_of(side: Token, triggers: Triggers) -> Token | None:
    """The meeting noun a side noun belongs to: "the two sides in the talks"."""
    for prep in side.children:
        if prep.dep_ == "prep" and prep.lower_ in SIDE_PREPS:
            for noun in prep.children:
                if noun.dep_ == "pobj" and triggers.nouns.get(noun.lemma_.lower()) in MEETING_TYPES:
                    return noun
    return None


def _is_side(noun: Token) -> bool:
    """"The delegations", "both sides" were led by …: the talks' sides; one state's "side" is only one of them."""
    lemma = noun.lemma_.lower()
    return lemma in words("delegation_noun") or (
        lemma in words("side_noun") and any(c.lower_ in words("pair_word") for c in noun.children))


def _heads(verb: Token, table: ActorTable) -> list[str]:
    """The people of the "by" phrase, with everything coordinated or set beside them."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    agents += [c for o in agents for c in o.children if c.dep_ == "appos"]  # "…, and U.S. Secretary …, Richard Burt"
    return [a for a in actors_of(agents, table) if table.by_id[a].kind == "person"]


def _party_of_side(noun: Token, table: ActorTable) -> str | None:
    """The state or body a side noun belongs to: "the Soviet delegation", "the IMF team", "Norway's side"."""
    if noun.lemma_.lower() not in words("delegation_noun") | words("side_noun"):
        return None
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        if (aid := table.actor_at(c.i)) and table.by_id[aid].kind in ("country", "organization"):
            return aid
        place = table.kb.demonym(" ".join(t.text for t in c.subtree)) if table.kb is not None else None
        state = table.named_country(place.iso3) if place is not None else None
        if state:  # "the Senegalese side": the state the story names
            return state
    return None


def _gapped_sides(verb: Token, table: ActorTable) -> list[tuple[str | None, list[str]]]:
    """"The Zambian side is led by A, and the World Bank team by D": each side coordinated after the first
    with the head of its own "by" phrase."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    out: list[tuple[str | None, list[str]]] = []
    for side in (x for o in [verb, *agents] for x in o.children if x.dep_ == "conj"):
        by = [p for b in side.children if b.dep_ == "prep" and b.lower_ == "by" for p in b.children]
        out.append((_party_of_side(side, table), actors_of(by, table)))
    return out


def _side_heads(doc: Doc, table: ActorTable, kb: Knowledge) -> dict[str, str]:
    """Party → the one person told to lead its side or stand for it, wherever in the story."""
    heads: dict[str, list[str]] = {}
    for verb in with_lemmas(doc, kb.leading_verbs | words("standing_verb")):
        standing = verb.lemma_.lower() in words("standing_verb")
        sides: list[tuple[str | None, list[str]]] = []
        for c in verb.children:
            if c.dep_ == "nsubjpass":  # "the Soviet delegation is led by A", "Norway is represented by C"
                gapped = _gapped_sides(verb, table)
                others = {h for _, led in gapped for h in led}
                party = (table.actor_at(c.i) if standing else None) or _party_of_side(c, table)
                sides += [(party, [h for h in _heads(verb, table) if h not in others]), *gapped]
            elif c.dep_ == "dobj" and not standing:  # "B led the West German side"
                subjects = actors_of([s for s in verb.children if s.dep_ == "nsubj"], table)
                sides.append((_party_of_side(c, table), [a for a in subjects if table.by_id[a].kind == "person"]))
        for party, led in sides:
            if party and table.by_id[party].kind in ("country", "organization") and len(led) == 1:
                heads.setdefault(party, []).append(led[0])
    return {party: found[0] for party, found in heads.items() if len(set(found)) == 1}


def with_side_heads(events: list[Event], doc: Doc, table: ActorTable, kb: Knowledge) -> list[Event]:
    """The events, and each talks between two parties again between the persons told to lead their sides."""
    heads = _side_heads(doc, table, kb)
    out: list[Event] = []
    for ev in events:
        led = list(dict.fromkeys(heads[a] for a in ev.actors if a in heads))
        if ev.type in ("meet", "negotiate") and len(led) >= 2 and not set(led) <= set(ev.actors):
            out.append(Event(ev.type, ev.trigger, led))
    return events + out


def headed_talks(doc: Doc, table: ActorTable, kb: Knowledge, triggers: Triggers) -> list[Event]:
    """A meeting among the heads of the sides of talks, as the talks noun names it."""
    events: list[Event] = []
    for verb in with_lemmas(doc, kb.leading_verbs):
        sides = [c for c in verb.children if c.dep_ == "nsubjpass" and _is_side(c)]
        talks = next((t for s in sides for t in [_talks_of(s, triggers)] if t is not None), None)
        if talks is None:
            continue
        heads = _heads(verb, table)
        if len(heads) < 2 or len({table.by_id[h].country for h in heads}) < 2:
            continue
        events.append(Event(triggers.nouns[talks.lemma_.lower()], talks, heads))
    return events
