"""Where a meeting is held, as against who takes part: "the Lima summit", "the G-7 Washington
talks" name the place; "Peruvian talks", "U.S.-Japan talks" name the parties; and the place a
phrase names ("in 2019" is a date, "at the Elysee Palace" a seat of power)."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import Knowledge, load_knowledge
from .nlp import entity_start

PLACE_LABELS = ("GPE", "LOC", "FAC")  # the NER labels of places


def names_a_city(mod: Token, kb: Knowledge) -> bool:
    """"the Lima summit", "the G-7 Washington talks": a city modifying a meeting noun is where it is
    held; only a state's own name or demonym ("Peruvian talks", "U.S.-Japan talks") names a party."""
    if mod.dep_ != "compound" or mod.ent_type_ not in ("GPE", "LOC"):
        return False
    end = mod.i + 1
    while end < len(mod.doc) and mod.doc[end].ent_iob_ == "I":
        end += 1
    name = mod.doc[entity_start(mod):end].text
    return kb.country(name) is None and kb.demonym(name) is None and bool(kb.capital(name) or kb.city(name))


def venue(t: Token) -> bool:
    """"met in Quito", "talks at Geneva": a place where something happened, not a side of it."""
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near") and t.ent_type_ in PLACE_LABELS



def place_text(token: Token) -> str | None:
    """The place a phrase names: a place entity ("in 2019" is a date, not a place), or a
    seat of power the ruler tags as an organisation ("at the Elysee Palace")."""
    doc = token.doc
    for t in [token, *(c for c in token.children if c.dep_ in ("compound", "amod"))]:
        if t.ent_type_ in PLACE_LABELS or (t.ent_type_ == "ORG" and _is_seat(t)):
            if t.i != token.i and token.ent_type_ == "":  # "the Elysee Palace": the whole phrase
                start = min(c.i for c in token.children if c.dep_ in ("compound", "amod"))
                return doc[start:token.i + 1].text
            return _entity_at(t).text
    return None


def _entity_at(token: Token):
    start = entity_start(token)
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return token.doc[start:end]


def _is_seat(token: Token) -> bool:
    return load_knowledge().metonym(_entity_at(token).text) is not None
