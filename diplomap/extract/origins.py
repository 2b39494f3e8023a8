"""Where a person comes from, when the text says so: "X, who fled Ruritania", "Y, a nurse who
emigrated from Borduria", "Z, who is originally from Syldavia", "W is one of thousands of
Ruritanian nationals living abroad". A stated origin beats the story's setting and the place a
person lives or works in ("a Borduria-based shop owner"), never an office the person holds."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import Actor
from .group_members import group_state, stated_group_state
from .knowledge import Knowledge
from .knowledge_parts import role_families
from .mentions import ActorTable
from .nlp import dateline, prep_objects, text_of
from .placement import place_of_token, place_residents
from .representations import place_by_representation, place_by_sending

OFFICE_RANK = 3  # titles of this rank or higher (1 = head of state) are offices, not origins


def place_persons(table: ActorTable, kb: Knowledge) -> None:
    """The last readings of persons' countries: a state's stated representative, a stated origin, then
    the story's setting."""
    place_by_representation(table)
    place_by_sending(table)
    place_by_origin(table, kb)
    place_by_lead_description(table, kb)
    place_by_spokesperson_before(table, kb)
    place_by_led_group(table, kb)
    place_by_headline_noun(table, kb)
    place_residents(table, kb)


def place_by_origin(table: ActorTable, kb: Knowledge) -> None:
    """Each person without an office whose name (or a pronoun for it) a clause ties to an
    origin takes its state, the first such clause deciding."""
    done: set[str] = set()
    for m in table.mentions:
        actor = table.by_id.get(m.actor_id)
        if m.kind not in ("name", "pronoun") or actor is None or actor.id in done \
                or actor.kind != "person" or _holds_office(actor, kb):
            continue
        root = table.doc[m.start:m.end].root
        found = _clause_origin(root, table, kb) or _predicate_origin(root, kb)
        if found is not None:
            actor.country = found
            table.unplaced.discard(actor.id)
            done.add(actor.id)


def _holds_office(actor: Actor, kb: Knowledge) -> bool:
    if actor.role is None:
        return False
    title = kb.title(actor.role)
    return title is None or title.rank <= OFFICE_RANK


