"""Named gatherings across a wire story: "X told the annual meeting of the fund ... Y told the
same meeting ..." — ONE meeting (GUIDELINES: a summit is one entry) whose participants are the
persons who attend, address or speak at it, in whichever sentence they do.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .interaction_frames import Event
from .mentions import ActorTable
from .participants import subjects_of
from .triggers import Triggers

GATHERING_PREPS = {"at", "to"}
NAME_LABELS = {"ORG", "NORP", "EVENT", "FAC", "GPE"}
BACK_DETS = {"the", "this", "that"}


def _attendance_verb(noun: Token, triggers: Triggers) -> Token | None:
    """The verb whose subject attends, addresses or speaks at the gathering ``noun``."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in GATHERING_PREPS:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ in ("VERB", "AUX") and triggers.has("attendance_verb", head.lemma_.lower()):
        return head
    return None


def _name_of(noun: Token) -> str | None:
    """The gathering's name: the named body or group in its modifiers ("the Group of Ten meeting",
    "the annual meeting of the fund")."""
    parts = [t for t in noun.subtree if t.i != noun.i and t.ent_type_ in NAME_LABELS]
    return " ".join(t.lower_ for t in parts) or None


def _refers_back(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in noun.children)


def find_gatherings(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    groups: dict[str, tuple[Token, list[str]]] = {}
    last: str | None = None
    for noun in doc:
        if noun.pos_ != "NOUN" or triggers.nouns.get(noun.lemma_.lower()) != "meet":
            continue
        name = _name_of(noun)
        verb = _attendance_verb(noun, triggers)
        key = name or (last if _refers_back(noun) else None)
        if key is None:
            continue
        last = key
        if verb is None:
            continue
        people = [a for a in subjects_of(verb, table) if table.by_id[a].kind == "person"]
        trigger, members = groups.setdefault(key, (noun, []))
        members.extend(a for a in people if a not in members)
    return [Event("meet", trigger, members, members[0], members[1])
            for trigger, members in groups.values() if len(members) > 1]
