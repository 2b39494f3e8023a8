"""Which actors of an article are kept: those that play a part in an interaction or
quote, or are named prominently enough to matter on their own."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Token

from ..models import Actor
from .mentions import ACTING_DEPS, BYLINE, PLACE_PREPS, ActorTable, Mention, hung_on_fronted_place
from .nlp import quote_segments, sentence_of
from .quotemarks import Segment
from .triggers import load_triggers

EXAMPLE_PREPS = ("like", "as", "including")  # "groups like X", "such as X", "including X": grammar words

# --- who plays a part ----------------------------------------------------------------------


def relevant_actors(table: ActorTable, used: set[str]) -> list[Actor]:
    """The actors an analyst would list: not journalists named only in bylines, not
    people named only as a modifier ("the Obama administration"), and organisations
    only when they act (subject or object of a verb) rather than being an
    affiliation ("an expert at the Heritage Foundation"). ``used`` actors — those in
    an interaction or speaking a quote — are always kept."""
    doc = table.doc
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor_id, []).append(m)
    out = []
    quoted = _quoted_chars(quote_segments(doc))
    for actor in table.by_id.values():
        mentions = [m for m in by_actor.get(actor.id, []) if m.kind == "name"]
        if actor.id in used or actor.kind == "country" or actor.id in table.headline_organs:
            out.append(actor)
            continue
        if not mentions or actor.id in table.organs:
            continue
        if all(quoted(doc[m.start].idx) for m in mentions):
            continue  # named only inside someone's quote: talked about, not a party
        if all(BYLINE.search(sentence_of(doc[m.start]).text) for m in mentions):
            continue
        roots = [_clause_role(doc[m.start:m.end].root) for m in mentions]
        roots += [body for r in roots if (body := _named_body(r, table)) is not None]
        if actor.kind == "person" and all(r.dep_ in ("compound", "nmod") and r.head.ent_type_ != "PERSON"
                                          for r in roots):
            continue
        if actor.kind == "person" and actor.role is None and all(
                r.dep_ in ("compound", "nmod", "poss") or (r.dep_ == "pobj" and r.head.lower_ in PLACE_PREPS)
                for r in roots):
            continue  # "at Incirlik", "to Hoi An and Con Dao": a place the NER took for a person
        if actor.kind == "person" and actor.role is None and _a_place(doc, mentions):
            continue  # "the base in Port Ellery", "lease back Port Ellery": never a subject, once "in" it
        if actor.kind == "person" and all(_passing_example(doc[m.start:m.end].root, table) for m in mentions):
            continue  # "celebrities such as singer X": named in passing, not a party
        region = actor.kind == "organization" and _a_region(actor, table)
        if actor.kind == "organization" and not any(r.dep_ in ACTING_DEPS or _with_object(r, table)
                                                    or _through_members(r, table) or _through_acts(r, table)
                                                    for r in roots if not (region and _as_place(r))):
            continue
        if actor.kind == "organization" and _cited_source(actor, mentions, roots, table):
            continue
        out.append(actor)
    return out


def _clause_role(token: Token) -> Token:
    """Climb coordination and apposition to the token that fills the clause role, and from
    an example to the noun it exemplifies ("groups such as X", "donors like X", "rights
    groups including X" act when the noun does)."""
    while token.head != token:
        if hung_on_fronted_place(token):
            break  # "In Pristina, X, director of …, said": the speaker, not the place
        if token.dep_ in ("conj", "appos"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in EXAMPLE_PREPS and token.head.head.pos_ in ("NOUN", "PROPN"):
            token = token.head.head
        else:
            break
    return token


def _named_body(token: Token, table: ActorTable) -> Token | None:
    """"claimed by the X movement", "the X militia attacked": a body's name set before a lower-case
    body noun (body_nouns.txt) fills the clause role the noun fills."""
    head = token.head
    if token.dep_ != "compound" or head.is_title or table.kb is None or head.lemma_.lower() not in table.kb.body_nouns:
        return None
    return _clause_role(head)


def _passing_example(token: Token, table: ActorTable) -> bool:
    """"celebrities such as singer X and comedian Y", "stars like X": an example of a group of
    people that no title names (not "leaders such as X")."""
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("as", "like"):
        return False
    noun = prep.head.head if prep.head.lower_ == "such" else prep.head
    such = prep.head.lower_ == "such" or any(c.lower_ == "such" for c in [*prep.children, *noun.children])
    if prep.lower_ == "as" and not such:
        return False
    kb = table.kb
    return noun.tag_ in ("NNS", "NNPS") and kb is not None and kb.title(noun.lemma_) is None \
        and kb.title(noun.text) is None


def _a_place(doc, mentions: list[Mention]) -> bool:
    """A name once the object of a locative "in"/"at"/"near" and never a subject: a place."""
    roots = [doc[m.start:m.end].root for m in mentions]
    if any(r.dep_ in ("nsubj", "nsubjpass", "agent") for r in roots):
        return False
    return any(r.dep_ == "pobj" and r.head.lower_ in ("in", "at", "near") for r in roots)


def _a_region(actor: Actor, table: ActorTable) -> bool:
    """A self-governing region (organizations.csv, category region): named as a place, it is no party."""
    org = table.kb.organization(actor.name) if table.kb is not None else None
    return org is not None and org.category == "region"


def _as_place(token: Token) -> bool:
    """"a front opened from Abkhazia", "flew to Puntland": a place's phrase, not a party's."""
    return token.dep_ == "pobj" and token.head.lower_ not in ("with", "between", "by")


def _with_object(token: Token, table: ActorTable) -> bool:
    """"talks with X", "a letter to X"; not an affiliation ("a managing director with X")."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("with", "between", "by", "from", "to"):
        return False
    head = token.head.head
    kb = table.kb
    if head.pos_ == "NOUN" and kb is not None and (kb.title(head.text) or head.lemma_.lower() in kb.person_nouns):
        return False
    return head.pos_ in ("VERB", "NOUN")


def _through_members(token: Token, table: ActorTable) -> bool:
    """"African Union troops", "the gang's gunmen", "fighters from X", "troops of X": a body
    that acts through its people or units (``member_nouns.txt``)."""
    kb = table.kb
    if kb is None:
        return False
    if token.dep_ in ("compound", "nmod", "poss"):
        noun = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in ("of", "from"):
        noun = token.head.head
    else:
        return False
    if noun.pos_ != "NOUN" or noun.dep_ in ("appos", "attr"):
        return False  # "X, a commander of the brigade": an affiliation
    if noun.lemma_.lower() in kb.member_nouns or noun.lower_ in kb.member_nouns:
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ == "NNS" and noun.lemma_.lower() in kb.group_nouns \
        and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in load_triggers().verbs  # "Members of the Council met"


def _through_acts(token: Token, table: ActorTable) -> bool:
    """"a meeting of the X Council", "the council's veto", "a ruling by the X Court": a body that
    acts through a sitting, a vote or a decision of its own (``act_nouns.txt``)."""
    kb = table.kb
    if kb is None:
        return False
    if token.dep_ == "poss":
        noun = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in ("of", "by"):
        noun = token.head.head
    else:
        return False  # "ahead of the X and Y meetings": a date on the calendar, not a party
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lower_ in kb.act_nouns


def _quoted_chars(segments: list[Segment]) -> Callable[[int], bool]:
    """A test of whether a character offset lies inside a quotation (segments found once)."""
    starts = [seg.start for seg in segments]

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and segments[i].start <= offset < segments[i].end
    return inside


def _cited_source(actor: Actor, mentions: list[Mention], roots: list[Token], table: ActorTable) -> bool:
    """"Harbor Insider reported that ...": a name the knowledge files do not know, with no word
    of a body in it, that only ever reports is an outlet cited as a source, not a party."""
    kb = table.kb
    if kb is None or kb.organization(actor.name) is not None:
        return False
    words = {t.lower_ for m in mentions for t in table.doc[m.start:m.end]}
    if words & (kb.org_words | kb.org_stopwords | kb.state_organs):
        return False
    return all(r.dep_ == "nsubj" and r.head.lemma_ == "report" for r in roots)
