"""Groups of named people who speak together ("Senators A, B and C wrote … “…,” they wrote")
and the documents they speak through ("the letter said"): the first-named person speaks."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .mentions import SUBJECT_DEPS, ActorTable
from .nlp import agent_objects, prep_objects, quoted_tokens, sentence_start_back
from .story_setting import government_modified, host_state_actor


def people_word(s: Token, table: ActorTable) -> bool:
    """"senators", "lawmakers", "ministers": a plural title or person noun."""
    kb = table.kb
    return kb is not None and (kb.title(s.lemma_) is not None or s.lemma_.lower() in kb.person_nouns)


def last_group(table: ActorTable, before: int) -> tuple[int, str] | None:
    """The latest subject naming two or more persons together ("Senators A, B and C wrote"),
    within the last two sentences: its position and its first-named person."""
    doc = table.doc
    lo = sentence_start_back(doc[before], 1)
    for m in reversed(table.mentions):
        if m.start >= before or m.start < lo or m.kind != "name" or table.by_id[m.actor_id].kind != "person":
            continue
        first = doc[m.start:m.end].root
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:  # lists parse as either
            first = first.head
        aid = group_at(first, table)
        if aid is not None:
            return first.i, aid
    return None


def group_at(top: Token, table: ActorTable) -> str | None:
    """A subject naming two or more persons ("A, B and C", "three senators, A, B and C"): the
    first named."""
    if top.dep_ not in SUBJECT_DEPS:
        return None
    people = []
    for t in top.subtree:
        aid = table.actor_at(t.i)
        if aid and table.by_id[aid].kind == "person" and aid not in people:
            people.append(aid)
    return people[0] if len(people) >= 2 else None


def they_speaker(s: Token, table: ActorTable,
                 subject_of: Callable[[Token, ActorTable], str | None] | None = None) -> str | None:
    """"…,” they said (or "one said", "another said"): the nearest of the named group, the body or
    state last the subject of a clause, and a plural subject naming no actor ("Nine rights groups
    called …": nobody; "The officials said" after "Japanese officials said": whom ``subject_of``
    reads it as); names inside quotes are no antecedent."""
    quoted = quoted_tokens(table.doc)
    group = last_group(table, s.i)
    body = last_body(table, s.i, quoted)
    unnamed = _unnamed_plural(table, s.i, quoted, subject_of)
    found = [c for c in (group, body, unnamed) if c is not None]
    return max(found, key=lambda c: c[0])[1] if found else None


def one_of_them(s: Token, table: ActorTable, subject_of: Callable[[Token, ActorTable], str | None]) -> str | None:
    """"“…,” one said", "another said", "one of them said": one of the people a plural subject of the
    last three sentences named ("Japanese officials said …": Japan; "Diplomats said …": nobody)."""
    quoted = quoted_tokens(table.doc)
    lo = sentence_start_back(s, 2)
    for t in reversed(table.doc[lo:s.i]):
        if t.dep_ in SUBJECT_DEPS and t.tag_ in ("NNS", "NNPS") and t.i not in quoted and people_word(t, table):
            return subject_of(t, table)
    return None


def last_body(table: ActorTable, before: int, quoted: frozenset[int] | None = None) -> tuple[int, str] | None:
    """The latest body or state named as the subject of a clause before ``before``."""
    doc = table.doc
    latest = None
    for m in table.mentions:
        if m.start < before and table.by_id[m.actor_id].kind in ("organization", "country") and m.kind == "name" \
                and (latest is None or m.start > latest[0]) and m.is_subject(doc) and m.start not in (quoted or ()):
            latest = (m.start, m.actor_id)
    return latest


def _unnamed_plural(table: ActorTable, before: int, quoted: frozenset[int],
                    subject_of: Callable[[Token, ActorTable], str | None] | None = None) -> tuple[int, str | None] | None:
    """The latest plural common noun subject in this sentence or the one before that names no
    actor, in or under it ("Several trade unions said …", "Dozens of residents gathered"): no
    one, unless its members are listed ("The signers included A, B and others": A)."""
    doc = table.doc
    lo = sentence_start_back(doc[before], 1)
    for t in reversed(doc[lo:before]):
        if t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS" and t.i not in quoted \
                and table.actor_for(t) is None and not any(table.actor_at(c.i) for c in t.subtree):
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and people_word(t, table)
            return t.i, _listed(t, table) or (subject_of(t, table) if subject_of and definite else None)
    return None


def _listed(subject: Token, table: ActorTable) -> str | None:
    """"The signers included A and B", "The envoys were A and B": the first person listed."""
    verb = subject.head
    if verb.lemma_ not in ("include", "be"):
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "attr")):
        people = [aid for t in obj.subtree if (aid := table.actor_at(t.i)) and table.by_id[aid].kind == "person"]
        if len(set(people)) >= 2:
            return people[0]
    return None


def sender(thing: Token, table: ActorTable, subject_of: Callable[[Token, ActorTable], str | None]) -> str | None:
    """The person subject of the clause that sends, writes or speaks through ``thing`` ("X sent a
    letter", "in a letter, X said"), or a named group's first person; for a document, the one it is
    from ("a letter from X", "X's letter")."""
    kb = table.kb
    if kb is not None and thing.lemma_.lower() in kb.document_nouns:
        writers = [c for c in thing.children if c.dep_ == "poss"] + prep_objects(thing, "from", "by")
        for w in writers:
            if (aid := table.actor_for(w)) is not None:
                return aid
    verb = thing.head.head if thing.dep_ == "pobj" else thing.head
    if thing.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for subj in (c for c in verb.children if c.dep_ in ("nsubj",)):
        group = group_at(subj, table)
        if group is not None:
            return group
        fronted = thing.dep_ == "pobj" and thing.head.lower_ == "in" and thing.head.i < subj.i  # "In a letter, X said"
        aid = subject_of(subj, table) if subj.i < thing.i or fronted else None
        if aid is not None and table.by_id[aid].kind == "person":
            return aid
        if aid is not None and table.by_id[aid].kind == "organization" \
                and not any(c.dep_ == "conj" for c in subj.children):
            return aid  # "The ministry issued a statement …. “…,” the statement said"; a state's or a
            # joint declaration names no speaker
    return None


def document_author(noun: Token, table: ActorTable, name_actor: Callable[[list[Token]], str | None]) -> str | None:
    """"a statement posted by X", "a communique signed by Y": the agent of a participle after a
    document noun (document_nouns.txt) is its author, who speaks; a capitalised name the table
    does not know is made a body by ``name_actor``."""
    kb = table.kb
    if kb is None or noun.lemma_.lower() not in kb.document_nouns:
        return None
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for who in agent_objects(acl):
            return table.actor_for(who) or (name_actor(_name_span(who)) if who.pos_ == "PROPN" else None)
    return _state_of_document(noun, table)


def _state_of_document(noun: Token, table: ActorTable) -> str | None:
    """"the U.S. statement said", "a Chinese statement said", "Iran's letter said": a document
    whose own modifier is a state is that state's word (a state named as a modifier of a person
    or a body does not speak: speaker_phrases._in_phrase); "a government statement said" in a story filed
    from WELLINGTON is the host government's."""
    for c in noun.children:
        aid = table.actor_at(c.i) if c.dep_ in ("compound", "amod", "poss", "nmod") else None
        if aid is not None and table.by_id[aid].kind == "country":
            return aid
    return host_state_actor(table) if government_modified(noun) else None


def _name_span(head: Token) -> list[Token]:
    """The capitalised name a proper noun heads, after any possessor ("the government's National
    News Agency", "the Presidency of Ghana"); empty when lower-case words run through it."""
    words = list(head.subtree)
    cut = max((t.i for t in words if t.tag_ == "POS"), default=-1)
    words = [t for t in words if t.i > cut and not (t.dep_ == "det" and t.i < head.i)]
    ok = all(t.is_title or t.lower_ in ("of", "for", "and", "the") for t in words)
    return words if ok and words and words[0].is_title and words[-1].is_title else []