def _clause_origin(root: Token, table: ActorTable, kb: Knowledge) -> str | None:
    """"X, who fled Ruritania", "X, a nurse who emigrated from Borduria": a relative clause
    on the name or on a noun set beside it, with an origin verb and a place it comes "from"."""
    nouns = [root, *(c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    for verb in (c for n in nouns for c in n.children if c.dep_ == "relcl" and c.lemma_.lower() in kb.origin_verbs):
        places = prep_objects(verb, "from")
        if verb.lemma_.lower() != "be":
            places += [o for o in verb.children if o.dep_ == "dobj"]
        for place in places:
            found = place_of_token(place, table, kb)
            if found is not None:
                return found
    return None


def _predicate_origin(root: Token, kb: Knowledge) -> str | None:
    """"W is a Ruritanian national", "W is one of thousands of Ruritanian migrants": the
    subject of "be" whose predicate (down "one of" and "thousands of") is a person noun a
    demonym modifies."""
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    noun = next((c for c in root.head.children if c.dep_ == "attr"), None)
    for _ in range(4):
        if noun is None:
            return None
        if noun.lemma_.lower() in kb.person_nouns:
            found = [kb.demonym(c.text) for c in noun.children if c.dep_ in ("amod", "compound")]
            return next((c.iso3 for c in found if c is not None), None)
        if noun.pos_ not in ("NUM", "NOUN") or noun.i > root.head.i + 8:
            return None  # "one of", "thousands of", "a group of": a quantity, then its people
        noun = next(iter(prep_objects(noun, "of")), None)
    return None


def place_by_headline_noun(table: ActorTable, kb: Knowledge) -> None:
    """"Ruritanian journalist still in custody", "Borduria activist freed": a state's word before a
    title in the headline is the nationality of the story's one person of that role,
    when the text gives him no state."""
    nouns = _headline_nouns(table.headline or "", kb)
    if not nouns:
        return
    holders: dict[str, list[Actor]] = {}
    for actor in table.by_id.values():
        if actor.kind == "person" and (actor.role or "").lower() in nouns:
            holders.setdefault((actor.role or "").lower(), []).append(actor)
    for role, persons in holders.items():
        if len(persons) == 1 and persons[0].country is None:  # the one the headline speaks of
            persons[0].country = nouns[role]
            table.unplaced.discard(persons[0].id)


def _headline_nouns(headline: str, kb: Knowledge) -> dict[str, str]:
    """The roles a headline gives a state: "Zimbabwe journalist" -> {"journalist": "ZWE"}; an
    all-capitals wire headline read in title case."""
    words = re.findall(r"[A-Za-z][A-Za-z.\-]*", re.sub(r"['’]s\b", "", headline))
    if headline.isupper():
        words = [w if "." in w else w.capitalize() for w in words]
    found: dict[str, str] = {}
    for before, word in zip(words, words[1:], strict=False):
        state = kb.country_of(before) if before[:1].isupper() else None
        title = kb.title(word.lower())
        if state is not None and title is not None:
            found.setdefault(title.role.lower(), state.iso3)
    return found


def place_by_led_group(table: ActorTable, kb: Knowledge) -> None:
    """"X will lead the Ruritanian delegation", "the Syldavian mission, led by Z", "W works for the
    Ruritanian government", "the Borduran delegation includes V": a person the text gives no state
    who leads or belongs to a state's group is of that state (group_members.py)."""
    for actor in list(table.by_id.values()):
        if actor.kind != "person" or actor.country is not None:
            continue
        state = stated_group_state(actor.id, table, kb)
        if state is not None:
            actor.country = state
            table.unplaced.discard(actor.id)


def _unplaced_later_subjects(table: ActorTable):
    """Each person's first mention by name, when it is the subject of a sentence after the first and the
    text has given the person no role or state: whom the sentence before may describe."""
    seen: set[str] = set()
    for m in table.mentions:
        actor = table.by_id.get(m.actor_id)
        if m.kind != "name" or actor is None or actor.id in seen or actor.kind != "person":
            continue
        seen.add(actor.id)  # only a person's first mention
        sent = table.doc[m.start].sent
        if actor.country is None and actor.role is None and sent.start != 0 and m.is_subject(table.doc):
            yield m, actor, sent


def place_by_lead_description(table: ActorTable, kb: Knowledge, first: bool = False) -> None:
    """"Ruritania's trade minister said today that ... . X told reporters ...": a wire's lead names
    an office and its state with no name, the next sentence's subject is a name the text gives no
    role or state: the name holds that office. ``first``: only the story's own first sentence, read
    before descriptions are resolved ("… ,” the minister said" is then X)."""
    for m, actor, sent in _unplaced_later_subjects(table):
        root = table.doc[m.start:m.end].root
        prefixes = kb.honorifics | kb.name_prefixes  # "Sheikh X": no description
        left = [t for t in table.doc[root.left_edge.i:m.start] if t.lower_.rstrip(".") not in prefixes]
        if left or any(c.dep_ in ("appos", "relcl", "acl") for c in root.children):
            continue  # "X, a farmer,": described, if by no title
        lead = table.doc[sent.start - 1].sent
        opening = lead.start == 0 or ((wire := dateline(text_of(table.doc))) is not None and wire.end() >= lead.start_char)
        if first and not opening:
            continue
        if any(table.by_id[a].kind == "person" for t in lead if (a := table.token_actor.get(t.i))):
            continue  # the lead names someone: its office is his
        office = next((t for t in lead if t.dep_ in ("nsubj", "nsubjpass") and t.head == lead.root), None)
        title = _office_title(office, kb) if office is not None else None
        state = group_state(office, table, kb) if title is not None and office is not None else None
        if title is not None and state is not None:
            actor.country, actor.role = state, title
            table.unplaced.discard(actor.id)


def place_by_spokesperson_before(table: ActorTable, kb: Knowledge) -> None:
    """"A spokesman for Ruritanian President X rejected the charges. “…,” Y told reporters": a name
    the text gives no role or state, the subject of the sentence right after one whose subject is an
    unnamed spokesperson of a person or state, is that spokesperson, of that person's state."""
    for _, actor, sent in _unplaced_later_subjects(table):
        before = table.doc[sent.start - 1].sent
        noun = next((t for t in before if t.dep_ == "nsubj" and t.head == before.root), None)
        title = kb.title(noun.text) if noun is not None else None
        if noun is None or title is None or "spokesperson" not in role_families().get(title.role.lower(), ()) \
                or any(c.dep_ == "appos" for c in noun.children):
            continue
        owners = [table.by_id[a] for o in prep_objects(noun, "for", "of") if (a := table.actor_for(o))]
        if owners and owners[0].kind in ("person", "country") and owners[0].country:
            actor.country, actor.role = owners[0].country, title.role
            table.unplaced.discard(actor.id)


def _office_title(noun: Token, kb: Knowledge) -> str | None:
    """The role of a title noun with its compounds ("trade minister", "Minister for ...")."""
    words = [c.text for c in noun.lefts if c.dep_ == "compound"] + [noun.text]
    found = next((t for i in range(len(words)) if (t := kb.title(" ".join(words[i:]))) is not None), None)
    return found.role if found is not None and found.rank <= OFFICE_RANK else None
