"""Words in quotation marks that a cue next to them does not report: a reporter's question
("Asked whether … “…,” X said"), a term's meaning or name ("a name that translates as “…”"),
words quoted inside the cue's own subject ("X, who faces charges of “…,” denies them"), a cue in a
clause of its own after the quote ("X called it “…,” while Y said"); and direct quotes whose cue's
subject names no one ("what officials described as “…”")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mentions import SUBJECT_DEPS, ActorTable
from .nlp import token_at


def in_question(inside: Token | None) -> bool:
    """A quote inside the question a speaker was asked ("Asked whether … “…,” X said", "X was
    asked if … “…”", "When asked about “…”"): an "ask" with no subject of its own (the asker is
    the reporter) governs it through an "if"/"whether"/wh- clause or "about" — or stands beside
    that clause, the parser having hung both from the answer's verb."""
    if inside is None:
        return False
    for clause in inside.ancestors:
        asks = [clause.head] + [c for c in clause.head.children if c.i < clause.i and c.dep_ == "advcl"]
        if not any(reporters_ask(a) and a.i != clause.i for a in asks):
            continue
        if clause.dep_ == "prep" and clause.lower_ == "about" and reporters_ask(clause.head):
            return True
        if clause.dep_ in ("ccomp", "advcl") and any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
                                                     or c.tag_ in ("WDT", "WP", "WRB") for c in clause.children):
            return True
    return False


def reporters_ask(t: Token) -> bool:
    return t.lemma_ == "ask" and not any(c.dep_ == "nsubj" for c in t.children)


def glossed(doc: Doc, start: int, end: int, table: ActorTable) -> bool:
    """A term's meaning, translation or name ("a name that translates as “…”", "whose name means
    “…”", "a gang known as “…”"): the quote hangs from a gloss verb (gloss_verbs.txt) in a relative
    clause or participle phrase before it, and is no one's words."""
    verb = token_at(doc, start + 1)
    if verb is None or table.kb is None:
        return False
    while verb.head.i != verb.i and start <= verb.idx < end:
        verb = verb.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:  # "translates as", "known as", "translates to"
        verb = verb.head
    return verb.idx < start and verb.lemma_.lower() in table.kb.gloss_verbs and verb.pos_ == "VERB" \
        and (verb.dep_ in ("relcl", "acl") or verb.tag_ in ("VBN", "VBG"))


def in_its_subject(cue: Token, inside: Token | None) -> bool:
    """The quote's words lie inside the cue's own subject phrase (a relative clause or a
    phrase on it), so the cue reports something else."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    return inside is not None and any(c.is_ancestor(inside) for c in subjects) and not any(
        inside.i < c.i < cue.i and not c.is_ancestor(inside) for c in subjects)  # "“X's plan …,” analyst Y wrote"
    # parsed with two subjects, the quote's first words and Y: Y's words


CLAUSE_OPENERS = frozenset({"while", "whereas", "but", "although", "though"})


def cue_in_next_clause(doc: Doc, end: int, cue: Token) -> bool:
    """"X called the session “…,” while her counterpart, Y, said …": the cue after the quote opens a
    clause of its own, so the quote is the words of the clause before it."""
    after = token_at(doc, end + 1)
    while after is not None and after.is_punct and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    return after is not None and after.lower_ in CLAUSE_OPENERS and after.i < cue.i


def bare_plural_source(cue: Token, table: ActorTable) -> bool:
    """"what officials described as “…”", "Diplomats said privately that “…”": the cue's subject is a
    bare plural (no article, possessor, number or modifier) naming no actor of its own — people the
    story does not identify, not the group an earlier "U.S. officials" stood for. Direct quotes only:
    reported speech keeps the state such a subject was read as."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(
        s.tag_ == "NNS" and s.pos_ == "NOUN" and table.actor_at(s.i) is None
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "appos") for c in s.children)
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in s.children)  # "officials of the fund"
        for s in subjects)
