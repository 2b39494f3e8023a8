"""Adjectives that name one body ("Congressional leaders", "U.S. Congressional delegates"): the group
they modify is that body's people, as "Russian officials" are Russia's. The word is no entity to the
NER (or a people), so the body would be lost and its people read as their state."""
from __future__ import annotations

from ..ids import slug
from ..models import Actor
from .doc_index import doc_tokens
from .knowledge import Knowledge
from .mentions import ActorTable, Mention, is_group_noun

MODIFIER_DEPS = ("amod", "compound", "nmod")


def add_body_adjectives(table: ActorTable, kb: Knowledge) -> None:
    """A body adjective (body_adjectives.csv) modifying a plural group noun is a group mention of the body."""
    added = False
    for t in doc_tokens(table.doc):
        name = kb.body_adjectives.get(t.text.title() if t.is_lower else t.text)  # "congressional leaders" too
        if name is None or t.dep_ not in MODIFIER_DEPS or t.head.tag_ not in ("NNS", "NNPS") \
                or not is_group_noun(t.head, kb) or table.token_actor.get(t.i):
            continue
        org = kb.organization(name)
        if org is None:
            continue
        state = table.by_id.get(table.token_actor.get(t.i - 1, "")) if t.i > 0 else None
        if state is not None and state.kind == "country" and state.country != org.country:
            continue  # "Philippine Congressional leaders": another state's congress
        actor = next((a for a in table.by_id.values() if a.kind == "organization" and a.name == org.name), None)
        if actor is None:
            actor = table.by_id.setdefault(slug(org.name), Actor(id=slug(org.name), name=org.name, kind="organization",
                                                                country=org.country or None))
        actor.mentions += 1
        written = f"{table.doc[t.i - 1].text} {org.name}" if state is not None else None  # "U.S. Congress"
        if written and written != actor.name and written not in actor.aliases:
            actor.aliases.append(written)
        table.add_mention(Mention(t.i, t.i + 1, actor.id, kind="group"))
        added = True
    if added:
        table.mentions.sort(key=lambda m: m.start)
