"""Mediation (CAMEO 043 "mediate"; its examples "broker", "UN-brokered"): the mediator and the
parties it mediates between hold ONE negotiation among all of them.

"X mediated talks between A and B", "talks mediated by X between A and B", "X is trying to
mediate between A and B": the parties are the "between/among" phrase of the verb or of the talks.
"X is attempting to mediate the conflict": a conflict noun with no parties named is the story's
conflict, between the two states its sentence (else the sentence before) names apart from X.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .doc_index import with_lemmas
from .event_modifiers import hyphen_pair
from .events import Event
from .mentions import ActorTable
from .nlp import agent_objects, sentence_of
from .participants import actors_of, subjects_of, with_objects
from .triggers import Triggers

PARTY_PREPS = ("between", "among", "with")
PARTY_KINDS = ("person", "country", "organization")


def _mediators(verb: Token, table: ActorTable) -> list[str]:
    """The subject ("X mediated", "X is trying to mediate") or the agent ("talks mediated by X")."""
    return actors_of(agent_objects(verb), table) + [a for a in subjects_of(verb, table) if verb.dep_ not in ("acl", "amod")]


def _mediated(verb: Token) -> list[Token]:
    """What is mediated: the object ("mediated talks") or the noun a participle describes
    ("talks mediated by X")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ in ("acl", "amod") else [])


def _named_parties(verb: Token, nouns: list[Token], table: ActorTable) -> list[str]:
    found = with_objects(verb, table, preps=PARTY_PREPS)
    for noun in nouns + agent_objects(verb):  # "mediated by X between A and B": the phrase may hang on X
        found += hyphen_pair(noun, table) + with_objects(noun, table, preps=PARTY_PREPS)
    return [a for i, a in enumerate(found) if a not in found[:i] and table.by_id[a].kind in PARTY_KINDS]


def _states_in(sent: Span, table: ActorTable, exclude: set[str | None]) -> list[str]:
    """The states a sentence names, as country actors (a person or a body of a state counts for it)."""
    codes: list[str] = []
    for t in sent:
        aid = table.actor_at(t.i)
        code = table.by_id[aid].country if aid else None
        if code and code not in codes and code not in exclude:
            codes.append(code)
    return [table.country_actor(c) for c in codes]


def _sides(verb: Token, table: ActorTable, mediators: list[str]) -> list[str]:
    """The two states in conflict: named in the sentence, else in the one before."""
    exclude = {table.by_id[a].country for a in mediators}
    sent = sentence_of(verb)
    for span in (sent, sentence_of(verb.doc[sent.start - 1]) if sent.start else None):
        states = _states_in(span, table, exclude) if span is not None else []
        if states:
            return states if len(states) == 2 else []
    return []


def find_mediations(doc: Doc, table: ActorTable, triggers: Triggers) -> tuple[list[Event], set[int]]:
    """The mediations of a text, and the tokens of the plain talks they replace."""
    events: list[Event] = []
    covered: set[int] = set()
    for verb in with_lemmas(doc, triggers.words["mediation_verb"]):
        if verb.pos_ != "VERB" or not triggers.has("mediation_verb", verb.lemma_.lower()):
            continue
        mediators = _mediators(verb, table)
        if not mediators:
            continue
        nouns = _mediated(verb)
        parties = _named_parties(verb, nouns, table)
        if not parties and any(triggers.has("conflict_noun", n.lemma_.lower()) for n in nouns):
            parties = _sides(verb, table, mediators)
        parties = [a for a in parties if a not in mediators]
        if len(parties) < 2:
            continue
        events.append(Event("negotiate", verb, mediators + parties, mediators[0], parties[0],
                            subjects=tuple(mediators)))
        covered |= {verb.i, *(n.i for n in nouns)}
    return events, covered
