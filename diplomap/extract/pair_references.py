"""Plural descriptions that refer back to two actors just named: "the two leaders", "both sides",
"the leaders of the two countries" (the last two heads, or states, named before the description);
and "the insurgents", "the rebels": the one armed group the story has named before."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..models import Actor
from .event_modifiers import hyphen_pair
from .meeting_places import venue
from .mentions import ActorTable
from .nlp import dateline_tokens
from .triggers import words


def the_two(t: Token, table: ActorTable) -> list[str]:
    """"The two leaders", "both sides": the last two people (or states) named before; "the two spoke by
    phone": the last two persons."""
    if t.lower_ == "two" and t.pos_ == "NUM" and t.dep_ in ("nsubj", "nsubjpass") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return _two_named(t, table, 120, lambda a: True)
    if t.pos_ != "NOUN" or not any(c.lower_ in words("pair_word") for c in t.children):
        return []
    if t.lemma_.lower() in ("country", "nation"):  # "the leaders of the two countries": the last two states
        return _last_two_of_kind(t, table)
    if table.kb is not None and t.lemma_.lower() in table.kb.body_nouns:  # "negotiators from the two blocs"
        return _last_two_of_kind(t, table, kind="organization")
    if t.lemma_.lower() in words("side_noun"):  # "both sides": the two leaders just named, else the last two states
        return _two_sides(t, table)
    if not (table.kb and (table.kb.title(t.text) or t.lemma_.lower() in table.kb.group_nouns)) \
            or t.lemma_.lower() in ("country", "nation", "state", "government"):
        return []
    return _last_two_leaders(t, table)


def _two_sides(t: Token, table: ActorTable) -> list[str]:
    """"Both sides": the two leaders just named; two officials of one government (a president and his
    minister) are one side, so then the last two states named, or no one."""
    leaders = _last_two_leaders(t, table)
    countries = {table.by_id[a].country for a in leaders}
    if leaders and len(countries) == 1 and None not in countries:
        return _last_two_of_kind(t, table)
    return leaders or _last_two_of_kind(t, table)


def _office_named(t: Token, table: ActorTable) -> list[str]:
    """The words of the office a plural noun names, lower case: its modifiers as far as they make a known title
    with it ("both foreign ministers": foreign minister; "the two new foreign ministers": foreign minister;
    "the two veteran negotiators", "the two EU presidents": the noun alone)."""
    mods = [c.lower_ for c in t.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("ADJ", "NOUN")
            and not c.ent_type_ and c.lower_ not in words("pair_word")]
    for k in range(len(mods)):
        if table.kb is not None and table.kb.title(" ".join([*mods[k:], t.lemma_.lower()])) is not None:
            return [*mods[k:], t.lemma_.lower()]
    return [t.lemma_.lower()]


def _last_two_leaders(t: Token, table: ActorTable) -> list[str]:
    """"The two leaders": heads first; then the last two persons whose own title is the noun ("Greek Cypriot leader
    A and Turkish Cypriot leader B …", "the two negotiators" after a mediator was named; "both foreign ministers",
    an office named in full, however far back, never the prime minister named since); then office holders
    before, then two named after."""
    leader = t.lemma_.lower() == "leader"
    office = _office_named(t, table)  # "both foreign ministers": not the prime minister
    return (_two_named(t, table, 300, _of_rank(1, table)) if leader else []) \
        or _two_named(t, table, 120 if len(office) == 1 else len(t.doc),  # a named office: its holders, however far
                      lambda a: (a.role or "").lower().split()[-len(office):] == office) \
        or _two_named(t, table, 120, _of_rank(3, table)) \
        or _two_named(t, table, 80, _of_rank(1 if leader else 3, table), after=True)


def _of_rank(rank: int, table: ActorTable) -> Callable[[Actor], bool]:
    """Holds an office of rank ``rank`` or higher (titles.csv), not an analyst quoted."""
    return lambda actor: table.holds_office(actor, rank)


def _two_named(t: Token, table: ActorTable, window: int, fits: Callable[[Actor], bool], after: bool = False) -> list[str]:
    """The last two persons that ``fits`` named within ``window`` tokens before ``t``, in order; with ``after``,
    nobody being named before ("The meeting brought the two leaders together. Greek Prime Minister X …, and his
    Bulgarian counterpart Y …"), the first two after it, of two states."""
    found: list[str] = []
    for m in sorted(table.mentions, key=lambda m: m.start if after else -m.start):
        actor = table.by_id[m.actor_id]
        near = 0 < (m.start - t.i if after else t.i - m.start) < window
        other_state = not after or bool(actor.country) and all(table.by_id[f].country != actor.country for f in found)
        if near and actor.kind == "person" and fits(actor) and m.actor_id not in found and other_state:
            found.append(m.actor_id)
            if len(found) == 2:
                return found if after else found[::-1]
    return []


def _last_two_of_kind(t: Token, table: ActorTable, kind: str = "country") -> list[str]:
    """The last two states (or bodies, ``kind``) named within 80 tokens before ``t``, not as the place of a meeting;
    a hyphenated pair of states counts as both ("U.S.-Canadian relations … the two countries")."""
    named = [(m.start, m.actor_id) for m in table.mentions
             if m.start < t.i and t.i - m.start < 80 and table.by_id[m.actor_id].kind == kind
             and t.doc[m.start] not in dateline_tokens(t.doc)
             and not venue(t.doc[m.start:m.end].root)]  # "met in Quito": where, not a side
    if kind == "country":
        named += _hyphenated_states(t, table)
    found: list[str] = []
    for _, aid in sorted(named, key=lambda n: -n[0]):
        if aid not in found:
            found.append(aid)
            if len(found) == 2:
                return found[::-1]
    return []


def _hyphenated_states(t: Token, table: ActorTable) -> list[tuple[int, str]]:
    """The states hyphenated modifiers name within 80 tokens before ``t`` ("U.S.-Canadian relations", "the
    Iran-Iraq war"), each at its modifier's place, the pair's first last (read nearest first)."""
    out: list[tuple[int, str]] = []
    for u in t.doc[max(t.i - 80, 0):t.i]:
        if "-" in u.text.strip("-") and u.dep_ in ("amod", "compound", "nmod") and u.head.i > u.i:
            pair = hyphen_pair(u.head, table)
            if len(pair) == 2 and all(table.by_id[a].kind == "country" for a in pair):
                out += [(u.i, pair[1]), (u.i, pair[0])][::-1]
    return out


def the_armed_group(t: Token, table: ActorTable) -> list[str]:
    """"The Taliban seized the city … the deal Washington negotiated with the insurgents": a definite plural
    combatant noun (combatant_noun) with nothing naming whose is the one armed group (organizations.csv
    armed_group) named before it in the story; none, or two, leave it no one."""
    if table.kb is None or t.tag_ != "NNS" or t.lemma_.lower() not in words("combatant_noun") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "nummod", "acl", "relcl")
            or c.dep_ == "prep" and c.lower_ in ("of", "from") for c in t.children):  # "the rebels of the north"
        return []
    groups = {m.actor_id for m in table.mentions if m.start < t.i and _armed(m.actor_id, table)}
    return list(groups) if len(groups) == 1 else []


def _armed(aid: str, table: ActorTable) -> bool:
    actor = table.by_id[aid]
    org = table.kb.organization(actor.name) if table.kb is not None and actor.kind == "organization" else None
    return org is not None and org.category == "armed_group"
