"""Where a trip's words name its stops beyond a "to" phrase or an object: the "of" or "through" phrase of a
journey through several places ("a tour of A, B and C": ``circuit_noun``), and places set in apposition to a
group noun ("visited OPEC members A, B and C", "flew to two Gulf states, A and B"), where the group (OPEC,
the Gulf) is no destination but the states named beside it are; and a leg added in a "with" aside ("flying to
Tokyo, with a possible visit to Canada"), made by the clause's own travellers."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .nlp import prep_objects
from .triggers import words


def circuit_stops(token: Token) -> list[Token]:
    """The stops a journey noun's own phrase names: "a tour of A and B", "a tour through A"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words("circuit_noun"):
        return []
    return prep_objects(token, "of", "through")


def with_aside(anchor: Token) -> bool:
    """"…flying to Tokyo, with a possible visit to Canada": a "with" phrase set off by a comma adds a leg to
    the clause's own trip (not "X disagreed with the trip": an opinion of someone else's)."""
    prep = anchor.head
    return anchor.dep_ == "pobj" and prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].text == ","


def apposed_states(target: Token, table: ActorTable) -> list[str]:
    """The states named in apposition to a common noun ("members Gabon, Algeria and Libya"), with their
    conjuncts; none for a proper name ("Paris, the French capital": the name is the place)."""
    if target.pos_ != "NOUN":
        return []
    found: list[str] = []
    for apposed in [c for c in target.children if c.dep_ == "appos"] + _hung_beside(target):
        for t in [apposed, *apposed.conjuncts]:
            aid = table.actor_for(t)
            if aid and table.by_id[aid].kind == "country" and aid not in found:
                found.append(aid)
    return found


def _hung_beside(target: Token) -> list[Token]:
    """The parser often hangs the apposed name on the verb instead ("visited OPEC members Gabon, ...": Gabon
    an adverbial of "visited"): a proper noun right after the object, attached to the object's own head."""
    doc = target.doc
    nxt = target.right_edge.i + 1
    if nxt >= len(doc):
        return []
    t = doc[nxt]
    while t.dep_ == "compound" and t.head.i > t.i:  # "Saudi Arabia": the name's last word
        t = t.head
    return [t] if t.pos_ == "PROPN" and t.head == target.head and t.dep_ in ("npadvmod", "appos", "dobj") else []
