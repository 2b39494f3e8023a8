"""Speakers a description or an ellipsis stands for, beside the subject's own name: "the Texas
Democrat" (the person just named), "the group" (the body just named), "both leaders" (the first of
the pair just named), "But added: “…”" (the subject of the sentence before)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..models import Actor
from .knowledge import DEFAULT_DIR, read_table
from .mentions import ActorTable, Mention
from .nlp import quoted_tokens, sentence_of, sentence_start_back
from .speaker_groups import people_word


@lru_cache(maxsize=1)
def _source_voices() -> dict[str, str]:
    """Each unnamed-source noun of ``unnamed_sources.csv`` and its voice ("state" or none)."""
    return {r["noun"].strip().lower(): (r.get("voice") or "").strip()
            for r in read_table(DEFAULT_DIR / "unnamed_sources.csv")}


@lru_cache(maxsize=1)
def unnamed_source_nouns() -> frozenset[str]:
    """Nouns of speakers quoted without a name (``data/knowledge/unnamed_sources.csv``)."""
    return frozenset(_source_voices())


@lru_cache(maxsize=1)
def state_voice_nouns() -> frozenset[str]:
    """Unnamed-source nouns that speak for the state or body their phrase names: official, aide, source …"""
    return frozenset(n for n, voice in _source_voices().items() if voice == "state")


@lru_cache(maxsize=1)
def voiceless_source_nouns() -> frozenset[str]:
    """Unnamed-source nouns that speak for no state: diplomat, analyst, resident …"""
    return frozenset(n for n, voice in _source_voices().items() if not voice)


def posted_in(path: list[Token], s: Token) -> bool:
    """"An Asian diplomat in Bangkok": a source with no state voice, placed by an "in"/"at" phrase on the path."""
    return s.lemma_.lower() in voiceless_source_nouns() and any(
        t.dep_ == "prep" and t.lower_ in ("in", "at") for t in path)


def modifier_voice(s: Token, c: Token, aid: str, table: ActorTable) -> str | None:
    """"a Venezuelan energy ministry source", "the White House aide", "a Reagan administration
    official": a state (or a leader's government) modifying an unnamed official's phrase is whom the
    official speaks for, as in "a U.S. official"; it only modifies "the China Newsweek magazine"."""
    if s.lemma_.lower() not in state_voice_nouns() or s.tag_ not in ("NN", "NNS"):
        return None
    kb = table.kb
    actor = table.by_id[aid]
    if actor.kind == "country":
        return aid
    # "a Reagan administration official": the leader's government is his state
    if actor.kind == "person" and actor.country and kb is not None and c.head.lemma_.lower() in kb.group_nouns \
            and c.head.i != s.i:
        return table.country_actor(actor.country)
    return None


def organ_voice(s: Token, state: str, table: ActorTable) -> str | None:
    """"a Mexican finance ministry official said": an unnamed official whose phrase names a ministry
    of the state speaks for the ministry (GUIDELINES: "the ministry said" is the ministry's)."""
    if s.lemma_.lower() not in state_voice_nouns():
        return None
    return next((aid for c in s.children if c.dep_ == "compound" and (aid := table.actor_at(c.i)) in table.organs
                 and organ_of(table.by_id[aid], table.by_id[state])), None)


def organ_of(actor: Actor, state: Actor) -> bool:
    """An organisation of ``state`` (its ministry, its central bank) or of no state."""
    return actor.kind == "organization" and actor.country in (None, state.country)


def elided_subject(verb: Token, table: ActorTable) -> str | None:
    """"X said talks took long. But added: “…”": a main verb written without its subject shares the
    subject of the sentence before, when that names a person."""
    sent = sentence_of(verb)
    if verb.dep_ != "ROOT" or sent.start == 0:
        return None
    before = sentence_of(verb.doc[sent.start - 1])
    for s in (c for c in before.root.children if c.dep_ == "nsubj"):
        aid = table.actor_for(s)
        if aid and table.by_id[aid].kind == "person":
            return aid
    return None


def interrupted_subject(verb: Token) -> Token | None:
    """"A spokesperson, asked about the ship, said: “…”": the parser reads "a spokesperson asked about the
    ship" as the clause said, a participle set off by commas; its subject is the one who speaks (only for a
    verb with no subject of its own: "The fund, the ADF, grew to $3 billion, X said")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBN", "VBD") and c.i > 0 and c.doc[c.i - 1].text == ",":
            return next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
    return None


def party_member(s: Token, table: ActorTable) -> bool:
    """"the Texas Democrat", "the veteran Republican": one member of a party (party_members.txt),
    named by a definite description."""
    kb = table.kb
    return kb is not None and s.tag_ in ("NN", "NNP") and s.lemma_.lower() in kb.party_members \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children)


def body_referred_to(noun: Token, table: ActorTable, definite: bool = True) -> str | None:
    """"Hamas accused Israel …. “…,” the group said", "the rebels said", "the agency said": a definite common
    noun for a body (body_nouns.txt, or a singular of org_words.txt) is the organisation last the subject of
    a clause in its sentence or the two before, outside quotes; a modifier ("a company spokesman") needs
    no article of its own (``definite=False``)."""
    kb = table.kb
    lemma = noun.lemma_.lower()  # "the agency said": a word that makes bodies' names (org_words.txt) too, one body
    if kb is None or not (lemma in kb.body_nouns or lemma in kb.org_words and noun.tag_ == "NN") \
            or definite and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    quoted = quoted_tokens(table.doc)
    lo = sentence_start_back(noun, 2)
    named = [m for m in table.mentions if lo <= m.start < noun.left_edge.i and m.start not in quoted
             and m.kind == "name" and table.by_id[m.actor_id].kind == "organization"]
    bodies = [m for m in named if m.is_subject(table.doc)] or [m for m in named if _body_of_kind(m.actor_id, lemma, table)]
    return max(bodies, key=lambda m: m.start).actor_id if bodies else None


def _body_of_kind(aid: str, lemma: str, table: ActorTable) -> bool:
    """"the party" for the African National Congress (a party in the knowledge files), "the bank" for the
    Central Bank of Nigeria: the noun names the body's kind, so the body need not have been a clause's subject
    ("South Africa's governing ANC backed …", which the parser reads as the object of "governing")."""
    actor = table.by_id[aid]
    known = table.kb.organization(actor.name) if table.kb is not None else None
    return lemma in {w.lower() for w in actor.name.split()} or known is not None and known.category == lemma


def demonym_person(s: Token, table: ActorTable) -> str | None:
    """"“…,” the Frenchman said", "the Norwegian told reporters": a demonym written as a singular
    noun after "the" names one person of that state, the one last named in its sentence or the three
    before; a demonym with no plural of its own ("the Japanese", "the French") is the people or the
    state, as before."""
    kb = table.kb
    country = kb.demonym(s.text) if kb is not None and s.tag_ in ("NN", "NNP") else None
    if country is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in s.children):
        return None
    plurals = {s.text + "s", s.text[:-3] + "men" if s.text.endswith("man") else ""}
    if not plurals & set(country.demonyms):
        return None
    quoted = quoted_tokens(table.doc)
    lo = sentence_start_back(s, 3)
    people = [m for m in table.mentions if lo <= m.start < s.i and m.start not in quoted
              and table.by_id[m.actor_id].kind == "person" and (table.by_id[m.actor_id].country == country.iso3
                                                                or _described_by(m, s.text, table))]
    return max(people, key=lambda m: m.start).actor_id if people else None


def _described_by(m: Mention, demonym: str, table: ActorTable) -> bool:
    """"X, a 58-year-old Norwegian, appealed …": the demonym set beside the name (an international official
    keeps no state of his own, yet "the Norwegian" is he)."""
    root = table.doc[m.start:m.end].root
    return any(t.text == demonym for c in root.children if c.dep_ == "appos" for t in c.subtree)


def latest_person(s: Token, table: ActorTable) -> str | None:
    """The person last named before ``s`` in its sentence or the two before, outside quotes."""
    quoted = quoted_tokens(table.doc)
    lo = sentence_start_back(s, 2)
    people = [m for m in table.mentions if lo <= m.start < s.i and m.start not in quoted
              and table.by_id[m.actor_id].kind == "person"]
    return max(people, key=lambda m: m.start).actor_id if people else None


def pair_of_people(s: Token, table: ActorTable) -> str | None:
    """"Following talks with B, both leaders reaffirmed …", "the two ministers said": of the last two
    persons named (this sentence or the one before, outside quotes), the one named first."""
    if s.tag_ != "NNS" or not people_word(s, table) or not any(
            c.lower_ in ("both", "two") and c.dep_ in ("det", "predet", "nummod") for c in s.children):
        return None
    quoted = quoted_tokens(table.doc)
    lo = sentence_start_back(s, 1)
    order: list[str] = []
    for m in sorted(table.mentions, key=lambda m: m.start):
        if lo <= m.start < s.i and m.start not in quoted and table.by_id[m.actor_id].kind == "person":
            order = [a for a in order if a != m.actor_id] + [m.actor_id]
    if len(order) < 2:
        return None
    firsts = [m for m in (table.first_mention(a) for a in order[-2:]) if m]
    return min(firsts, key=lambda m: m.start).actor_id


def aged_person(s: Token, table: ActorTable) -> str | None:
    """"The 71-year-old said", "the 45-year-old former banker said": a definite description by age is the one
    person whose age was set beside the name ("X, 71,"), else the person last named before it (its sentence or
    the two before, outside quotes)."""
    age = s if s.lower_ == "old" else next((c for c in s.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    year = next((c for c in age.children if c.lower_ == "year" and c.dep_ == "npadvmod"), None) if age else None
    if year is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in s.children):
        return None
    years = next((c.text for c in year.children if c.like_num), None)
    return _of_age(years, s, table) or latest_person(s, table)


def _of_age(years: str | None, s: Token, table: ActorTable) -> str | None:
    """"X, 71, who heads …, met Y. “…,” the 71-year-old said": the one person named before with that age
    set beside the name."""
    doc = table.doc
    aged = {m.actor_id for m in table.mentions if m.start < s.i and m.end + 2 < len(doc) and years
            and table.by_id[m.actor_id].kind == "person" and doc[m.end].text == ","
            and doc[m.end + 1].text == years and doc[m.end + 2].is_punct}
    return aged.pop() if len(aged) == 1 else None


def kind_of_named_body(s: Token, table: ActorTable) -> str | None:
    """"The IAEA reported … “…,” the U.N. watchdog said": a definite body noun whose modifier names a
    parent body is the body last a subject before it (body_referred_to), not the parent it names."""
    parents = {aid for c in s.children if c.dep_ in ("compound", "amod", "nmod", "poss")
               and (aid := table.actor_at(c.i)) is not None and table.by_id[aid].kind == "organization"}
    body = body_referred_to(s, table) if parents else None
    return body if body is not None and body not in parents else None
