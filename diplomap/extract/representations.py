"""Whom a state sends, told as "<state> was represented by X": "Egypt was represented by Foreign Minister
A and Water Minister B, Sudan by C, and Ethiopia by D" (the gapped parts too): each person named in a
"by" phrase is of the state named right before it. An explicit statement of whom a person serves,
so it beats the story's context."""
from __future__ import annotations

from .mentions import ActorTable


def place_by_representation(table: ActorTable) -> None:
    doc = table.doc
    for verb in (t for t in doc if t.lemma_.lower() == "represent" and t.tag_ == "VBN"
                 and any(c.dep_ == "auxpass" for c in t.children)):
        subject = next((table.actor_for(c) for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or table.by_id[subject].kind != "country":
            continue
        state = subject
        for t in doc[verb.i + 1:verb.sent.end]:
            aid = table.token_actor.get(t.i)
            if aid is None or aid not in table.by_id:
                continue
            actor = table.by_id[aid]
            if actor.kind == "country" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "by":
                state = aid  # "…, Sudan by C": the gapped part's own state
            elif actor.kind == "person":
                actor.country = table.by_id[state].country
                table.unplaced.discard(actor.id)
