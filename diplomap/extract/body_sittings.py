"""The body a gathering noun's "of" phrase names: "is going to Washington for meetings of the IMF", "left
for Geneva for a meeting of the GATT council", "would seek it at talks this month of OPEC's pricing
committee". Whoever travels to, attends or acts at such a gathering meets the body (GUIDELINES: a
summit is one entry with every named participant); a body's own committee that the story does not
name as an actor stands for the body whose possessive names it.

Only organisations of the knowledge base count: "a meeting of the ministers", "talks of the two sides"
name people, not a body, and "the meeting of the board" no body the story can place.
"""
from __future__ import annotations

from spacy.tokens import Token

from .coordination import expand
from .gathering_press import of_objects
from .knowledge import Knowledge
from .mentions import ActorTable
from .participants import known_body

OWNER_DEPS = ("poss", "compound")
CLAUSE_LINKS = ("xcomp", "conj", "advcl")  # "leaves to attend", "wanted ... and would seek"
PRESENCE_PREPS = ("for", "at", "to", "in", "during")  # going for it, acting at or during it


def _body_at(t: Token, table: ActorTable) -> str | None:
    """The organisation a word of the "of" phrase names, or the one that owns it ("OPEC's committee")."""
    aid = table.actor_for(t)
    if aid is not None:
        return aid if table.by_id[aid].kind == "organization" else None
    return next((o for c in t.children if c.dep_ in OWNER_DEPS and (o := table.actor_for(c)) is not None
                 and table.by_id[o].kind == "organization"), None)


def _own_clause(noun: Token) -> bool:
    """The noun is the object of a verb whose subject the clause names ("X is going to Lima for meetings of
    the IMF", "Ecuador ... would seek it at talks of OPEC's committee"), not of one read off a noun it
    describes ("ministers held to prepare for the talks at meetings of the IMF": the ministers' own
    gathering prepares for those meetings, none of them is said to go)."""
    if noun.dep_ == "pobj" and noun.head.lower_ not in PRESENCE_PREPS:
        return False  # "an economist said after a meeting of EC ministers": not there
    v = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    for _ in range(3):
        if v is None or v.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return True
        v = v.head if v.dep_ in CLAUSE_LINKS and v.head != v else None
    return False


def of_bodies(noun: Token, table: ActorTable, kb: Knowledge) -> list[str]:
    """The known bodies whose gathering ``noun`` is by its "of" phrase, each of a coordination
    ("meetings of the Interim Committee and the Development Committee": both)."""
    found: list[str] = []
    for obj in of_objects(noun):
        for t in expand(obj):
            aid = _body_at(t, table)
            if aid is not None and aid not in found and known_body(table, aid, kb):
                found.append(aid)
    return found


def sitting_parties(noun: Token, kind: str, table: ActorTable, kb: Knowledge, parts: list[str],
                    withs: list[str]) -> tuple[list[str], list[str]]:
    """The parties and partners of a meeting noun with the bodies of its "of" phrase added as partners,
    when the noun already has a party of its own (the traveller, the subject at the meeting): one who
    only speaks of "the meeting of NATO" takes no part in it (no speaker stands in as its holder)."""
    if kind not in ("meet", "negotiate") or not parts or not _own_clause(noun):
        return parts, withs
    bodies = [b for b in of_bodies(noun, table, kb) if b not in parts]
    return parts + bodies, withs + bodies
