"""Talks an agreement came out of: "That pact, agreed last year after months of negotiations, …", "the
accord, hammered out after heated talks". Talks that name no two parties of their own, in an "after"
phrase (``outcome_prep``) of the clause that reached an agreement, were held between the agreement's
parties: its possessor and its "with"/"between" phrase, or the states written as its modifiers ("the
U.S.-Japanese pact"). An agreement referred back to ("that pact", "the accord") takes the parties of
the agreement named in the two sentences before it. English makes the parties of a pact the parties of
the talks that produced it; a pact whose parties are not written links no one.
"""
from __future__ import annotations

from spacy.tokens import Token

from .events import Event
from .mentions import ActorTable
from .nlp import sentence_start_back
from .participants import actors_of, subjects_of, with_objects
from .triggers import Triggers

AGREEMENT_DEPS = ("nsubj", "nsubjpass", "dobj")
BACK_DETS = ("that", "this", "the")
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")


def _outcome_head(noun: Token, triggers: Triggers) -> Token | None:
    """The word an "after (months of) talks" phrase hangs on, or None."""
    t = noun
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "pobj" \
            and (t.head.head.ent_type_ == "DATE" or triggers.has("phase_noun", t.head.head.lemma_.lower())):
        t = t.head.head  # "after months of negotiations", "after two rounds of talks"
    if t.dep_ == "pobj" and triggers.has("outcome_prep", t.head.lower_) and t.head.dep_ == "prep":
        return t.head.head
    return None


def _agreement(head: Token, triggers: Triggers) -> Token | None:
    """The agreement the phrase's clause reached: the word itself, the clause's subject or object, or the
    noun a participle clause describes ("the accord, hammered out after talks")."""
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head if triggers.has("agreement_noun", head.head.head.lemma_.lower()) else head
    candidates = [head] if head.pos_ in ("NOUN", "PROPN") else [
        *(c for c in head.children if c.dep_ in AGREEMENT_DEPS),
        *([head.head] if head.dep_ in ("acl", "relcl") else [])]
    return next((c for c in candidates if triggers.has("agreement_noun", c.lemma_.lower())), None)


def pact_parties(pact: Token, table: ActorTable) -> list[str]:
    """The parties an agreement noun names: "its pact with B", "the A-B accord", "a treaty between A and B"."""
    own = [c for c in pact.children if c.dep_ in MODIFIER_DEPS]
    own += [g for c in own for g in c.children if g.dep_ in MODIFIER_DEPS and g.i < c.i]  # "the U.S.-Japanese pact"
    found = actors_of(own, table) + _its_owner(pact, table) + with_objects(pact, table, preps=("with", "between"))
    return [a for i, a in enumerate(found) if a not in found[:i]
            and table.by_id[a].kind in ("country", "person", "organization")]


def _its_owner(pact: Token, table: ActorTable) -> list[str]:
    """"Chile is backing away from its pact with Peru": an unresolved "its" is the clause's subject."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" and c.i not in table.token_actor for c in pact.children):
        return []
    verb = next((a for a in pact.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return [a for a in subjects_of(verb, table) if table.by_id[a].kind != "person"] if verb is not None else []


def _referred_pact(pact: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """"That pact": the parties of the nearest agreement named in the two sentences before."""
    if not any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in pact.children):
        return []
    for t in reversed(pact.doc[sentence_start_back(pact, 2):pact.i]):
        if t.pos_ == "NOUN" and triggers.has("agreement_noun", t.lemma_.lower()):
            parties = pact_parties(t, table)
            if _sides(parties, table) >= 2:
                return parties
    return []


def _sides(actors: list[str], table: ActorTable) -> int:
    """How many sides actors stand for: a state's people are its side, a body is its own."""
    return len({table.by_id[a].country or a for a in actors})


def talks_behind_pacts(events: list[Event], table: ActorTable, triggers: Triggers) -> None:
    """Give talks that an agreement came out of the agreement's parties."""
    for ev in events:
        if ev.type != "negotiate" or ev.trigger.pos_ != "NOUN" or _sides(ev.actors, table) >= 2:
            continue
        head = _outcome_head(ev.trigger, triggers)
        pact = _agreement(head, triggers) if head is not None else None
        if pact is None:
            continue
        parties = pact_parties(pact, table)
        if _sides(parties, table) < 2 and pact.dep_ == "dobj":  # "A and B reached an accord after talks"
            parties = subjects_of(pact.head, table)
        if _sides(parties, table) < 2:
            parties = _referred_pact(pact, table, triggers)
        if _sides(parties, table) >= 2:
            ev.actors = parties
            ev.source, ev.target, ev.subjects = parties[0], parties[1], ()
