"""Whom a state sends, told as "<state> was represented by X": "Egypt was represented by Foreign Minister
A and Water Minister B, Sudan by C, and Ethiopia by D" (the gapped parts too): each person named in a
"by" phrase is of the state named right before it. An explicit statement of whom a person serves,
so it beats the story's context. And "<state> sent a delegation led by X and Y": unplaced, they are
the sender's."""
from __future__ import annotations

from .delegations import led_by
from .mentions import ActorTable
from .participants import actors_of


def place_by_representation(table: ActorTable) -> None:
    """Each person of a "<state> was represented by …" sentence is of the state named before its phrase."""
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


def place_by_sending(table: ActorTable) -> None:
    """Unplaced persons a state sends, or who lead the delegation it sends, are of that state."""
    for verb in (t for t in table.doc if t.lemma_.lower() == "send" and t.pos_ == "VERB"):
        sender = next((table.actor_for(c) for c in verb.children if c.dep_ == "nsubj"), None)
        if sender is None or table.by_id[sender].kind != "country":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        led = [a for o in objects for a in actors_of(led_by(o), table)]
        for aid in led + actors_of(objects, table):
            actor = table.by_id[aid]
            if actor.kind == "person" and actor.country is None:
                actor.country = table.by_id[sender].country
                table.unplaced.discard(aid)

