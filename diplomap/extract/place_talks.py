"""Talks whose other side is named only by where they were held, and meetings told with "see".

"X, here after talks in the United States, the EC and Thailand", "the firm was due to take part in
talks in Japan": when talks have one named party, a state or body they are "in" is the other side
(the host government), one meeting each; a city ("talks in Geneva") stays a venue, and talks that
already name two parties ("A and B prepared for talks in Saudi Arabia") keep the place as a venue, as
does a gathering ("will attend a conference in Peru").
"The secretary is expected to see Finance Minister A and Chancellor B": "see" with people as its
object is a meeting with each (``seeing_verb``); "saw A as a rival" or "see the results" is none.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .coordination import gapped_objects
from .doc_index import with_lemmas
from .events import Event
from .knowledge import Knowledge
from .mentions import ActorTable
from .nlp import entity_end, entity_start
from .participants import OBJ_DEPS, actors_of, subjects_of
from .triggers import words

TALK_KINDS = ("negotiate",)  # "a conference in Peru" is a gathering held there, not talks with Peru


def talks_in_states(events: list[Event], table: ActorTable, kb: Knowledge) -> list[Event]:
    """A one-party noun event ("talks in Japan") becomes one event with each state or body it is in."""
    out: list[Event] = []
    visitors = {e.trigger.i: e.source for e in events if e.type == "visit" and e.source}
    for ev in events:
        if ev.type in TALK_KINDS and not ev.actors and _visit_after(ev.trigger) in visitors:
            ev.actors = [visitors[_visit_after(ev.trigger)]]  # "X, here on a visit after talks in A"
        if ev.type not in TALK_KINDS or ev.trigger.pos_ != "NOUN" or len(ev.actors) != 1 \
                or _sitting_body(ev.actors[0], table, kb):
            out.append(ev)
            continue
        places = [a for a in _in_places(ev.trigger, table, kb) if a not in ev.actors]
        out.extend(Event(ev.type, ev.trigger, [ev.actors[0], p], ev.actors[0], p, subjects=(ev.actors[0],),
                         status=ev.status) for p in places)
        if not places:
            out.append(ev)
    return out


def _in_places(trigger: Token, table: ActorTable, kb: Knowledge) -> list[str]:
    objs = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj"]
    if objs:  # "talks in A, the EC and Thailand": the parser may join the list's rest to "talks"
        objs += [c for c in trigger.children if c.dep_ == "conj" and c.ent_type_ in ("GPE", "ORG")]
    found: list[str] = []
    for obj in _with_conjuncts(objs):
        ent = _entity_text(obj)
        for aid in actors_of([obj], table) if ent and not _a_city(ent, kb) else []:
            if table.by_id[aid].kind in ("country", "organization") and aid not in found:
                found.append(aid)
    return found


def _visit_after(trigger: Token) -> int:
    """The visit noun that "after/before talks" hangs on ("a visit after talks in A"), or -1."""
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ in words("event_prep") and prep.head.pos_ == "NOUN":
        return prep.head.i
    return -1


def _sitting_body(aid: str, table: ActorTable, kb: Knowledge) -> bool:
    """"EC ministers ended talks in Luxembourg": an international body's talks in a place are its own
    sitting held there, not talks with the host."""
    actor = table.by_id[aid]
    org = kb.organization(actor.name) if actor.kind == "organization" else None
    return org is not None and org.country is None


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    todo = list(tokens)
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _entity_text(token: Token) -> str | None:
    """The name a place phrase carries ("the European Community", "the United States")."""
    if token.ent_type_ not in ("GPE", "ORG", "LOC", "NORP"):
        return None
    return token.doc[entity_start(token):entity_end(token)].text


def _a_city(name: str, kb: Knowledge) -> bool:
    """"talks in Luxembourg", "talks in Washington": a capital or city names the venue."""
    bare = name[4:] if name.lower().startswith("the ") else name
    return bool(kb.capital(bare) or kb.city(bare))


def seeing_meetings(doc: Doc, table: ActorTable) -> list[Event]:
    """"X is expected to see Minister A and Chancellor B": one planned or past meeting with each person."""
    events: list[Event] = []
    for verb in with_lemmas(doc, words("seeing_verb")):
        if verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") and c.pos_ not in ("PROPN", "NOUN")
               or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue  # "saw A as a rival", "saw A leave"; not "saw A on Tuesday and B on Wednesday", B a clause to the parser
        seen = actors_of([c for c in verb.children if c.dep_ in OBJ_DEPS] + gapped_objects(verb), table)
        people = [a for a in seen if table.by_id[a].kind == "person"]
        if not people or len(people) != len(seen):
            continue
        subj = [a for a in subjects_of(verb, table) if table.by_id[a].kind in ("person", "country")
                and a not in people][:1]
        events.extend(Event("meet", verb, subj + [p], subj[0], p, subjects=tuple(subj)) for p in people if subj)
    return events
