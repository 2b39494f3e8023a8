"""Partners met each in a setting of their own: "met A on Monday and B on Tuesday", "met A in
Copenhagen and B in Oslo" are two meetings, not one of three. The parser often hangs the second
partner on the first setting's noun ("Monday … and B"), so it is looked for there too."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable

# prepositions of a meeting's time or place
SETTING_PREPS = ("on", "in", "at")


def setting_partners(verb: Token, table: ActorTable) -> list[Token]:
    """Persons coordinated with the noun of the verb's time or place phrase ("met A at the border and B at
    the lake": B hangs on "border"), when that noun is no actor itself."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in SETTING_PREPS]
    found = [c for p in preps for o in p.children if o.dep_ == "pobj" and o.i not in table.token_actor
             for c in o.children if c.dep_ == "conj" and c.i in table.token_actor
             and table.by_id[table.token_actor[c.i]].kind == "person"]
    seen = {table.token_actor[c.i] for c in found}
    return found + [t for p in preps for t in _after_and(p, table) if table.token_actor[t.i] not in seen]


def _after_and(prep: Token, table: ActorTable) -> list[Token]:
    """"met A on Friday and central bank governor B on Saturday", parsed as one phrase "on [Friday and
    … governor B]": the persons after the "and" of a phrase that opens on its time or place."""
    doc = prep.doc
    if prep.i + 1 >= len(doc) or doc[prep.i + 1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        return []
    words = list(prep.subtree)
    cut = next((t.i for t in words if t.dep_ == "cc" and t.lower_ == "and"), None)
    found: dict[str, Token] = {}
    for t in words:
        aid = table.token_actor.get(t.i)
        if cut is not None and t.i > cut and aid and table.by_id[aid].kind == "person":
            found.setdefault(aid, t)
    return list(found.values())


def own_setting(verb: Token, last: Token | None, t: Token) -> bool:
    """A time or place phrase of the verb or of the partner ``last``, between ``last`` and the next partner
    ``t``, closes ``last``'s own meeting."""
    return last is not None and any(p.dep_ == "prep" and p.lower_ in SETTING_PREPS and p.head in (verb, last)
                                    for p in t.doc[last.i + 1:t.left_edge.i])
