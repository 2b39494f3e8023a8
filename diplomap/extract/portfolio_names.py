"""A ministry's name whose portfolio joins two fields with "and", which the NER cuts in two: "the Federal
Ministry for Economic Affairs" + "Climate Action", "Ministry of Foreign Affairs and" + "International
Cooperation". The second half names no body of its own (no org word, not a known name); joined back, the
body keeps its full name and the quote its speaker."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .knowledge import Knowledge

PORTFOLIO_PREPS = ("of", "for")


def join_portfolio_halves(doc: Doc, kb: Knowledge) -> None:
    """Join each pair of entities that are the two halves of one ministry's name."""
    ents = list(doc.ents)
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        first = ents[i]
        second = ents[i + 1] if i + 1 < len(ents) else None
        if second is not None and _halves(doc, first, second, kb):
            joined.append(Span(doc, first.start, second.end, label="ORG"))
            i += 2
            continue
        joined.append(first)
        i += 1
    if len(joined) != len(ents):
        doc.ents = joined


def _halves(doc: Doc, first: Span, second: Span, kb: Knowledge) -> bool:
    if first.label_ != "ORG" or second.label_ not in ("ORG", "NORP"):  # "East African Cooperation" read as NORP
        return False
    gap = doc[first.end:second.start]
    ends_in_and = first[-1].lower_ == "and" and not len(gap)
    if not (ends_in_and or len(gap) == 1 and gap[0].lower_ == "and"):
        return False
    portfolio = any(t.lower_ in kb.org_words and t.i + 1 < first.end and doc[t.i + 1].lower_ in PORTFOLIO_PREPS
                    for t in first)  # "Ministry of …", "Department for …"
    own_body = any(t.lower_ in kb.org_words for t in second) or kb.organization(second.text) is not None \
        or kb.country_of(second.text) is not None
    return portfolio and not own_body and all(t.is_title or t.is_upper for t in second if t.is_alpha)
