"""A ministry's name whose portfolio joins two fields with "and", which the NER cuts in two: "the Federal
Ministry for Economic Affairs" + "Climate Action", "Ministry of Foreign Affairs and" + "International
Cooperation". The second half names no body of its own (no org word, not a known name); joined back, the
body keeps its full name and the quote its speaker. So does a body's name the NER ends on "of the", before
the state or body it belongs to ("the Operational Command of the" + "Polish" + "Armed Forces")."""
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


def join_of_cuts(doc: Doc, kb: Knowledge) -> None:
    """Join an ORG entity ending on a body word with the state an "of" phrase after it names ("the Central Bank"
    + "of the" + "Russian Federation"), and one that ends on "of" or "of the" with the names that follow it
    or with only capitalised words, hyphens and "and" between them ("The Operational Command of the" + "Polish"
    + "Armed Forces"; "Game Working Committee of the" + "China" + "Audio-Video and" + "Digital Publishing Association")."""
    ents = list(doc.ents)
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        first, j = ents[i], i + 1
        nxt = ents[j] if j < len(ents) else None
        if nxt is not None and first.label_ == "ORG" and first[-1].lower_ in kb.org_words and nxt.label_ == "GPE" \
                and doc[first.end:nxt.start].text.lower() in ("of", "of the") and first[-1].is_title:
            joined.append(Span(doc, first.start, nxt.end, label="ORG"))  # "the Central Bank" "of the" "Russian Federation"
            i += 2
            continue
        if first.label_ == "ORG" and len(first) > 2 and "of" in (first[-1].lower_, first[-2].lower_) \
                and first[-1].is_lower and all(t.is_title for t in first[:-2] if t.is_alpha and t.lower_ != "the"):
            while j < len(ents) and ents[j].label_ in ("ORG", "NORP", "GPE") and ents[j][0].lower_ != "the" \
                    and _name_gap(doc[ents[j - 1].end:ents[j].start]):
                j += 1  # not "the Cato Institute of" + "Washington" + "and the Fraser Institute": another body
        joined.append(Span(doc, first.start, ents[j - 1].end, label="ORG") if j > i + 1 else first)
        i = j
    if len(joined) != len(ents):
        doc.ents = joined


def _name_gap(gap: Span) -> bool:
    return len(gap) <= 5 and all(t.is_title or t.text in ("-", "&") or t.lower_ == "and" for t in gap)


def join_for_tails(doc: Doc) -> None:
    """"Congress" + "for Democratic Change", "Movement" + "for Justice and Equality": an ORG entity followed by
    "for" and capitalised words no entity holds is one name (else "Congress" alone is the U.S. Congress)."""
    ents = list(doc.ents)
    out: list[Span] = []
    for k, ent in enumerate(ents):
        end = ent.end
        if ent.label_ == "ORG" and end + 1 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].is_title:
            j = end + 1
            while j < len(doc) and not doc[j].ent_type_ and (doc[j].is_title or doc[j].lower_ == "and"):
                j += 1
            stop = ents[k + 1].start if k + 1 < len(ents) else len(doc)
            if j > end + 1 and doc[j - 1].is_title and j <= stop:
                out.append(Span(doc, ent.start, j, label="ORG"))
                continue
        out.append(ent)
    if out != ents:
        doc.ents = out

