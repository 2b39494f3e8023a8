"""Signing together as a meeting: "the treaty was signed by A and B", "A and B signed an accord",
"A will sign a pact with B". CAMEO 057 (sign formal agreement) is reciprocal: the signatories
of two or more states were at the table together. States are signatories only in the story's own
news, not in a quote or in background dated to a year ("In 2019, A signed a deal with B"). A
pronoun's signing ("we want to sign"), or a leader signing a law of his own state, links no one; "he" or
"she" resolved to a person named before signs as that person ("During the visit, she and B signed …").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .events import Event
from .mentions import ActorTable
from .nlp import agent_objects, prep_objects, sentence_of
from .participants import OBJ_DEPS, actors_of, subjects_of, with_objects
from .triggers import words

QUOTE_MARKS = {'"', "\u201c", "\u201d", "``", "''"}


def _document(verb: Token) -> Token | None:
    """The agreement signed: the object, or the passive subject ("the accord was signed by"), also through
    a quantity ("signed a variety of agreements", "a number of accords")."""
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in verb.children) else tuple(OBJ_DEPS)
    for c in verb.children:
        if c.dep_ in deps and (c.lemma_.lower() in words("agreement_noun") or any(
                o.lemma_.lower() in words("agreement_noun") for o in prep_objects(c, "of"))):
            return c
    return None


def _signatories(verb: Token, document: Token, table: ActorTable) -> list[str]:
    if document.dep_ == "nsubjpass":
        found = actors_of(agent_objects(verb), table)
    elif any(c.dep_ == "nsubj" and c.pos_ == "PRON" and not _one_named(c, table) for c in verb.children):
        return []  # "we want to sign": whom "we" stands for is the speaker's side, not a signatory named
    else:
        found = subjects_of(verb, table)
    found += with_objects(verb, table, preps=("with",)) + with_objects(document, table, preps=("with",))
    kinds = ("person",) if _background(verb) else ("person", "country", "organization")  # "by X and Treasury officials"
    return [a for i, a in enumerate(found) if a not in found[:i] and table.by_id[a].kind in kinds]


def _one_named(pronoun: Token, table: ActorTable) -> bool:
    """"He and B signed", "she signed a pact with B": "he" or "she" resolved to a person named before."""
    aid = table.actor_for(pronoun) if pronoun.lower_ in ("he", "she") else None
    return aid is not None and table.by_id[aid].kind == "person"


def _background(verb: Token) -> bool:
    """In a quotation, or dated to a year: told as history or opinion, not as the news."""
    sent = sentence_of(verb)
    quoted = sum(t.text in QUOTE_MARKS for t in verb.doc[sent.start:verb.i]) % 2 == 1
    return quoted or any(t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4 for t in sent)


def find_signings(doc: Doc, table: ActorTable) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, words("signing_verb")):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("signing_verb"):
            continue
        document = _document(verb)
        if document is None:
            continue
        parties = _signatories(verb, document, table)
        states = {table.by_id[a].country for a in parties}
        if len(parties) >= 2 and (len(states - {None}) >= 2 or None in states):
            events.append(Event("meet", verb, parties, parties[0], parties[1], subjects=tuple(parties[:1])))
    return events
