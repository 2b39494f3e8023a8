"""Talks told through the heads of their sides: "the two sides in the talks will be headed by A and B",
"the delegations at the negotiations are led by A and B". The people who lead the sides of talks meet
there: the talks are between them, of the kind the talks noun names. Only a side noun (``pair_word``
"two sides", or a ``delegation_noun``) linked by a preposition to a meeting noun counts, and only heads
of two different states: "a team led by A and B" of one government negotiates with nobody.
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
    lemma = noun.lemma_.lower()
    return lemma in words("delegation_noun") or (
        lemma == "side" and any(c.lower_ in words("pair_word") for c in noun.children))


def _heads(verb: Token, table: ActorTable) -> list[str]:
    """The people of the "by" phrase, with everything coordinated or set beside them."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    agents += [c for o in agents for c in o.children if c.dep_ == "appos"]  # "…, and U.S. Secretary …, Richard Burt"
    return [a for a in actors_of(agents, table) if table.by_id[a].kind == "person"]


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
