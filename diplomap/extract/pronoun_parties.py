"""Pronouns as meeting parties that the reference step leaves to the sentence's syntax.

- '"I will meet B on Tuesday," A said', 'A said: "We held talks with B."': a first-person subject inside
  quotation marks, in a clause a speech verb outside them reports in the same sentence, is that verb's
  subject — the speaker meets B (GUIDELINES: the speaker of the quote; "we" is the speaker's side, told
  by the speaker).
- "Chilean Trade Minister A and Peruvian Trade Minister B were in Lima. They met": the parser may hang the
  first titled name and its "and" under the second name's title, leaving the subject B no "conj" — the
  persons its phrase holds are the pair.
"""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge_parts import speech_verbs
from .mentions import ActorTable
from .nlp import quoted_tokens

FIRST_PERSON = frozenset({"i", "we"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
SPEAKER_KINDS = ("person", "country", "organization")


def first_person_speaker(t: Token, table: ActorTable) -> list[str]:
    """The speaker a quoted first-person subject ("I", "we") stands for, when the same sentence reports it."""
    quoted = quoted_tokens(t.doc)
    if t.lower_ not in FIRST_PERSON or t.i not in quoted:
        return []
    clause = t.head
    for _ in range(4):
        verb = clause.head
        if verb == clause:
            return []
        if clause.dep_ in REPORTED_DEPS and verb.pos_ == "VERB" and verb.i not in quoted \
                and verb.lemma_.lower() in speech_verbs():
            speakers = [table.actor_for(c) for c in verb.children if c.dep_ == "nsubj"]
            return [a for a in speakers if a is not None and table.by_id[a].kind in SPEAKER_KINDS]
        clause = verb
    return []


def hidden_coordination(h: Token, table: ActorTable) -> list[str]:
    """"Chilean Trade Minister A and Peruvian Trade Minister B": the persons a subject phrase whose "and" the
    parser hid under the second name's title holds (none for a phrase without "and")."""
    phrase = list(h.subtree)
    if h.pos_ != "PROPN" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in phrase):
        return []
    found: list[str] = []
    for c in phrase:
        aid = table.token_actor.get(c.i)
        if aid is not None and aid not in found and table.by_id[aid].kind == "person":
            found.append(aid)
    return found
