"""Talks of a story whose lead is a visit: "CARACAS - Ecuador's deputy minister arrived here for talks on
aid … Discussions are also under way to compensate Ecuador, officials said." In news style the lead sets the
story's two sides; talks that name no party, told after a lead whose news is one state's envoy visiting
another state, are between the two states (the visitor's and the host), as country actors; not talks
inside a quotation, nor talks whose modifiers name their own sides ("U.S.-Japanese talks of this kind"). The lead whose
subject is two states is read in ``interactions._talks_of_the_story``; this is the same reading for a lead
told as a visit.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .interaction_frames import Event
from .mentions import ActorTable
from .nlp import dateline_tokens, quoted_tokens


def _lead(doc: Doc) -> Span | None:
    """The first sentence past a dateline."""
    place = dateline_tokens(doc)
    return next((s for s in doc.sents if not all(t in place or t.is_punct or t.ent_type_ == "DATE" for t in s)),
                None)


def _lead_visit(events: list[Event], lead: Span, table: ActorTable) -> list[str]:
    """The visitor's state and the host state of the one visit the lead tells, else none."""
    trips = {(e.source, e.target) for e in events if e.type == "visit" and lead.start <= e.trigger.i < lead.end
             and e.source and e.target and table.by_id[e.target].kind == "country"}
    if len(trips) != 1:
        return []
    source, host = trips.pop()
    if source is None or host is None:
        return []
    visitor = table.by_id[source]
    if visitor.kind != "person" or not visitor.country or visitor.country == table.by_id[host].country:
        return []
    return [table.country_actor(visitor.country), host]


def _names_a_side(word: Token, table: ActorTable) -> bool:
    """"U.S.-Japanese talks", "Ecuador's talks": a word naming a state, a body or a person."""
    return word.i in table.token_actor or bool(word.ent_type_) or any(ch.isupper() for ch in word.text[1:])


def _own_sides(talks: Token, table: ActorTable) -> bool:
    """Talks whose modifiers, or the word right before them, name their own sides."""
    mods = [c for c in talks.children if c.dep_ in ("amod", "compound", "poss")]
    return any(_names_a_side(w, table) for w in [*mods, *talks.doc[max(talks.i - 1, 0):talks.i]])


def talks_of_the_visit(events: list[Event], doc: Doc, table: ActorTable) -> None:
    """Give bare talks told after a visiting lead the visitor's and the host's states."""
    quoted = quoted_tokens(doc)
    bare = [e for e in events if e.type == "negotiate" and not e.actors and e.trigger.pos_ == "NOUN"
            and e.trigger.dep_ in ("nsubj", "nsubjpass") and e.trigger.i not in quoted
            and not _own_sides(e.trigger, table)]
    lead = _lead(doc) if bare else None
    if lead is None:
        return
    parties = _lead_visit(events, lead, table)
    for ev in bare if parties else []:
        if ev.trigger.i >= lead.end:
            ev.actors = list(parties)
            ev.source, ev.target = parties
