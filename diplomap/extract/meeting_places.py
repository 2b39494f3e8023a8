"""Where a meeting is held, as against who takes part: "the Lima summit", "the G-7 Washington
talks" name the place; "Peruvian talks", "U.S.-Japan talks" name the parties."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import Knowledge
from .nlp import entity_start


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
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near") and t.ent_type_ in ("GPE", "LOC", "FAC")
