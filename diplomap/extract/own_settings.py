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
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in SETTING_PREPS
            for o in p.children if o.dep_ == "pobj" and o.i not in table.token_actor
            for c in o.children if c.dep_ == "conj" and c.i in table.token_actor
            and table.by_id[table.token_actor[c.i]].kind == "person"]


def own_setting(verb: Token, last: Token | None, t: Token) -> bool:
    """A time or place phrase of the verb or of the partner ``last``, between ``last`` and the next partner
    ``t``, closes ``last``'s own meeting."""
    return last is not None and any(p.dep_ == "prep" and p.lower_ in SETTING_PREPS and p.head in (verb, last)
                                    for p in t.doc[last.i + 1:t.left_edge.i])
