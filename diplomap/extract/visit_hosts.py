"""The host of a visit its noun names no destination for, in a wire story: "to coincide with the
visit of X", "X arrived on Sunday for a three-day visit", "visiting Secretary X said" in a story filed
from the host's capital."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .nlp import dateline_tokens, sentence_of
from .triggers import words


def dateline_state(place: list[Token], table: ActorTable) -> str | None:
    """The state of a dateline's place, an actor already or made one ("HANOI" in a story that
    never names Vietnam)."""
    if not place:
        return None
    host = table.actor_for(place[-1])
    if host is None and table.kb is not None:
        name = " ".join(t.text for t in place).title()
        country = table.kb.country_of(name) or table.kb.city(name)
        host = table.country_actor(country.iso3, name) if country else None
    return host


def named_owner(token: Token) -> bool:
    """"Holt's visit": a visitor named by a proper-noun possessor (a pronoun may be the subject's)."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)


def _visitor_named(token: Token) -> bool:
    """"the visit of X", "X's visit", "arrived for a visit": the visit's own phrase names who comes
    ("spoke of his recent visit" may be a visit anywhere)."""
    if named_owner(token):
        return True
    if any(p.dep_ == "prep" and p.lower_ in ("of", "by") and any(c.ent_type_ == "PERSON" for c in p.subtree)
           for p in token.children):
        return True
    if token.lower_ == "visiting" and not any(c.dep_ == "dobj" for c in token.children):
        return True  # "visiting U.S. Agriculture Secretary X said" (an adjective, or a verb without object)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in words("arrival_verb"):
        return True
    return _on_the_trip(token)


def _on_the_trip(token: Token) -> bool:
    """"X is on a tour of European capitals", "X, on the first leg of a tour", "X, heading a delegation currently
    on a lobbying tour": being on a trip (or on a stretch of it) says the clause's subject is the one travelling
    (not "commented on the visit": only "be", a name, or a participle on a name holds the phrase)."""
    t = token
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in words("phase_noun"):
        t = t.head.head  # "on the first leg of a tour"
    if t.dep_ != "pobj" or t.head.lower_ != "on":
        return False
    holder = t.head.head
    return holder.lemma_.lower() == "be" or holder.pos_ == "PROPN" or (
        holder.dep_ == "acl" and holder.tag_ == "VBG" and holder.head.pos_ == "PROPN")


def dateline_host(token: Token, visitors: list[str], table: ActorTable) -> tuple[list[str], str | None]:
    """The dateline's state for a visit by named visitors, when the sentence names no other state
    as a place (then the visit may be elsewhere: "during X's visit to Y last week")."""
    return _dateline_for(token, visitors, table) if visitors and _visitor_named(token) else ([], None)


def dateline_arrival(verb: Token, visitors: list[str], table: ActorTable) -> tuple[list[str], str | None]:
    """"X arrived yesterday" (no place) in a story filed from LIMA: X, an official of another known state,
    arrived there; "X arrived from Helsinki" too (where one comes from is no destination), and "X flew in from
    Tokyo for the talks" (a travel verb with a bare "in": ``origin_verb``)."""
    flew_in = verb.lemma_.lower() in words("origin_verb") and any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "in" and not list(c.children) for c in verb.children)
    if not (flew_in or verb.lemma_.lower() in words("arrival_verb")) or not visitors or any(
            c.dep_ in ("prep", "dobj", "advmod") and c.lower_ in ("in", "at", "to", "here", "there", "home", "back")
            and not (flew_in and c.lower_ == "in") for c in verb.children):
        return [], None
    if any(table.by_id[v].kind != "person" or table.by_id[v].country is None for v in visitors):
        return [], None
    dest, place = _dateline_for(verb, visitors, table)
    if dest and any(table.by_id[v].country == table.by_id[dest[0]].country for v in visitors):
        return [], None  # one's own state: home, no visit
    return dest, place


def _dateline_for(token: Token, visitors: list[str], table: ActorTable) -> tuple[list[str], str | None]:
    place = dateline_tokens(token.doc)
    host = dateline_state(place, table)
    if host is None or table.by_id[host].kind != "country":
        return [], None
    own = {table.by_id[v].country for v in visitors} | {table.by_id[host].country}
    for t in sentence_of(token):
        aid = table.actor_for(t) if t.ent_type_ in ("GPE", "LOC") and t.head.lower_ != "from" else None
        if aid and table.by_id[aid].kind == "country" and table.by_id[aid].country not in own:
            return [], None
    return [host], " ".join(t.text for t in place).title()
