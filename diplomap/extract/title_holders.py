"""A person named through a misparsed title: "Swiss ambassador to Peru Rosa Fuentes"."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable


def title_holder(t: Token, table: ActorTable) -> list[str]:
    """"Swiss ambassador to Peru Rosa Fuentes", "President of Chile Rosa Fuentes": the parser hangs
    the name on the title's "to/of"; the title's holder is the person named there."""
    if t.i in table.token_actor or table.kb is None or t.pos_ not in ("NOUN", "PROPN") or not table.kb.title(t.text):
        return []
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "of")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i in table.token_actor):
            if table.by_id[table.token_actor[pobj.i]].kind == "person":
                return [table.token_actor[pobj.i]]
    return []
