"""Appeals for talks with the one appealing: "X urged Y to hold talks", "X called on Y to open a
dialogue", "X called for Y to lift the ban and establish a dialogue", "X asked Y to enter into
negotiations", "X invited Y to talks" — talks proposed between X and Y (CAMEO 02x appeals for
diplomatic cooperation; GUIDELINES: "calls for" is proposed). The talks must name no party of their own
("urged Y to hold talks with Z" is Y's business with Z, read by the frames), and the verb must start
talks (``opening_verb``: hold, open, establish …), not return to talks that others hold."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .events import Event
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import actors_of, subjects_of, with_objects
from .triggers import Triggers, words

CLAUSE_DEPS = ("xcomp", "advcl", "ccomp")
TALK_KINDS = ("negotiate", "meet")


def _opening_clause(noun: Token, triggers: Triggers) -> Token | None:
    """The infinitive that starts the talks: "to hold talks", "to enter into negotiations"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "into"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or not triggers.has("opening_verb", verb.lemma_.lower()):
        return None
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "to lift the ban and establish a dialogue"
        verb = verb.head
    return verb if verb.dep_ in CLAUSE_DEPS else None


def _addressees(appeal: Token, clause: Token | None, table: ActorTable) -> list[str]:
    """Whom the appeal asks: "urged Y", "called on Y", "called for Y to", "invited Y"."""
    args = [c for c in appeal.children if c.dep_ == "dobj"]
    args += prep_objects(appeal, "on")
    if clause is not None and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        args += [c for c in clause.children if c.dep_ == "nsubj"]
    return actors_of(args, table)


def find_appeals(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for noun in with_lemmas(doc, {lemma for lemma, kind in triggers.nouns.items() if kind in TALK_KINDS}):
        kind = triggers.nouns.get(noun.lemma_.lower())
        if noun.pos_ != "NOUN" or kind not in TALK_KINDS or with_objects(noun, table) or any(
                c.dep_ in ("compound", "amod") and c.lower_ in words("not_event_modifier") for c in noun.children):
            continue  # "asked him to hold a news conference" is no talks
        clause = _opening_clause(noun, triggers)
        if clause is not None:
            appeal = clause.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "invite":
            appeal = noun.head.head  # "invited Y to talks"
        else:
            continue
        if appeal.pos_ != "VERB" or not triggers.has("urging_verb", appeal.lemma_.lower()):
            continue
        asked = _addressees(appeal, clause, table)
        askers = [a for a in subjects_of(appeal, table) if a not in asked]
        if len(asked) >= 2:  # "urged Chile and Peru to hold talks": talks between them, not with the urger
            events.append(Event(kind, noun, asked, asked[0], asked[1], status="proposed"))
        elif askers and asked:
            events.append(Event(kind, noun, [*askers, *asked], askers[0], asked[0], subjects=tuple(askers),
                                status="proposed"))
    return events
