"""An outcome that followed talks: "the ban followed discussions with Canada", "Kenya's decision came
after consultations with Uganda". The talks' other side is the state (or body) whose measure it is:
the measure's possessor ("Kenya's ban"), else the state of whoever reports it ("…, the minister said"),
as a country actor — not the spokesman himself.
"""
from __future__ import annotations

from spacy.tokens import Token

from .events import Event
from .knowledge_parts import speech_verbs
from .mentions import ActorTable
from .participants import SUBJ_DEPS, actors_of
from .triggers import Triggers


def _sequel_verb(noun: Token, triggers: Triggers) -> Token | None:
    """The verb of "X followed talks" or "X came after talks"."""
    head = noun.head
    if noun.dep_ == "dobj" and triggers.has("sequel_verb", head.lemma_.lower()):
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("after", "following") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _partners(noun: Token, table: ActorTable) -> list[str]:
    """"with Canada", also a "with" phrase joined to another ("within Europe and with Canada")."""
    preps = [p for p in noun.children if p.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    return actors_of([c for p in preps if p.lower_ == "with" for c in p.children if c.dep_ == "pobj"], table)


def _reporter_state(verb: Token, table: ActorTable) -> str | None:
    """The state of who reports the clause: "X said (that) …" or "X said …, and the ban followed …"."""
    t = verb
    for _ in range(4):
        if t.dep_ not in ("ccomp", "conj") or t.head == t:
            return None
        t = t.head
        if t.lemma_.lower() in speech_verbs():
            codes = [table.by_id[a].country for a in actors_of([c for c in t.children if c.dep_ in SUBJ_DEPS], table)]
            code = next((c for c in codes if c), None)
            return table.country_actor(code) if code else None
    return None


def _holder(verb: Token, table: ActorTable) -> str | None:
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if not subjects or any(s.i in table.token_actor or s.pos_ != "NOUN" for s in subjects):
        return None  # an actor as subject: the ordinary "after talks with" frame
    owners = actors_of([c for s in subjects for c in s.children if c.dep_ in ("poss", "compound")], table)
    return owners[0] if owners else _reporter_state(verb, table)


def talks_before_outcomes(events: list[Event], table: ActorTable, triggers: Triggers) -> None:
    """Give talks that an outcome followed the measure's state as their other side."""
    for ev in events:
        if ev.type != "negotiate" or ev.trigger.pos_ != "NOUN":
            continue
        verb = _sequel_verb(ev.trigger, triggers)
        partners = _partners(ev.trigger, table) if verb is not None else []
        holder = _holder(verb, table) if verb is not None and partners else None
        if holder is None or holder in partners:
            continue
        ev.actors = [holder, *partners]
        ev.source, ev.target, ev.subjects = holder, partners[0], (holder,)
