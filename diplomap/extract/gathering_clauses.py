"""A relative clause that places its subject at a gathering: "an emergency meeting, at which the Iraqi envoy
spoke", "a session during which X told the ministers" — the clause's own subject takes part in it (its
"at/during which" points back to the gathering noun it hangs on)."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .participants import actors_of

PLACING_PREPS = ("at", "during", "in")
RELATIVES = ("which", "whom")


def clause_attendees(noun: Token, table: ActorTable) -> list[str]:
    """The subjects of the relative clauses on ``noun`` whose "at/during which" phrase is the gathering."""
    found: list[str] = []
    for verb in (c for c in noun.children if c.dep_ == "relcl"):
        placed = any(p.dep_ == "prep" and p.lower_ in PLACING_PREPS and any(
            o.dep_ == "pobj" and o.lower_ in RELATIVES for o in p.children) for p in verb.children)
        if placed:
            found += [a for a in actors_of([c for c in verb.children if c.dep_ == "nsubj"], table) if a not in found]
    return found
