"""Talks offered, called for or invited, told as a noun: "Kenya rejected Uganda's offer of talks", "Uganda's
call for talks was rejected by Kenya", "Kenya accepted an invitation to talks with Uganda", "Kenya expressed
readiness for negotiations with Uganda", "B declined A's invitation to meet". The meeting noun is the "of"/"for"/"to" phrase of a proposal noun
(``proposal_noun``); its parties are whoever the proposal is of (its possessor or demonym: "Uganda's offer",
"a Ugandan call") and whom it is with ("with Uganda"); lacking the latter, the one who answers the proposal
(the subject of a verb of answering, ``answer_verb``: "Kenya rejected/accepted/welcomed …", or its "by"
agent) is the other side. A proposal is "proposed" (GUIDELINES: calls for, offered), and one rejected or
refused is negated (modality.csv). A call for talks between others ("the UN's call for talks between A
and B") is left to the talks' own frame.
"""
from __future__ import annotations

from spacy.tokens import Token

from .interaction_frames import Event
from .mentions import ActorTable
from .nlp import agent_objects, sentence_start_back
from .participants import SUBJ_DEPS, actors_of, subjects_of, with_objects
from .triggers import Triggers

PROPOSAL_PREPS = ("of", "for", "to")
OWNER_DEPS = ("poss", "amod", "compound", "nmod")


def _proposal(noun: Token, triggers: Triggers) -> Token | None:
    """The proposal noun whose "of/for/to" phrase the meeting noun is ("an offer of talks")."""
    for _ in range(2):  # "a call for a resumption of dialogue", "a proposal for a new round of talks"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and triggers.has("phase_noun", noun.head.head.lemma_.lower()):
            noun = noun.head.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in PROPOSAL_PREPS and prep.dep_ == "prep" \
            and triggers.has("proposal_noun", prep.head.lemma_.lower()):
        return prep.head
    if _proposed_clause(noun, triggers) and noun.pos_ == "VERB":  # "declined X's invitation to meet"
        return noun.head
    return None


def _repliers(proposal: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """"In reply to a Ugandan call for talks, Kenya …", "The letter was in reply to X's call": who
    replies — the clause's subject, or, for a document ("the letter"), whoever sent the one named just before
    ("proposed in a letter", "sent a letter")."""
    reply = proposal.head.head if proposal.dep_ == "pobj" and proposal.head.lower_ == "to" else None
    if reply is None or not triggers.has("reply_noun", reply.lemma_.lower()) or reply.dep_ != "pobj":
        return []
    verb = reply.head.head
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    found = actors_of(subjects, table)
    documents = table.kb.document_nouns if table.kb else frozenset()
    for noun in subjects if not found else []:
        if noun.lemma_.lower() in documents:
            found = _sender(noun, table)
    return found


def _sender(document: Token, table: ActorTable) -> list[str]:
    """Who sent the document named last before ("Y proposed in a letter to Z", "Y sent a letter")."""
    for t in reversed(document.doc[sentence_start_back(document, 2):document.i]):
        if t.lemma_ == document.lemma_ and t.dep_ in ("dobj", "pobj"):
            verb = t.head if t.dep_ == "dobj" else t.head.head
            found = subjects_of(verb, table) if verb.pos_ == "VERB" else []
            if found:
                return found
    return []


def _answerers(proposal: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """Who answers the proposal: "Kenya rejected X's offer", "X's call was rejected by Kenya", "Kenya
    responded to X's call"."""
    if repliers := _repliers(proposal, table, triggers):
        return repliers
    verb = proposal.head
    if proposal.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "responded to a call for talks"
    if verb.pos_ != "VERB" or not triggers.has("answer_verb", verb.lemma_.lower()):
        return []
    if proposal.dep_ == "nsubjpass":
        return actors_of(agent_objects(verb), table)
    if proposal.dep_ not in ("dobj", "pobj"):
        return []
    return actors_of([c for c in verb.children if c.dep_ in SUBJ_DEPS], table)


def _sides(actors: list[str], table: ActorTable) -> int:
    return len({table.by_id[a].country or a for a in actors})


def _owners(proposal: Token, table: ActorTable) -> list[str]:
    """"Uganda's offer", "a Ugandan call", "the Uganda proposal", "the offer from Uganda"."""
    return actors_of([c for c in proposal.children if c.dep_ in OWNER_DEPS], table) + with_objects(
        proposal, table, preps=("from", "by"))


def _proposed_clause(trigger: Token, triggers: Triggers) -> bool:
    """"Kenya's proposal to hold talks with Uganda", "an offer to meet B": a meeting in the infinitive a
    proposal noun takes is proposed."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    return verb.dep_ == "acl" and verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and triggers.has("proposal_noun", verb.head.lemma_.lower())


def _refusing(proposal: Token, triggers: Triggers) -> bool:
    """"Kenya rejected Uganda's offer of talks": a proposal refused negates the talks (modality.csv)."""
    verb = proposal.head.head if proposal.dep_ == "pobj" else proposal.head
    if proposal.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    return triggers.modality.get(verb.lemma_.lower()) == "negated"


def _as_states(answerers: list[str], owners: list[str], table: ActorTable) -> list[str]:
    """A state's call answered by another state's official is answered by that state ("a North Korean call",
    answered by the South's premier: the two states)."""
    if not owners or any(table.by_id[o].kind != "country" for o in owners):
        return answerers
    return [_state_of(a, table) for a in answerers]


def _state_of(aid: str, table: ActorTable) -> str:
    actor = table.by_id[aid]
    return table.country_actor(actor.country) if actor.kind == "person" and actor.country else aid


def proposed_talks(events: list[Event], table: ActorTable, triggers: Triggers) -> None:
    """Give talks named as what a proposal is of their proposer and its partner or answerer."""
    for ev in events:
        if ev.type in ("negotiate", "meet") and ev.status is None and _proposed_clause(ev.trigger, triggers):
            ev.status = "proposed"
        if ev.type not in ("negotiate", "meet") or _sides(ev.actors, table) >= 2:
            continue
        proposal = _proposal(ev.trigger, triggers)
        if proposal is None or any(p.dep_ == "prep" and p.lower_ in ("between", "among", "of")
                                   for p in ev.trigger.children):
            continue  # talks between others, a body's own meeting ("a meeting of the bloc")
        partners = with_objects(ev.trigger, table, preps=("with",)) + with_objects(proposal, table, preps=("with",))
        owners = _owners(proposal, table)
        other = partners or _as_states(_answerers(proposal, table, triggers), owners, table)
        first = owners or [a for a in ev.actors if a not in other] or (
            _answerers(proposal, table, triggers) if partners else [])
        parties = [a for i, a in enumerate(first + other) if a not in (first + other)[:i]]
        if _sides(parties, table) < 2:
            continue
        ev.actors = parties
        ev.source, ev.target, ev.subjects = parties[0], other[0] if other else parties[1], tuple(first)
        ev.status = "negated" if _refusing(proposal, triggers) else "proposed"
