"""A meeting told once, then who chairs or attends it told after it, by a word that points back:
"China will convene a meeting with Iran and Russia. It will be chaired by X, and Y and Z are expected
to attend", "Iran's ambassador participated in the meeting", "Bolivia's foreign minister will also
attend". Whoever chairs, attends, joins or takes part in "it", "the meeting" (the talks, the summit),
or in nothing named (an elided object), joins the meeting told last before, in the same sentence or
the two before (GUIDELINES: a summit is ONE entry listing every named participant)."""
from __future__ import annotations

from spacy.tokens import Token

from .interaction_frames import Event
from .mentions import ActorTable
from .nlp import agent_objects, prep_objects, sentence_start_back
from .participants import actors_of, subjects_of
from .triggers import Triggers, words

BACK_WORDS = frozenset({"it", "this", "that"})
BACK_DETS = frozenset({"the", "this", "that"})
PARTY_KINDS = ("person", "country", "organization")


def join_pointed_back(events: list[Event], table: ActorTable, triggers: Triggers) -> None:
    """Add the chair and attendees a later clause names to the meeting it points back to."""
    meetings = sorted((e for e in events if e.type in ("meet", "negotiate") and len(e.actors) >= 2),
                      key=lambda e: e.trigger.i)
    for verb in table.doc if meetings else ():
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("joining_verb") or not _points_back(verb, triggers):
            continue
        joiners = [a for a in _joiners(verb, table) if table.by_id[a].kind in PARTY_KINDS]
        lo = sentence_start_back(verb, 2)
        before = [e for e in meetings if lo <= e.trigger.i < verb.i]
        if joiners and before:
            target = before[-1]
            target.actors.extend(a for a in joiners if a not in target.actors)


def _points_back(verb: Token, triggers: Triggers) -> bool:
    """"chaired it", "it will be chaired by", "attended the meeting", "participated in the talks", or an
    attendance with nothing named ("are expected to attend"); not "attended a conference in Lima", "joined
    NATO", "attended the funeral"."""
    refs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + prep_objects(verb, "in")
    if not refs:
        return not any(c.dep_ in ("prep", "xcomp", "ccomp", "oprd", "attr") for c in verb.children)
    return all(_back_reference(r, triggers) for r in refs)


def _back_reference(noun: Token, triggers: Triggers) -> bool:
    if noun.lower_ in BACK_WORDS and noun.pos_ == "PRON":
        return True
    return triggers.nouns.get(noun.lemma_.lower()) in ("meet", "negotiate") and noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in BACK_DETS for c in noun.children) and not any(
        c.dep_ in ("compound", "amod", "poss", "prep", "relcl", "acl") for c in noun.children)


def _joiners(verb: Token, table: ActorTable) -> list[str]:
    """The subjects of an active verb, the "by" agents of a passive one ("chaired by X")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return actors_of(agent_objects(verb), table)
    return subjects_of(verb, table)
