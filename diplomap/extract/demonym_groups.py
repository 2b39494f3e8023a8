"""A people named by its place ("Hong Kongers", "New Yorkers", "Port Salvoans") is no person,
whatever label the NER gave it: a plural demonym of a state, or a place's name with a
demonym ending, where the place is a state, a known city or a place the article names."""
from __future__ import annotations

from spacy.tokens import Span

from .knowledge import Knowledge
from .meeting_places import PLACE_LABELS

ENDINGS = ("ers", "ians", "ans", "ites", "ns")
SOME_OF_THEM = ("relcl", "acl", "nummod", "amod", "appos", "quantmod")  # "the Syrians who fled", "the two Canadians"


def is_plural_demonym(span: Span, kb: Knowledge) -> bool:
    text = span.text
    if not text.endswith("s"):
        return False
    if kb.demonym(text) is not None:
        return True
    for ending in ENDINGS:
        stem = text[:-len(ending)]
        if len(stem) < 3 or not text.endswith(ending):
            continue
        if kb.country_of(stem) is not None or kb.city(stem) is not None or stem in _place_names(span.doc):
            return True
    return False


def stands_for_state(span: Span) -> bool:
    """"The North Koreans are not interested in talking", "talks with the Russians": a state's people
    named with "the" and nothing picking out some of them stands for its government, as diplomatic
    copy writes it; "Somalis arrived", "the Americans killed in the attack", "the Syrians who fled",
    "the two Canadians" stay a people."""
    root = span.root
    if span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    return not any(c.dep_ in SOME_OF_THEM or (c.dep_ == "prep" and c.lower_ in ("of", "from", "among"))
                   for c in root.children)  # "the Chileans of the north"; "talks with the Chileans in Quito" stay


def _place_names(doc) -> frozenset[str]:
    """The places the article names once its entities are repaired (``find_actors``), found once
    per doc: ``doc.ents`` builds every span on each call, and this is asked of every name ending
    in "s" ("Charles", "Jones")."""
    names = doc.user_data.get("diplomap_place_names")
    if names is None:
        names = doc.user_data["diplomap_place_names"] = frozenset(
            e.text for e in doc.ents if e.label_ in PLACE_LABELS)
    return names
