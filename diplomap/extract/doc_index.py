"""One per-doc index of the parsed tokens, built once and shared by every finder.

spaCy makes a new ``Token`` object at each step of ``for t in doc`` and at each ``doc[i]``;
the finders scan the whole document some forty times per article, so the objects are made
once here and kept in ``doc.user_data``. A finder that only cares about a few words asks for
the tokens with those lemmas or lower-case forms, in document order, instead of scanning.
Nothing here changes with the entity repairs (they relabel spans; tokens, lemmas and words
stay), so the index is valid for the whole extraction.
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

TOKENS = "diplomap_tokens"
INDEXES = "diplomap_word_indexes"


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The doc's tokens, made once: iterate or index this instead of the doc."""
    found = doc.user_data.get(TOKENS)
    if found is None:
        found = doc.user_data[TOKENS] = tuple(doc)
    return found


Index = dict[str, list[Token]]


def _indexes(doc: Doc) -> tuple[Index, Index, Index]:
    """Lower-cased lemma, lower-case form and coarse part of speech → tokens, built in one pass."""
    found = doc.user_data.get(INDEXES)
    if found is None:
        lemmas: Index = {}
        lowers: Index = {}
        tags: Index = {}
        for t in doc_tokens(doc):
            lemmas.setdefault(t.lemma_.lower(), []).append(t)
            lowers.setdefault(t.lower_, []).append(t)
            tags.setdefault(t.pos_, []).append(t)
        found = doc.user_data[INDEXES] = (lemmas, lowers, tags)
    return found


def _among(index: Index, words: Collection[str]) -> list[Token]:
    """The tokens of ``index`` under any of ``words``, in document order."""
    if len(words) < len(index):
        lists = [found for w in words if (found := index.get(w))]
    else:
        lists = [found for w, found in index.items() if w in words]
    if len(lists) == 1:
        return list(lists[0])
    return sorted((t for found in lists for t in found), key=lambda t: t.i)


def with_lemmas(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is one of ``lemmas``, in document order."""
    return _among(_indexes(doc)[0], lemmas)


def with_lowers(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-case form is one of ``words``, in document order."""
    return _among(_indexes(doc)[1], words)


def with_pos(doc: Doc, tags: Collection[str]) -> list[Token]:
    """The tokens whose coarse part of speech is one of ``tags``, in document order."""
    return _among(_indexes(doc)[2], tags)
