"""Talks a story tells after its lead without naming a party ("Talks are due to begin in Moscow on
Wednesday", "The talks focused on trade"): the lead names who holds them — the two states it has as its
subject, or a visitor it brings to a host named beside the visit ("X arrived in Nairobi at the invitation
of Kenyan Foreign Minister Y"); and a meeting noun naming only one of the host state's people ("A meeting
with Foreign Minister Y was not possible") is the lead's visitor's."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .events import Event
from .mentions import ActorTable
from .nlp import dateline_tokens
from .participants import subjects_of

BARE_KINDS = ("negotiate", "meet")


def talks_of_the_story(events: list[Event], doc: Doc, table: ActorTable) -> None:
    """Give bare talks after the lead the lead's two states, else its visitor and named host."""
    bare = [e for e in events if e.type in BARE_KINDS and not e.actors and e.trigger.pos_ == "NOUN"
            and e.trigger.dep_ in ("nsubj", "nsubjpass")]
    one_sided = [e for e in events if e.type in BARE_KINDS and len(e.actors) == 1 and e.trigger.pos_ == "NOUN"
                 and table.by_id[e.actors[0]].kind == "person"]
    lead = _lead(doc) if bare or one_sided else None
    if lead is None:
        return
    parties = _lead_states(lead, table) or _visitor_and_host(lead, events, table)
    for ev in bare if parties else []:
        if ev.trigger.i >= lead.end:
            ev.actors = list(parties)
    visitor, host_state = (_lead_visit(lead, events, table) if one_sided else None) or (None, None)
    for ev in one_sided:
        if visitor and host_state and ev.trigger.i >= lead.end and table.by_id[ev.actors[0]].country == host_state:
            ev.actors = [visitor, ev.actors[0]]


def _lead(doc: Doc) -> Span | None:
    """The first sentence past a dateline."""
    place = dateline_tokens(doc)
    return next((s for s in doc.sents if not all(t in place or t.is_punct or t.ent_type_ == "DATE" for t in s)),
                None)


def _lead_states(lead: Span, table: ActorTable) -> list[str]:
    """The two states the lead has as its subject ("Egypt and the Soviet Union are expected to sign …")."""
    for verb in [lead.root, *(c for c in lead.root.children if c.dep_ == "ccomp")]:  # "…, officials said"
        subj = subjects_of(verb, table)
        if len(subj) == 2 and all(table.by_id[a].kind == "country" for a in subj):
            return subj
    return []


def _lead_visit(lead: Span, events: list[Event], table: ActorTable) -> tuple[str, str | None] | None:
    """The one person who visits a state in the lead, and that state's code."""
    visits = [e for e in events if e.type == "visit" and lead.start <= e.trigger.i < lead.end and e.target
              and table.by_id[e.target].kind == "country" and e.subjects]
    visitors = {s for e in visits for s in e.subjects if table.by_id[s].kind == "person"}
    targets = {e.target for e in visits if e.target is not None}
    if len(targets) != 1 or len(visitors) != 1:  # "arrived … for a four-day visit": one trip
        return None
    return visitors.pop(), table.by_id[targets.pop()].country


def _visitor_and_host(lead: Span, events: list[Event], table: ActorTable) -> list[str]:
    """The one person who visits a state in the lead and the one person of that state it names."""
    visit = _lead_visit(lead, events, table)
    if visit is None:
        return []
    visitor, host_state = visit
    hosts = {m.actor_id for m in table.mentions if lead.start <= m.start < lead.end
             and table.by_id[m.actor_id].kind == "person" and table.by_id[m.actor_id].country == host_state}
    return [visitor, *hosts] if len(hosts) == 1 else []
