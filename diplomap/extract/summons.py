"""A state calling in another state's envoy: "India summoned Pakistani ambassador X", "the ministry
summoned China's ambassador, Y, to protest", "Z was summoned to the Foreign Ministry": the envoy is told
something in person, a meeting of the two (GUIDELINES: an in-person meeting; PETRARCH codes the verb as a
demand and PLOVER as a disapproval, but the analyst's map wants the face-to-face contact). Not "summoned the leaders to Addis Ababa for a summit": an invitation to
talks, read by the inviting frame (verb_parties)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .events import Event
from .mentions import ActorTable
from .participants import actors_of, subjects_of
from .placement import ENVOY_ROLES
from .triggers import Triggers


def summons_meetings(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, triggers.words["summoning_verb"]):
        if verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if not passive and any(p.dep_ == "prep" and p.lower_ in ("to", "for") and not _a_body(p, table)
                               for p in verb.children):
            continue  # "summoned X to Addis Ababa for a summit": an invitation
        envoys = [a for a in actors_of([c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")],
                                       table) if _envoy(a, table)]
        callers = [a for a in (_ministry(verb, table) if passive else subjects_of(verb, table)) if a not in envoys]
        envoys = [a for a in envoys if table.by_id[a].country is not None
                  and table.by_id[a].country not in {table.by_id[c].country for c in callers}]
        # another state's envoy; not "summoning Ambassador X and the other U.S. negotiators" home
        if envoys and callers:
            events.append(Event("meet", verb, callers + envoys, callers[0], envoys[0], subjects=tuple(callers)))
    return events


def _envoy(aid: str, table: ActorTable) -> bool:
    actor = table.by_id[aid]
    return actor.kind == "person" and actor.role is not None and actor.role.lower() in ENVOY_ROLES


def _a_body(prep: Token, table: ActorTable) -> bool:
    """"summoned X to the Foreign Ministry": where the envoy is told, not a gathering he is asked to."""
    return prep.lower_ == "to" and any(table.by_id[a].kind in ("organization", "country")
                                       for a in actors_of([c for c in prep.children if c.dep_ == "pobj"], table))


def _ministry(verb: Token, table: ActorTable) -> list[str]:
    """"X was summoned to the Foreign Ministry (in Beijing)": the body or state that called him in."""
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
            for a in actors_of([c for c in p.children if c.dep_ == "pobj"], table)
            if table.by_id[a].kind in ("organization", "country")]
