"""A wire story's gathering told by a verb: "WASHINGTON - Finance ministers of leading industrial nations met
here today. Canadian Finance Minister X told reporters … French Finance Minister Y said …" — the office
holders the story then quotes briefing the press (or, holding the office that met, speaking) took part in
it, as they do in a gathering told by a noun ("a meeting of finance ministers": gathering_press.py).

Only a meeting verb that has happened (not "will meet next week": a preview quotes people before it), whose
subject is a plural office-holder noun naming no party itself ("ministers", "central bankers and
ministers"; not "the ministers of A and B", which the frame reads), in a story filed under a dateline, and
only the story's first such verb; it needs two such persons. GUIDELINES: a summit is ONE entry listing
every named participant. In any story, not only a wire's, the persons a roll call right after the verb lists
("Taking part were A, B and C": roll_calls.py) and who chairs it are that one entry.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .coordination import expand
from .doc_index import with_lemmas
from .events import Event
from .gathering_press import press_attendees
from .interaction_status import governors, status_of
from .mentions import ActorTable
from .nlp import dateline, text_of
from .participants import actors_of
from .roll_calls import roll_call
from .triggers import Triggers
from .verb_partners import presiding

GATHERING_VERBS = frozenset({"meet", "gather", "convene", "reconvene", "assemble"})


def verb_gathering(doc: Doc, table: ActorTable, triggers: Triggers, events: list[Event]) -> list[Event]:
    """The event of the story's first office holders' meeting told by a verb, with who briefed from it (none
    when an event found already holds two of them: the same meeting told by a noun), or with the persons a
    roll call right after it lists, in any story."""
    if table.kb is None:
        return []
    wire = dateline(text_of(doc))
    for verb in with_lemmas(doc, GATHERING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GATHERING_VERBS:
            continue
        listed = _roll_called(verb, table, triggers)
        if listed:
            return [Event("meet", verb, listed, listed[0], listed[1], status=status_of(verb, governors(verb), triggers))]
        holder = _holders(verb, table)
        if holder is None or not wire:
            continue
        if status_of(verb, governors(verb), triggers) != "occurred":
            return []  # the story's gathering is still ahead: who it quotes has not met yet
        people = press_attendees(doc, verb.i, table, triggers, holder)
        if len(people) < 2 or any(len(set(e.actors) & set(people)) >= 2 for e in events):
            return []
        return [Event("meet", verb, people, people[0], people[1])]
    return []


def _roll_called(verb: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """"The foreign ministers of the Nordic states met in Oslo under the chairmanship of X. Taking part were A,
    B and C": who chairs, then the persons the next sentence lists (``roll_calls``)."""
    end = verb.sent.end
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].tag_ != "NNS" or table.kb is None or subjects[0].lemma_.lower() not in table.kb.group_nouns:
        return []  # "Leaders of the Andean Community met …": plural office holders, named or not
    listed = roll_call(verb.doc[end].sent, table, triggers) if end < len(verb.doc) else []
    chair = [a for a in presiding(verb, table) if a not in listed]
    return chair + listed if listed else []


def _holders(verb: Token, table: ActorTable) -> str | None:
    """"Finance ministers … met": the plural office-holder noun the subject is, if it names no party itself
    and the verb meets no one ("met with X")."""
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ not in ("in", "at", "on", "for", "under") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or actors_of(subjects, table):
        return None
    for s in expand(subjects[0]):
        if s.tag_ == "NNS" and table.kb is not None and s.lemma_.lower() in table.kb.group_nouns:
            return s.lemma_.lower()
    return None
