"""A title phrase and the name set off by a comma after it, where the parser missed the apposition.

"met Pakistan's minister for climate change, Sadia Rehman Khattak, in Karachi": with a long
title ("minister of state for foreign affairs", "minister for climate change") the parser hangs
the name on the verb rather than on the title, so neither the NER repair nor the participant
reading sees that the name is the minister. These read the comma-joined order instead.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .nlp import entity_end

TITLE_PHRASE_DEPS = ("pobj", "prep", "compound", "amod", "poss", "case")  # "minister [for [climate change]]"
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def title_before(doc: Doc, start: int, is_role: Callable[[Token], bool]) -> Token | None:
    """The role noun of "<title phrase>, <name at start>": the phrase ends right before the comma that
    opens the name, and climbing from its last word through its modifiers and prepositions reaches a role."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    token, jumped = doc[start - 2], False
    while not is_role(token):
        if token.dep_ == "prep" and token.lower_ in ("for", "of") and token.head.i < token.i - 1 and not jumped:
            token, jumped = doc[token.i - 1], True  # "secretary of state for development, X": "for" hung elsewhere
            continue
        if token.dep_ not in TITLE_PHRASE_DEPS or token.head.i >= token.i or token.head == token:
            return None
        token = token.head
    edge = token.right_edge.i
    return token if token.pos_ == "NOUN" and (edge in (start - 2, start - 1) or jumped and doc[edge + 1].lower_ in (
        "for", "of")) else None  # (the comma its own)


def name_after(noun: Token, is_name_start: Callable[[Token], bool]) -> Token | None:
    """The first word of the name right after "<noun's phrase>, ", when that name opens no clause of its
    own ("met the minister, Sadia Khattak, in Karachi", not "met the minister, Khattak said")."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or not is_name_start(doc[comma + 1]):
        return None
    first = doc[comma + 1]
    return None if any(t.dep_ in CLAUSE_SUBJECTS for t in doc[first.i:entity_end(first)]) else first
