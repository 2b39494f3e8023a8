"""The gender a person's own words show, so that a pronoun agrees with whom it takes up: "she said"
never stands for the man named last, nor "he" for a woman. The words are a given name (the first of
the person's name: "Margaret", "Nikolai") and a courtesy word or title written right before a name or
beside it ("Mrs. Walsh", "Queen Beatrix", "spokeswoman Jane Allen", "Jane Allen, a spokeswoman"):
feminine_names.txt, masculine_names.txt. A person both lists mark, or neither, has no known gender."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .knowledge import Knowledge
from .knowledge_tables import normalize
from .mentions import ActorTable, Mention


def known_genders(table: ActorTable, kb: Knowledge) -> dict[str, str]:
    """Person id -> "f" or "m", for the persons whose name or its neighbours show it."""
    if not kb.feminine_names and not kb.masculine_names:
        return {}
    seen: dict[str, set[str]] = {}
    for m in table.mentions:
        actor = table.by_id[m.actor_id]
        if actor.kind != "person" or m.kind != "name":
            continue
        words = [actor.name.split()[0]] if actor.name.split() else []
        words += [t.text for t in _beside(table.doc, m)]
        marks = seen.setdefault(actor.id, set())
        for w in words:
            key = normalize(w)
            if key in kb.feminine_names:
                marks.add("f")
            if key in kb.masculine_names:
                marks.add("m")
    return {aid: next(iter(marks)) for aid, marks in seen.items() if len(marks) == 1}


def _beside(doc: Doc, m: Mention) -> list[Token]:
    """The word right before a name mention ("Mrs.", "Queen", "spokeswoman") and the common nouns set
    beside it in apposition ("X, a spokeswoman", "a spokeswoman, X")."""
    out = [doc[m.start - 1]] if m.start > 0 else []
    root = doc[m.start:m.end].root
    out += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.append(root.head)
    return out
