"""A people named by its place ("Hong Kongers", "New Yorkers", "Port Salvoans") is no person,
whatever label the NER gave it: a plural demonym of a state, or a place's name with a
demonym ending, where the place is a state, a known city or a place the article names."""
from __future__ import annotations

from spacy.tokens import Span

from .knowledge import Knowledge

ENDINGS = ("ers", "ians", "ans", "ites", "ns")
PLACE_LABELS = ("GPE", "LOC", "FAC")


def is_plural_demonym(span: Span, kb: Knowledge) -> bool:
    text = span.text
    if not text.endswith("s"):
        return False
    if kb.demonym(text) is not None:
        return True
    places = {e.text for e in span.doc.ents if e.label_ in PLACE_LABELS}
    for ending in ENDINGS:
        stem = text[:-len(ending)]
        if len(stem) < 3 or not text.endswith(ending):
            continue
        if stem in places or kb.country_of(stem) is not None or kb.city(stem) is not None:
            return True
    return False
