"""A wire story's gathering told by a verb: "WASHINGTON - Finance ministers of leading industrial nations met
here today. Canadian Finance Minister X told reporters … French Finance Minister Y said …" — the office
holders the story then quotes briefing the press (or, holding the office that met, speaking) took part in
it, as they do in a gathering told by a noun ("a meeting of finance ministers": gathering_press.py).

Only a meeting verb that has happened (not "will meet next week": a preview quotes people before it), whose
subject is a plural office-holder noun naming no party itself ("ministers", "central bankers and
ministers"; not "the ministers of A and B", which the frame reads), in a story filed under a dateline, and
only the story's first such verb; it needs two such persons. GUIDELINES: a summit is ONE entry listing
every named participant.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .coordination import expand
from .doc_index import with_lemmas
from .gathering_press import press_attendees
from .interaction_frames import Event
from .interaction_status import governors, status_of
from .mentions import ActorTable
from .nlp import dateline, text_of
from .participants import actors_of
from .triggers import Triggers

GATHERING_VERBS = frozenset({"meet", "gather", "convene", "reconvene", "assemble"})


def verb_gathering(doc: Doc, table: ActorTable, triggers: Triggers, events: list[Event]) -> list[Event]:
    """The event of the story's first office holders' meeting told by a verb, with who briefed from it (none
    when an event found already holds two of them: the same meeting told by a noun)."""
    if table.kb is None or not dateline(text_of(doc)):
        return []
    for verb in with_lemmas(doc, GATHERING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GATHERING_VERBS:
            continue
        holder = _holders(verb, table)
        if holder is None:
            continue
        if status_of(verb, governors(verb), triggers) != "occurred":
            return []  # the story's gathering is still ahead: who it quotes has not met yet
        people = press_attendees(doc, verb.i, table, triggers, holder)
        if len(people) < 2 or any(len(set(e.actors) & set(people)) >= 2 for e in events):
            return []
        return [Event("meet", verb, people, people[0], people[1])]
    return []


def _holders(verb: Token, table: ActorTable) -> str | None:
    """"Finance ministers … met": the plural office-holder noun the subject is, if it names no party itself
    and the verb meets no one ("met with X")."""
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ not in ("in", "at", "on", "for") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or actors_of(subjects, table):
        return None
    for s in expand(subjects[0]):
        if s.tag_ == "NNS" and table.kb is not None and s.lemma_.lower() in table.kb.group_nouns:
            return s.lemma_.lower()
    return None
