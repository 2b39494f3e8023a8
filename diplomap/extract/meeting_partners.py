"""The partner groups of one meeting verb: "met A, then B" and "met separately with A and B" are
a meeting each; "met officials in Madrid and Rome" is a meeting with each place's state."""
from __future__ import annotations

from spacy.tokens import Token

from .coordination import expand
from .mentions import ActorTable
from .nlp import prep_objects, repeated_preps
from .own_settings import own_setting, setting_partners
from .participants import OBJ_DEPS, SUBJ_DEPS, WITH_PREPS, actors_of, actors_of_token
from .triggers import words


def _object_roots(verb: Token, table: ActorTable) -> list[Token]:
    """The verb's objects, "with" objects and nouns coordinated with the verb itself
    ("met Weber on Monday and later Kiprono")."""
    roots = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    roots += prep_objects(verb, *WITH_PREPS)
    own = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in WITH_PREPS]
    hung = [w for p in verb.children if p.dep_ == "prep" and p.lower_ not in WITH_PREPS for o in p.children
            if o.dep_ == "pobj" for w in o.children if w.dep_ == "prep" and w.lower_ == "with"
            and w.i > verb.i]  # "spoke by telephone with A": the phrase hung on the medium
    more = hung + [r for p in own + hung for r in repeated_preps(p)]  # "with A and with B"
    roots += [c for p in more for c in p.children if c.dep_ == "pobj"]
    roots += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
              and c.i in table.token_actor and not any(g.dep_ in SUBJ_DEPS for g in c.children)]
    roots += setting_partners(verb, table)
    return sorted(roots, key=lambda t: t.i)


def partner_groups(verb: Token, table: ActorTable) -> list[list[str]]:
    """"Met A, then B", "met separately with A and B": one partner group per meeting;
    empty when the verb names a single meeting ("met A and B at a summit")."""
    separate = any(c.dep_ == "advmod" and c.lower_ in words("separate_word") or c.dep_ == "dobj" and c.lower_ == "each"
                   for c in verb.children)  # "met separately with A and B", "received each of them"
    groups: list[list[str]] = []
    last = last_with = None
    for root in _object_roots(verb, table):
        for t in expand(root):
            ids = actors_of_token(t, table)
            if not ids:
                continue
            if separate:  # "met separately with the two negotiators": a meeting with each
                groups.extend([a] for a in ids if [a] not in groups)
                continue
            with_ = t.head if t.dep_ == "pobj" and t.head.lower_ in WITH_PREPS else None
            if not groups or any(c.dep_ == "advmod" and c.lower_ in words("sequence_word")  # also just before B
                                 for c in t.doc[max(t.left_edge.i - 1, 0):t.i]) or own_setting(verb, last, t) or (
                    with_ is not None and last_with not in (None, with_)):  # "with A and with B"
                groups.append([])
            groups[-1].extend(a for a in ids if a not in groups[-1])
            last, last_with = t, with_ or last_with
    return groups if len(groups) > 1 else []


def place_officials(verb: Token, table: ActorTable) -> list[list[str]]:
    """"Met officials in Madrid, Lisbon and Rome": a meeting with each place's state;
    "brought together envoys from A, B and C" (the parser hangs "from" on the verb): one
    meeting with them all. Only when the object is an unnamed group ("officials"), not one that is
    someone's ("met the group's leaders in Doha", "leaders of the opposition in Caracas")."""
    objs = [o for o in _object_roots(verb, table) if o.i not in table.token_actor]
    if not objs or table.kb is None or any(actors_of([o], table) for o in objs) or not any(
            o.lemma_.lower() in table.kb.group_nouns for o in objs) or any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for o in objs for c in o.children):
        return []
    groups: list[list[str]] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
            continue
        found = [a for a in actors_of([c for c in prep.children if c.dep_ == "pobj"], table)
                 if table.by_id[a].kind == "country" or prep.lower_ == "from"]
        if found and prep.lower_ == "from":
            groups.append(found)
        groups.extend([a] for a in found if prep.lower_ == "in")
    return groups
