"""A state's institutions named in lower case after a demonym or a country: "the Pakistani
military said", "Iran's foreign ministry", "the U.S. embassy". They are organisations of
that state that speak and act for themselves (state_organs.txt), not the state."""
from __future__ import annotations

from ..ids import slug
from ..models import Actor
from .knowledge import Knowledge, normalize
from .mentions import ActorTable, Mention

MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")


def add_state_organs(table: ActorTable, kb: Knowledge) -> None:
    doc = table.doc
    by_key: dict[tuple[str, str], str] = {}
    for m in list(table.mentions):
        state = table.by_id[m.actor_id]
        root = doc[m.start:m.end].root
        head = root.head
        if state.kind != "country" or not state.country or root.dep_ not in MODIFIER_DEPS \
                or head.i < m.end or head.i - m.end > 3 or head.i in table.token_actor:
            continue
        words = [t for t in doc[m.end:head.i + 1] if t.tag_ != "POS"]
        phrase = normalize(" ".join(t.text for t in words))
        if not words or not all(t.is_lower for t in words) or phrase not in kb.state_organs:
            continue
        key = (state.country, phrase)
        aid = by_key.get(key)
        if aid is None:
            name = doc[m.start:head.i + 1].text
            aid = by_key[key] = slug(name)
            table.by_id.setdefault(aid, Actor(id=aid, name=name, kind="organization", country=state.country))
        table.organs.add(aid)
        table.by_id[aid].mentions += 1
        table.add_mention(Mention(words[0].i, head.i + 1, aid))
    table.mentions.sort(key=lambda m: m.start)
