"""Groups of named people who speak together ("Senators A, B and C wrote … “…,” they wrote")
and the documents they speak through ("the letter said"): the first-named person speaks."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .mentions import SUBJECT_DEPS, ActorTable
from .nlp import sentence_of


def people_word(s: Token, table: ActorTable) -> bool:
    """"senators", "lawmakers", "ministers": a plural title or person noun."""
    kb = table.kb
    return kb is not None and (kb.title(s.lemma_) is not None or s.lemma_.lower() in kb.person_nouns)


def last_group(table: ActorTable, before: int) -> tuple[int, str] | None:
    """The latest subject naming two or more persons together ("Senators A, B and C wrote"),
    within the last two sentences: its position and its first-named person."""
    doc = table.doc
    lo = sentence_of(doc[before]).start
    lo = sentence_of(doc[lo - 1]).start if lo > 0 else lo
    for m in reversed(table.mentions):
        if m.start >= before or m.start < lo or m.kind != "name" or table.by_id[m.actor_id].kind != "person":
            continue
        first = doc[m.start:m.end].root
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:  # lists parse as either
            first = first.head
        aid = group_at(first, table)
        if aid is not None:
            return first.i, aid
    return None


def group_at(top: Token, table: ActorTable) -> str | None:
    """A subject naming two or more persons ("A, B and C", "three senators, A, B and C"): the
    first named."""
    if top.dep_ not in SUBJECT_DEPS:
        return None
    people = []
    for t in top.subtree:
        aid = table.actor_at(t.i)
        if aid and table.by_id[aid].kind == "person" and aid not in people:
            people.append(aid)
    return people[0] if len(people) >= 2 else None


def first_mention_before(table: ActorTable, aid: str, before: int) -> int:
    return max((m.start for m in table.mentions if m.actor_id == aid and m.start < before), default=-1)


def sender(thing: Token, table: ActorTable, subject_of: Callable[[Token, ActorTable], str | None]) -> str | None:
    """The person subject of the clause that sends, writes or speaks through ``thing`` ("X sent a
    letter", "in a letter, X said"), or a named group's first person."""
    verb = thing.head.head if thing.dep_ == "pobj" else thing.head
    if thing.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for subj in (c for c in verb.children if c.dep_ in ("nsubj",)):
        group = group_at(subj, table)
        if group is not None:
            return group
        aid = subject_of(subj, table) if subj.i < thing.i else None
        if aid is not None and table.by_id[aid].kind == "person":
            return aid  # a state's or body's document names no speaker (a joint declaration)
    return None
