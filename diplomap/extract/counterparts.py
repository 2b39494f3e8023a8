"""A person described as another's counterpart ("X met his Slovenian counterpart, Y") holds X's office on the
other side: the role, not the state, passes."""
from __future__ import annotations

from .mentions import ActorTable

OTHER_SIDE_NOUNS = ("counterpart",)  # "his counterpart X": the same office on the other side, not his state's


def counterparts_roles(table: ActorTable) -> None:
    """"X met his Slovenian counterpart, Y": Y holds X's office on the other side, when nothing else
    gave Y a role (read once pronouns are resolved: "his" is X)."""
    doc = table.doc
    for m in table.mentions:
        actor = table.by_id[m.actor_id]
        if actor.kind != "person" or actor.role or m.kind != "name":
            continue
        root = doc[m.start:m.end].root
        nouns = [root.head] if root.dep_ == "appos" else [c for c in root.children if c.dep_ == "appos"]
        nouns += [t for t in doc[max(m.start - 3, 0):m.start] if t.dep_ == "compound" and t.head.i >= m.start]
        for noun in (n for n in nouns if n.lemma_.lower() in OTHER_SIDE_NOUNS):
            owner = next((table.actor_at(c.i) for c in noun.children if c.dep_ == "poss"), None)
            if owner and owner != actor.id and table.by_id[owner].kind == "person" and table.by_id[owner].role:
                actor.role = table.by_id[owner].role
                break
