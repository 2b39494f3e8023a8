"""Names that a kind of body set beside them declares organisations: "Iranian airline Mahan Air",
"the street gang Tren de Aragua", "Coface, the French export credit agency". News copy introduces a
little-known organisation by saying what kind of body it is; the statistical NER often tags such a
name a facility, a people or a person, and the body is lost. Relabelled ORG before actors are read."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .knowledge import Knowledge
from .knowledge_parts import strong_speech_verbs

RELABELLED = ("PERSON", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "GPE", "LOC")
DETERMINERS = ("the", "a", "an")


def relabel_typed_bodies(doc: Doc, kb: Knowledge) -> None:
    """Every entity a kind noun declares a body (``declared_body``) becomes an ORG."""
    ents = list(doc.ents)
    out = [Span(doc, e.start, e.end, label="ORG") if e.label_ in RELABELLED and declared_body(e, kb) else e
           for e in ents]
    if any(a.label_ != b.label_ for a, b in zip(out, ents, strict=True)):
        doc.ents = out


def declared_body(ent: Span, kb: Knowledge) -> bool:
    """A capitalised name ("Coface", "CoFACE") no knowledge file places (a state, a people, a city) with a kind noun
    right before it ("airline X", "the group X") or in apposition after it ("X, the ... agency")."""
    if not ent[0].text[:1].isupper() or any(t.pos_ != "PROPN" for t in ent if t.is_alpha and t.is_title):
        return False
    if kb.country_of(ent.text) or kb.demonym(ent.text) or kb.city(ent.text) or any(kb.title(t.text) for t in ent):
        return False
    return bool(_kind_nouns(ent, kb))


def declared_state(ent: Span, kb: Knowledge) -> str | None:
    """The state of a declared body, from the kind noun's own demonym or state ("Iranian airline X",
    "Japan's business group Y", "X, the French export credit agency"), or None."""
    for noun in _kind_nouns(ent, kb):
        for word in noun.children:
            if word.dep_ in ("amod", "compound", "nmod", "poss") and word.i < noun.i:
                state = kb.demonym(word.text) or kb.country(word.text)
                if state is not None:
                    return state.iso3
    return None


def _kind_nouns(ent: Span, kb: Knowledge) -> list[Token]:
    """The kind nouns that declare what the name is: one in apposition after it, with its
    determiner ("X, the ... agency"), and one right before it ("airline X", "the group Y")."""
    root, doc = ent.root, ent.doc
    kinds = [c for c in root.children if c.dep_ == "appos" and c.i > ent.end and _kind(c, kb)
             and any(d.lower_ in DETERMINERS for d in c.children)]
    kinds += [n for n in _detached_apposition(ent) if n not in kinds and _kind(n, kb)]
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _kind(before, kb) and (
            before.head == root and before.dep_ in ("compound", "nmod") or root.dep_ == "appos" and root.head == before):
        kinds.append(before)
    kinds += [n for n in [_exemplified(root)] if n is not None and _kinds_plural(n, kb) and not _reported(n)]
    return kinds


def _exemplified(root: Token) -> Token | None:
    """The plural noun a name is an example of: "German firms including X, Y and Z", "companies like X",
    "groups such as X" (the name or the first of its conjuncts is the object of the example's preposition)."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("including", "like", "as"):
        return None
    if prep.lower_ == "as" and prep.head.lower_ == "such":
        return prep.head.head
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None  # "as X": a role, not an example
    return prep.head


def _reported(token: Token) -> bool:
    """"Companies such as X have shown ..., she said": an example a person gives in reported words (an
    analyst's illustration) is talked about, not a party, as a name inside someone's quote is not; an
    institution's announcement ("companies such as X will be barred, the ministry said") names parties."""
    while token.head != token:
        verb = token.head
        if token.dep_ == "ccomp" and verb.lemma_.lower() in strong_speech_verbs():
            return any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or c.ent_type_ == "PERSON")
                       for c in verb.children)
        token = verb
    return False


def _kinds_plural(token: Token, kb: Knowledge) -> bool:
    """A lower-case plural noun of a kind of body ("firms", "companies", "groups"), not of its people."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (token.is_lower or bool(token.is_sent_start)) and token.tag_ == "NNS" \
        and (lemma in kb.body_nouns or lemma in kb.org_words) and lemma not in kb.member_nouns


def _kind(token: Token, kb: Knowledge) -> bool:
    """A lower-case common noun of a kind of body: body_nouns.txt ("group", "airline", "gang") or a
    word that makes a name a body's, org_words.txt ("agency", "foundation"); not a noun for the
    body's people (member_nouns.txt: "the rebel X" is a person)."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and token.is_lower and token.tag_ == "NN" \
        and (lemma in kb.body_nouns or lemma in kb.org_words) and lemma not in kb.member_nouns


def _detached_apposition(ent: Span) -> list[Token]:
    """"after talks with X, the French export credit agency, they said": an apposition the parser hung
    elsewhere (on the verb) — the noun phrase right after the name's comma, opening with a determiner and
    closed by a comma or the sentence's end, whose head lies outside the name."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in DETERMINERS:
        return []
    noun = doc[ent.end + 1].head
    if noun.head == ent.root or noun.left_edge.i != ent.end + 1 or noun.i + 1 >= len(doc) \
            or doc[noun.i + 1].text not in (",", ".", ";"):
        return []
    return [noun]
