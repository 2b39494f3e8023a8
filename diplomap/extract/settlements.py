"""Settling a dispute through talks (CAMEO 046 "engage in negotiation", 036 "express intent to meet or
negotiate"): "Kenya wants to settle its dispute with Sweden through negotiations", "the dispute between A
and B should be resolved through dialogue", "Tokyo wanted to solve the row with Washington through
consultations" — a negotiation between the dispute's sides, its status from the verb's modality (mostly
proposed: "wants to", "should be").

The sides: the dispute's "with"/"between" phrase or hyphenated pair, and its holder — the possessor ("its
dispute"), else the subject of the settling verb, else the speaker the clause is reported from.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .event_modifiers import hyphen_pair
from .events import Event
from .mentions import ActorTable
from .participants import actors_of, subjects_of, with_objects
from .triggers import Triggers

MEANS_PREPS = {"through", "by", "via"}
SIDE_KINDS = ("person", "country", "organization")


def _by_talks(verb: Token, triggers: Triggers) -> bool:
    """"through negotiations", "by dialogue", "through consultations"."""
    return any(p.dep_ == "pobj" and triggers.nouns.get(p.lemma_.lower()) == "negotiate"
               for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in MEANS_PREPS
               for p in prep.children)


def _holders(verb: Token, dispute: Token, table: ActorTable) -> list[str]:
    """Whose dispute it is: "its dispute", the subject that settles it, the speaker who says it should be."""
    owners = actors_of([c for c in dispute.children if c.dep_ == "poss"], table)
    if owners:
        return owners
    if dispute.dep_ != "nsubjpass":
        return subjects_of(verb, table)
    head = verb.head if verb.dep_ == "ccomp" else None  # "… should be solved …, Kiprono said"
    return subjects_of(head, table) if head is not None else []


def find_settlements(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, triggers.words["settle_verb"]):
        if verb.pos_ != "VERB" or not triggers.has("settle_verb", verb.lemma_.lower()) or not _by_talks(verb, triggers):
            continue
        disputes = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                    and triggers.has("conflict_noun", c.lemma_.lower())]
        if not disputes:
            continue
        named = hyphen_pair(disputes[0], table) + with_objects(disputes[0], table, preps=("with", "between"))
        holders = _holders(verb, disputes[0], table) if len(set(named)) < 2 else []  # "between A and B": both
        sides = [a for a in named + holders if table.by_id[a].kind in SIDE_KINDS]
        sides = [a for i, a in enumerate(sides) if a not in sides[:i]]
        if len(sides) >= 2:
            events.append(Event("negotiate", verb, sides, sides[0], sides[1]))
    return events
