"""Acronyms that name no acting body: an outlet's ("the official Ruritanian News Agency
(RUNA)", "RUNA, the state news agency") or a thing's ("the special drawing right (SDR)",
"free trade agreements (FTA)"). The acronym spells the initials of the phrase beside it; that
phrase holds a media word (media_words.txt), is written in lower case, or ends in a word of
a document, policy or thing (not_org_words.txt)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .doc_index import doc_tokens
from .knowledge import Knowledge

FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "de", "&"})
KEY = "diplomap_acronym_things"
MAX_WORDS = 6


def is_acronym_thing(span: Span, kb: Knowledge) -> bool:
    """Whether ``span`` is one acronym that names an outlet or a thing in this document."""
    if len(span) != 1 or not acronym_shape(span.text) or kb.organization(span.text) is not None:
        return False
    found = span.doc.user_data.get(KEY)
    if found is None:
        found = span.doc.user_data[KEY] = _things(span.doc, kb)
    return span.text in found


def acronym_shape(text: str) -> bool:
    """Two to six capital letters: "RUNA", "MEND", "DHS"."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _things(doc: Doc, kb: Knowledge) -> frozenset[str]:
    out = set()
    for token in doc_tokens(doc):
        if not acronym_shape(token.text) or token.text in out:
            continue
        for marked, phrase in (_before(doc, token.i), _after(doc, token.i)):
            run = spelling_run(token.text, phrase)
            if run and _no_body(run, kb, marked):
                out.add(token.text)
    return frozenset(out)


def _before(doc: Doc, i: int) -> tuple[bool, list[Token]]:
    """The words right before the acronym: "… Agency (RUNA)", "… Agency, RUNA,", "… Agency RUNA"."""
    j = i - 1
    marked = j >= 0 and doc[j].text in ("(", ",")
    j -= marked
    words: list[Token] = []
    while j >= 0 and len(words) < MAX_WORDS and (doc[j].is_alpha or doc[j].text == "&"):
        words.insert(0, doc[j])
        j -= 1
    return marked, words


def _after(doc: Doc, i: int) -> tuple[bool, list[Token]]:
    """The words right after the acronym, up to a closing mark: "RUNA (Ruritanian News Agency)",
    "RUNA, the state-run Ruritanian News Agency,"."""
    j = i + 1
    if j >= len(doc) or doc[j].text not in ("(", ","):
        return False, []
    j += 1
    words: list[Token] = []
    while j < len(doc) and len(words) < MAX_WORDS + 2 and (doc[j].is_alpha or doc[j].text in ("&", "-")):
        words.append(doc[j])
        j += 1
    if j < len(doc) and doc[j].text not in (")", ",", ".", ";"):
        return True, []
    return True, words


def spelling_run(acronym: str, phrase: list[Token]) -> list[Token]:
    """The last words of the phrase, each giving the acronym the start of its spelling in turn
    ("Sudan News Agency": SUNA), that spell the acronym whole; none if no run does."""
    words = [t for t in phrase if t.lower_ not in FUNCTION_WORDS and t.is_alpha]
    for start in range(len(words) - 1, -1, -1):
        if _prefixes(acronym, [t.text for t in words[start:]]):
            return words[start:]
    return []


def _prefixes(acronym: str, words: list[str]) -> bool:
    if not words:
        return not acronym
    if not acronym:
        return False
    word = words[0].upper()
    return any(word[:k] == acronym[:k] and _prefixes(acronym[k:], words[1:])
               for k in range(1, min(len(word), len(acronym)) + 1))


def _no_body(words: list[Token], kb: Knowledge, marked: bool) -> bool:
    """An outlet's name ("Press Agency"); or, beside a bracket or comma, a thing's: lower case
    ("free trade agreements") or ending in a document's or policy's word, with no body word."""
    if any(t.lower_ in kb.media_words for t in words):
        return True
    if not marked or len(words) < 2 or any(t.lower_ in kb.org_words for t in words):
        return False
    return all(t.is_lower for t in words) or words[-1].lower_ in kb.not_org_words
