"""A last reading of a meeting word the specific frames left with fewer than two parties.

News wording varies more than the frames do ("talks opened in Geneva on Monday, with
officials of A and B", "A's envoy, in Moscow for talks, saw B's foreign minister"). When a
sentence names a meeting (an accepted meet, negotiate or call trigger) and no meeting came
of the whole sentence, the actors that stand within a few dependency arcs of the trigger, over
argument arcs only, are its parties, when they are of at least two sides. The path never
climbs into a reporting verb (the speaker of "said" is no party), never crosses a clause of
its own (relative, adverbial or complement clauses), and the trigger is not inside quotation
marks. Co-mention is still no meeting: an actor the path does not reach takes no part.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import MEETING_TYPES
from .doc_index import with_pos
from .events import Event
from .interaction_frames import event_for, trigger_kind
from .knowledge import Knowledge
from .knowledge_parts import speech_verbs
from .meeting_places import names_a_city
from .mentions import ActorTable
from .nlp import quoted_tokens, sentence_of
from .triggers import Triggers, words

ARGUMENT_ARCS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "poss", "compound", "nmod", "amod",
                           "conj", "appos", "agent", "dative", "attr", "pcomp", "xcomp"})
PARTY_PREPS = frozenset({"with", "between", "among", "by", "along", "together"})  # not "in Paris", "of the IMF"
MAX_ARCS = 4


def fallback_events(doc: Doc, table: ActorTable, kb: Knowledge, triggers: Triggers,
                    covered: set[int]) -> list[Event]:
    """Events for meeting triggers in sentences (by first character) no meeting was found in."""
    quoted = quoted_tokens(doc)
    out = []
    for token in with_pos(doc, ("NOUN", "PROPN")):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue  # a verb's frame is read whole ("meet commitments", "called for"): nouns vary more
        kind = trigger_kind(token, table, triggers)
        if kind not in MEETING_TYPES or kind == "visit":
            continue
        if token.i in table.token_actor or token.i in quoted or sentence_of(token).start_char in covered:
            continue
        ev = event_for(token, kind, table, kb, triggers)
        if ev is None or ev.type not in MEETING_TYPES or ev.type == "visit":
            continue  # the frame itself turned the word down ("called for talks", "a news conference")
        if len(set(ev.actors)) >= 2:
            continue  # the frame found its parties; what the filters made of them stands
        near = [a for a in _nearby_actors(token, table, kb) if a not in ev.actors]
        actors = ev.actors + near
        if len(_states(actors, table)) >= 2:
            out.append(Event(ev.type, token, actors, ev.source or actors[0],
                             ev.target or next(a for a in actors if a != (ev.source or actors[0])),
                             subjects=ev.subjects))
    return out


def _states(actors: list[str], table: ActorTable) -> set[str]:
    """The states actors stand for: two officials of one state are one side, a body none."""
    return {c for a in actors for c in [table.by_id[a].country] if c}


def _nearby_actors(trigger: Token, table: ActorTable, kb: Knowledge) -> list[str]:
    """Actors within MAX_ARCS argument arcs of the trigger, nearest first."""
    speech = speech_verbs()
    prep = trigger.head
    clause = prep.head if trigger.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in words(
        "event_prep") and prep.head.pos_ in ("VERB", "AUX") else None  # "during the talks, A stressed to B"
    seen = {trigger.i}
    frontier = [trigger]
    found: list[str] = []
    for _ in range(MAX_ARCS):
        nxt = []
        for t in frontier:
            steps = [c for c in t.children if c.dep_ in ARGUMENT_ARCS and _party_arc(c, kb)]
            if t == clause:  # the clause's subject and whom it addressed at the event, no more
                steps = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "dative") or (
                    c.dep_ == "prep" and (c.lower_ == "to" or c.lower_ in PARTY_PREPS))]
            if t == prep and clause is not None or t.dep_ in ARGUMENT_ARCS and _party_arc(t, kb) and t.head != t and not (
                    t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in speech):
                steps.append(t.head)
            for s in steps:
                if s.i in seen:
                    continue
                seen.add(s.i)
                nxt.append(s)
                aid = table.actor_at(s.i)
                if aid is not None and aid not in found and table.by_id[aid].kind in ("person", "country",
                                                                                      "organization"):
                    found.append(aid)
        frontier = nxt
    return found


def _party_arc(t: Token, kb: Knowledge) -> bool:
    """An arc a party stands on: not a place or time phrase ("in Paris", "at the summit"), nor the
    body whose own meeting it is ("a meeting of the IMF"), nor a city naming a venue or a thing
    ("the Tokyo summit", "the Paris accord"), nor a coordinated clause."""
    if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
        return False  # "held a meeting …, and Portugal welcomed it": another clause's subject
    if t.dep_ == "prep" and t.lower_ not in PARTY_PREPS:
        return t.lower_ == "from" and t.head.pos_ in ("NOUN", "PROPN")  # "delegates from A and B"
    return not names_a_city(t, kb)
