"""Where quotations are in a text: spans between quotation marks, by paragraph.

Pure text work, no NLP: used by ``quotes`` to find quotes and by ``actors`` so that a
name inside a quote is never taken as the antecedent of the "he" that attributes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS = {"“": "”", "«": "»", "‘": "’", "„": "“", "‹": "›"}


@dataclass
class Segment:
    start: int  # offsets of the quoted words, marks excluded
    end: int
    closed: bool  # False when the paragraph ended before a closing mark


def find_quote_segments(text: str) -> list[Segment]:
    """Spans of text inside quotation marks, paragraph by paragraph."""
    segments: list[Segment] = []
    pos = 0
    for para in text.split("\n"):
        segments.extend(_segments_in(para, pos))
        pos += len(para) + 1
    return segments


OPENERS = set(PAIRS) | {'"'}
CLOSERS = set(PAIRS.values()) | {'"'}
NEXT_OPENER = re.compile("[" + re.escape("".join(sorted(OPENERS))) + "]")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"])")


def _opens(para: str, i: int) -> bool:
    """A mark that starts a quote: at the start or after a space or bracket, before a word."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _closes(para: str, j: int) -> bool:
    """A mark that ends a quote: after a non-space, not an apostrophe inside a word."""
    before = para[j - 1] if j else " "
    after = para[j + 1] if j + 1 < len(para) else " "
    if para[j] == "’" and after.isalpha():
        return False
    if para[j] in "’”»›\"" and before.isspace() and after.isspace():
        return True  # "‘We are very concerned ’ In a statement", "… accords... "": a stray space before it
    return not before.isspace()


def _segments_in(para: str, offset: int) -> list[Segment]:
    """Quotes in one paragraph. Marks are paired by shape as well as by kind, so
    a story mixing straight and curly marks, or missing one closing mark, still
    yields its quotes: an unclosed quote ends at its first sentence end."""
    out = []
    i, n = 0, len(para)
    while i < n:
        found = NEXT_OPENER.search(para, i)  # skip to the next mark at C speed: most text has none
        if found is None:
            break
        i = found.start()
        ch = para[i]
        if (ch == "‘" and i and para[i - 1].isalnum()) or not (_opens(para, i) or i == 0):
            i += 1
            continue
        single = ch in "‘‹"
        closers = {"’", "›"} if single else {"”", '"', "»", "“"} - {ch} | ({'"'} if ch == '"' else set())
        j = i + 1
        end = None
        while j < n:
            c = para[j]
            if c in closers and _closes(para, j):
                end = j
                break
            if not single and c in OPENERS and c not in "‘" and _opens(para, j) and j > i + 1:
                inner = _inner_close(para, i, j)
                if inner is None:
                    break  # another quote opens: this one was never closed
                j = inner  # a quote inside the quote, marked with the same straight mark
            j += 1
        if end is None:
            stop = SENTENCE_END.search(para, i + 1, j if j < n else n)
            end = stop.start() + 1 if stop and j < n else j
            closed = False
            nxt = end
        else:
            closed = True
            nxt = end + 1
        start = i + 1
        if end > start and para[start:end].strip():
            out.append(Segment(offset + start, offset + end, closed=closed and end < n))
        i = max(nxt, i + 1)
    return out


def _inner_close(para: str, i: int, j: int) -> int | None:
    """The closing mark of a quote inside a quote when both use the straight mark — wire copy has no
    single marks: "We can't say "yes, we will" but it is being considered," an official said. The
    mark at ``j`` opens an inner quote when the next mark closes it and the one after closes the outer
    quote (a mark after a word); an outer quote never closed is followed by a mark that opens instead."""
    if para[i] != '"' or para[j] != '"':
        return None
    k = para.find('"', j + 1)
    if k < 0 or not _closes(para, k) or _opens(para, k):
        return None
    m = para.find('"', k + 1)
    if m < 0 or not _closes(para, m) or _opens(para, m):
        return None
    return k

