"""A body's own committee or organ named under its possessive: "the International Monetary Fund's
Interim Committee meeting", "OPEC's pricing committee". The gathering is the committee's; the body
that owns it is no second party beside it (a minister attending the committee does not meet the Fund
as a whole, and the Fund does not meet its own committee). Likewise bodies that each hold their own sittings
("the IMF and World Bank annual meetings") do not meet one another there."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable


def parent_body(t: Token, table: ActorTable) -> bool:
    """``t`` is (in) the possessor of another body named after it in the same phrase, however the
    parser hangs the possessive."""
    aid = table.actor_at(t.i)
    if aid is None or table.by_id[aid].kind != "organization":
        return False
    while t.dep_ in ("compound", "flat") and table.actor_at(t.head.i) == aid:
        t = t.head  # "International" of "the International Monetary Fund's": the name's own root
    if t.dep_ != "poss":
        return False
    for u in t.doc[t.i + 1:t.head.i + 1]:
        owned = table.actor_at(u.i)
        if owned is not None and owned != aid and table.by_id[owned].kind == "organization":
            return True
    return False


def own_sittings(noun: Token, table: ActorTable) -> set[str]:
    """"before IMF and World Bank annual meetings", "the OPEC and OAPEC conferences opened": two or more
    bodies coordinated before a plural gathering noun each hold their own sitting (or one of their members),
    and do not meet one another there ("talks", plural only, and states — "Israeli and Egyptian talks" —
    still pair)."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() == "talk" or noun.lower_ == "talks":
        return set()
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    bodies = {a for m in mods for t in (m, *(c for c in m.children if c.dep_ == "conj"))
              for a in [table.actor_at(t.i)] if a and table.by_id[a].kind == "organization"}
    return bodies if len(bodies) >= 2 else set()
