"""The state of a group a person leads or belongs to, when the text marks the group with a
demonym, a state's name or its possessive: "X will lead the Ruritanian delegation", "the Syldavian
mission, led by Z", "W works for the Ruritanian government", "The Borduran aides here include A,
director of X, and B", "Ruritanian officials, including C". A stated membership beats the guesses of
the dateline and the story's setting (a visiting delegation's members are not the host's)."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import Knowledge
from .mentions import ActorTable
from .nlp import prep_objects
from .role_phrases import is_person_noun


def stated_group_state(aid: str, table: ActorTable, kb: Knowledge) -> str | None:
    """The state of the first marked group a name (or a pronoun) for ``aid`` leads or belongs to."""
    for m in table.mentions:
        if m.actor_id != aid or m.kind not in ("name", "pronoun"):
            continue
        root = table.doc[m.start:m.end].root
        for group in [*led_groups(root, kb), *member_groups(root, kb)]:
            state = group_state(group, table, kb)
            if state is not None:
                return state
    return None


def member_groups(root: Token, kb: Knowledge) -> list[Token]:
    """The group a name is listed in: the subject of a membership verb the name (or the list it
    is in, or the noun it is set beside) is the object of ("the delegation includes A, an adviser,
    and B"), or the noun an "including" list with the name hangs on ("officials, including A")."""
    while root.dep_ in ("conj", "appos") and root.head != root and root.head.pos_ in ("PROPN", "NOUN"):
        root = root.head
    if root.dep_ in ("dobj", "conj") and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_.lower() in kb.membership_verbs:
        # "include A, director of X, and B": B is often parsed as the verb's conjunct
        groups = [c for c in root.head.children if c.dep_ == "nsubj"]
    elif root.dep_ == "pobj" and root.head.lower_ == "including" and root.head.head.pos_ in ("NOUN", "PROPN"):
        groups = [root.head.head]
    else:
        return []
    return [g for g in groups if _a_group(g, kb)]


def led_groups(root: Token, kb: Knowledge) -> list[Token]:
    """The group nouns a name leads: the object of its verb of leading (or of a relative clause's),
    or the noun a "led by" phrase with the name hangs on."""
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    groups = [o for v in verbs if v.lemma_.lower() in kb.leading_verbs for o in v.children if o.dep_ == "dobj"]
    groups += [_through_of(o, kb) for v in verbs if v.lemma_.lower() in kb.service_verbs
               for o in prep_objects(v, "for", "at", "with")]
    while root.dep_ == "conj" and root.head.ent_type_ == "PERSON":  # "led by X and Y": Y too
        root = root.head
    led = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
    if led is not None and led.lemma_.lower() in kb.leading_verbs:  # "the X team, led by", "X's team will be led by"
        groups += [led.head] if led.dep_ == "acl" else [c for c in led.children if c.dep_ == "nsubjpass"]
        return [g for g in groups if _a_group(g, kb)]  # "U.S. senators led by X": one of them
    return [g for g in groups if _group_noun(g, kb)]


def _group_noun(g: Token, kb: Knowledge) -> bool:
    return g.lemma_.lower() in kb.group_nouns or g.lemma_.lower() in kb.retinue_nouns


def _a_group(g: Token, kb: Knowledge) -> bool:
    """A group noun, or a plural noun for persons ("aides", "senators", "ministers")."""
    return _group_noun(g, kb) or g.tag_ in ("NNS", "NNPS") and (is_person_noun(g, kb) or kb.title(g.text) is not None)


def _through_of(noun: Token, kb: Knowledge) -> Token:
    """"the office of the X spokesperson": the group a noun that is none is "of"."""
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return of[0] if of and not _group_noun(noun, kb) else noun


def group_state(group: Token, table: ActorTable, kb: Knowledge) -> str | None:
    """The state a group noun's demonym, state name or possessive names ("the Ruritanian
    government spokesperson": on the compound before it too)."""
    for c in (t for t in group.subtree if t.i < group.i):
        if c.dep_ not in ("amod", "compound", "poss", "nmod") or c.head.i > group.i:
            continue
        aid = table.token_actor.get(c.i)
        actor = table.by_id.get(aid) if aid else None
        if actor is not None and actor.kind == "country":
            return actor.country
        found = kb.demonym(c.text) or kb.country(c.text)
        if found is not None:
            return found.iso3
    return None
