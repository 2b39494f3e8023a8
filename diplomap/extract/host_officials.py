"""The host's officials on a visit: "X will be in Peking from April 21. He will meet Y, minister for
trade", "X will meet Ruritanian President A. He will also meet Finance Secretary B". A wire names
the officials a visitor meets by title alone; they serve the state the visit is in, not the
dateline's (the visitor's own capital)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .knowledge import Knowledge
from .mentions import ActorTable
from .nlp import entity_start, sentence_of
from .triggers import load_triggers


def host_state(aid: str | None, table: ActorTable, kb: Knowledge, visitor_state: str | None) -> str | None:
    """The state of a visit whose meetings name the person, when the person is the object of a
    meeting ("will meet Y", "held talks with Y") and the same or the sentence before puts the
    visit in one state ("in Peking", "In Ruritania, …") or names the one state whose officials it
    meets; never ``visitor_state``."""
    first = table.first_mention(aid, kind="name")
    if first is None or not _met(table.doc[first.start:first.end].root):
        return None
    guest = _meeting_subject(table.doc[first.start:first.end].root, table)
    if guest is not None and guest != visitor_state:
        return None  # "A, Ruritania's minister, met Trade Secretary B": the dateline's own official
    sent = sentence_of(table.doc[first.start])
    before = sentence_of(table.doc[sent.start - 1]) if sent.start > 0 else None
    tiers = [_visit_places(sent, table, kb), _visit_places(before, table, kb) if before is not None else set(),
             _met_states(sent, table, aid) | (_met_states(before, table, aid) if before is not None else set())]
    for states in tiers:
        states.discard(visitor_state)
        if states:
            return states.pop() if len(states) == 1 else None
    return None


def _clause_token(token: Token) -> Token:
    while token.head != token and (token.dep_ in ("conj", "appos", "compound", "flat")
                                   or token.dep_ == "nmod" and token.head.ent_type_ == "PERSON"):
        token = token.head  # "meet Secretary A and Secretary B": A parsed as B's nmod
    return token


def _met(token: Token) -> bool:
    """Object of a meeting: "meet Y", "talks with Y", "hold meetings with Y"."""
    trig = load_triggers()
    token = _clause_token(token)
    if token.dep_ == "dobj":
        return trig.verbs.get(token.head.lemma_) == "meet"
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        host = token.head.head
        return trig.verbs.get(host.lemma_) == "meet" or trig.nouns.get(host.lemma_) in ("meet", "negotiate")
    return False


def _meeting_subject(token: Token, table: ActorTable) -> str | None:
    """The state of the named subject of the meeting verb, if any ("Baldrige will meet …")."""
    verb = _clause_token(token).head
    while verb.dep_ == "prep" or (verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj")):
        verb = verb.head
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            aid = table.token_actor.get(c.i)
            actor = table.by_id.get(aid) if aid else None
            return actor.country if actor is not None and actor.kind == "person" else None
    return None


def _visit_places(sent: Span, table: ActorTable, kb: Knowledge) -> set[str]:
    """States of the places a sentence puts its subject "in" ("will be in Peking", "In Hong Kong, …")."""
    out = set()
    for t in sent:
        if t.dep_ != "pobj" or t.head.lower_ != "in" or t.ent_type_ not in ("GPE", "LOC"):
            continue
        aid = table.token_actor.get(t.i)
        actor = table.by_id.get(aid) if aid else None
        if actor is not None:
            if actor.kind == "country" and actor.country:
                out.add(actor.country)
            continue
        text = t.doc[entity_start(t):t.i + 1].text
        found = kb.country(text) or kb.capital(text) or kb.city(text)
        if found is not None:
            out.add(found.iso3)
    return out


def _met_states(sent: Span, table: ActorTable, aid: str | None) -> set[str]:
    """States of the other persons a sentence says are met ("will meet Ruritanian President A")."""
    out = set()
    for m in table.mentions:
        actor = table.by_id.get(m.actor_id)
        if sent.start <= m.start < sent.end and m.kind == "name" and m.actor_id != aid \
                and actor is not None and actor.kind == "person" and actor.country \
                and _met(table.doc[m.start:m.end].root):
            out.add(actor.country)
    return out
