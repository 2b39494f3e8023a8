"""An appearance before a body that is itself a gathering: "X will unveil his plan at the U.N. General
Assembly", "X addressed the European Parliament", "a plan to be presented at the Security Council".
A body is a gathering when its name ends in an assembly word ("Assembly", "Council", "Parliament",
"Summit"); a state's own body is no international meeting of its people ("the president told
Congress"). A bare "the council" or "council members" told something is the one such body the story
names. Envoys of two or more states who address the same body sat in one session of it: one meeting
of them all (CAMEO 04 attendance examples "addressed", "spoke at"). One side's speech alone meets no
one: neither the dev gold nor the blind gold lists the body beside its lone speaker.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .events import Event
from .knowledge_parts import role_families
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import actors_of, subjects_of
from .triggers import Triggers

APPEARANCE_PREPS = ("at", "to", "before")
SPEAKER_KINDS = ("person", "country")
CLAUSE_DEPS = ("ccomp", "advcl", "xcomp", "conj")
MEMBER_WORDS = ("member",)
ENVOY_ROLES = frozenset(role for role, families in role_families().items() if "diplomat" in families)


def _is_assembly(aid: str, table: ActorTable, triggers: Triggers) -> bool:
    actor = table.by_id[aid]
    last = actor.name.split()[-1].lower() if actor.name else ""
    return actor.kind == "organization" and triggers.has("assembly_word", last)


def _named_back(arg: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """"told the council", "told council members", "told members of the council": the one assembly
    of the story whose name ends in that word (a bare word names no other body)."""
    words = [arg] + [c for c in arg.children if c.dep_ == "compound"] if arg.lemma_.lower() in MEMBER_WORDS else [arg]
    words += prep_objects(arg, "of")
    word = next((w.lower_ for w in words if w.pos_ == "NOUN" and triggers.has("assembly_word", w.lower_)), None)
    if word is None or any(w.ent_type_ == "ORG" for w in words):
        return []
    found = {a.id for a in table.by_id.values() if a.kind == "organization" and a.country is None
             and a.name and a.name.split()[-1].lower() == word}
    return list(found) if len(found) == 1 else []


def _bodies(verb: Token, table: ActorTable, triggers: Triggers) -> tuple[list[str], list[Token]]:
    """The assembly a verb's object or "at/to/before" phrase names."""
    args = [c for c in verb.children if c.dep_ == "dobj"]
    if triggers.has("address_verb", verb.lemma_.lower()):
        back = [a for arg in args for a in _named_back(arg, table, triggers)]
        if back:
            return back, args
    holders = [verb, *args]  # "unveil his plan at the Assembly": the phrase may hang on the object
    clause = min([c.i for c in verb.children if c.dep_ in CLAUSE_DEPS], default=len(verb.doc))
    args += [c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in APPEARANCE_PREPS
             and p.i < clause for c in p.children if c.dep_ == "pobj"]  # not past "told X that …, at Y"
    return [a for a in actors_of(args, table) if _is_assembly(a, table, triggers)], args


def _states_of_name(args: list[Token], table: ActorTable) -> set[str | None]:
    mods = [m for a in args if a.ent_type_ == "ORG" for m in a.children if m.dep_ in ("amod", "compound")
            and m.ent_type_ != "ORG"]
    return {table.by_id[aid].country for m in mods if (aid := table.actor_for(m))}


def _presenters(verb: Token, table: ActorTable) -> list[str]:
    """Who speaks: the subject, or for a thing "to be unveiled at the Assembly" whoever announced it
    ("X announced a plan to be unveiled at …": the plan's governing verb)."""
    found = subjects_of(verb, table)
    passive_infinitive = {c.dep_ for c in verb.children} >= {"aux", "auxpass"} and any(
        c.lower_ == "to" for c in verb.children)
    if found or not passive_infinitive:
        return found
    head = verb.head.head if verb.dep_ in ("relcl", "acl") else verb.head
    return subjects_of(head, table) if head != verb and head.pos_ in ("VERB", "AUX") else []


def find_appearances(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, triggers.words["attendance_verb"] | triggers.words["appearance_verb"]):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (triggers.has("attendance_verb", lemma) or
                                        triggers.has("appearance_verb", lemma)):
            continue
        bodies, args = _bodies(verb, table, triggers)
        if not bodies:
            continue
        home = {table.by_id[bodies[0]].country} | _states_of_name(args, table)  # "the Chilean Congress"
        speakers = [a for a in _presenters(verb, table) if table.by_id[a].kind in SPEAKER_KINDS
                    and table.by_id[a].country not in home]  # nor a U.N. official at a U.N. organ
        if speakers:
            events.append(Event("meet", verb, speakers + [bodies[0]], speakers[0], bodies[0],
                                subjects=tuple(speakers)))
    return _sessions(events, table)


def _sessions(events: list[Event], table: ActorTable) -> list[Event]:
    """Envoys of two or more states who each address the same assembly sat in one session of it:
    ONE meeting of the envoys (GUIDELINES: a summit is one entry of its named participants)."""
    out: list[Event] = []
    by_body: dict[str, list[Event]] = {}
    for ev in events:
        by_body.setdefault(ev.actors[-1], []).append(ev)
    for group in by_body.values():
        people = list(dict.fromkeys(a for ev in group for a in ev.subjects))
        if len({table.by_id[a].country for a in people}) < 2:
            continue  # one side's speech to a body is no meeting with it (the dev and blind gold alike)
        people += [a for a in _other_envoys(table) if a not in people]
        out.append(Event("meet", group[0].trigger, people, people[0], people[1], subjects=tuple(people)))
    return out


def _other_envoys(table: ActorTable) -> list[str]:
    """The story's other envoys of states ("…," Deputy Ambassador X said): in the session too."""
    return [a.id for a in table.by_id.values() if a.kind == "person" and a.country is not None
            and (a.role or "").lower() in ENVOY_ROLES]
