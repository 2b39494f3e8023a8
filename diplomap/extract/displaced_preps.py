"""A partner phrase the parser hangs away from its event noun: "talks last month between A and B" (on the
verb, past the date), "talks at the White House between A and B" (on the place), "his meeting, on April 5-6
in Ottawa, with X" (on a verb above, past a set-off when-and-where phrase). Each is the noun's."""
from __future__ import annotations

from spacy.tokens import Token


def displaced_partner_preps(noun: Token) -> list[Token]:
    """Every "with"/"between" preposition of the event noun ``noun`` that the parser hung elsewhere."""
    return [*between_past_a_date(noun), *between_past_a_place(noun), *past_set_off_setting(noun)]


def between_past_a_date(noun: Token) -> list[Token]:
    """"followed talks last month between A and B": the parser hangs "between" on the verb past the date;
    it is the event noun's."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") or noun.head.pos_ not in ("VERB", "AUX"):
        return []
    doc = noun.doc
    return [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "between" and p.i > noun.i
            and all(t.ent_type_ in ("DATE", "TIME") for t in doc[noun.right_edge.i + 1:p.i])]


def past_set_off_setting(noun: Token) -> list[Token]:
    """"before his annual meeting, on April 5-6 in Ottawa, with Prime Minister X": past a when-and-where
    phrase set off by commas the parser hangs "with" (or "between") on a verb above the event noun; it is the
    noun's."""
    if noun.pos_ != "NOUN":
        return []
    doc, end = noun.doc, noun.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return []
    for p in (p for a in noun.ancestors for p in a.children if p.dep_ == "prep" and p.lower_ in ("with", "between")):
        gap = doc[end + 1:p.i - 1]
        if p.i > end + 2 and doc[p.i - 1].text == "," and any(t.ent_type_ for t in gap) and all(
                t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or t.pos_ in ("ADP", "DET", "PUNCT", "NUM", "SYM")
                for t in gap):
            return [p]
    return []


def between_past_a_place(noun: Token) -> list[Token]:
    """"host talks at the White House between A and B": the parser hangs "between" on the place; it is the
    event noun's."""
    if noun.pos_ != "NOUN":
        return []
    places = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("at", "in") for o in p.children
              if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC", "ORG")]
    return [b for o in places for b in o.children if b.dep_ == "prep" and b.lower_ == "between"]
