"""A bare plural title that points back to the titled group named before it: "Foreign Ministers of
ASEAN said … The ministers are due to start talks with …" — wire copy names a body's office holders
once in full and then only as "the ministers", "the officials"; they are the same side."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .coordination import expand
from .mentions import ActorTable
from .nlp import prep_objects, sentence_start_back

SENTENCES_BACK = 3  # the lead names the group; the story takes it up within a paragraph or two
SPECIFIERS = ("poss", "compound", "amod", "nummod", "prep", "relcl", "acl", "appos", "conj", "nmod")


def bare_plural_title(t: Token, table: ActorTable) -> bool:
    """"the ministers", "The officials": a plural title with "the" and nothing naming whose ("the
    Japanese officials", "the ministers of X", "the two ministers" say it themselves)."""
    if table.kb is None or t.tag_ not in ("NNS", "NNPS") or table.kb.title(t.text) is None:
        return False
    if t.lemma_.lower() not in table.kb.group_nouns:
        return False
    dets = [c for c in t.children if c.dep_ == "det"]
    return len(dets) == 1 and dets[0].lower_ == "the" and not any(c.dep_ in SPECIFIERS for c in t.children)


def group_named_before(t: Token, table: ActorTable, group_of: Callable[[Token], list[str]]) -> list[str]:
    """The side of the last group of the same title named before ``t`` in its sentence or the few before
    it ("Foreign Ministers of ASEAN", "EC farm ministers"), by ``group_of`` (the participants' own reading
    of a group); [] when none, or when the nearest one names no side."""
    if not bare_plural_title(t, table):
        return []
    lemma = _title_lemma(t)
    for u in reversed(t.doc[sentence_start_back(t, SENTENCES_BACK):t.i]):
        if u.tag_ not in ("NNS", "NNPS") or _title_lemma(u) != lemma:
            continue
        if bare_plural_title(u, table):
            continue  # an earlier "the ministers" points back further itself
        return group_of(u)
    return titled_persons_listed(t, table)


def titled_persons_listed(t: Token, table: ActorTable) -> list[str]:
    """"President A of X and President B of Y arrived in Lima … The presidents met on Monday": the nearest
    list of two or more persons named before a bare plural title, in its sentence or the few before, when
    every one of them holds that title ("the leaders": heads of state or government)."""
    if not bare_plural_title(t, table):
        return []
    lemma = _title_lemma(t)
    for u in reversed(t.doc[sentence_start_back(t, SENTENCES_BACK):t.i]):
        aid = table.token_actor.get(u.i)
        if aid is None or table.by_id[aid].kind != "person" or u.dep_ == "conj" \
                or not any(c.dep_ == "conj" for c in u.children):
            continue
        members = [a for x in expand(u) if (a := table.token_actor.get(x.i))]
        if len(set(members)) >= 2 and all(_holds(table, a, lemma) for a in members):
            return list(dict.fromkeys(members))
    return []


def _holds(table: ActorTable, aid: str, lemma: str) -> bool:
    """The actor is a person whose role is the title ``lemma`` ("Foreign Minister" for "minister"); for
    "leader", one who heads a state or government."""
    actor = table.by_id[aid]
    if actor.kind != "person":
        return False
    if lemma == "leader":
        return table.holds_office(actor, 1)
    return (actor.role or "").lower().split()[-1:] == [lemma]


def modifier_side(t: Token, table: ActorTable) -> list[str]:
    """"EC farm ministers", "Japanese officials", "Foreign Ministers of the Association of … (ASEAN)": the
    states or bodies a group's modifiers or "of" phrase name, wherever the NER put the name's tokens."""
    aid = table.actor_for(t)
    if aid and table.by_id[aid].kind != "person":
        return [aid]
    words = [w for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss") for w in c.subtree]
    words += [w for o in prep_objects(t, "of", "from") for w in o.subtree]
    found: list[str] = []
    for w in sorted(words, key=lambda w: w.i):
        a = table.actor_at(w.i)
        if a and a not in found and table.by_id[a].kind != "person":
            found.append(a)
    return found


def coordinated_modifiers(t: Token, table: ActorTable) -> list[str]:
    """"U.S. and Russian negotiators", "the U.S., Japanese and European Community (EC) trade ministers": every
    state or body coordinated with a group noun's modifier, however deep the parser nests the list (a name of
    two words it may split into two conjuncts)."""
    out: list[str] = []
    for child in t.children:
        if child.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        stack = [c for c in child.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            stack += [d for d in c.children if d.dep_ == "conj"]
            aid = table.actor_at(c.i)
            if aid and aid not in out and table.by_id[aid].kind in ("country", "organization"):
                out.append(aid)
    return out


def _title_lemma(t: Token) -> str:
    """"Ministers" (a capitalised title the tagger calls a proper noun) and "ministers" alike."""
    word = t.lower_
    return word[:-1] if word.endswith("s") else word
