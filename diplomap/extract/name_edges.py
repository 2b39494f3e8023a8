"""Where a person's name begins and ends when the NER misplaces an edge: a hyphenated name cut at
its hyphen ("Kenneth Kaunda" + "-Mwale", "Chung" + "In-yong"), and a name run into a body's span
with the last word of the title before it ("Assistant Secretary of" + ORG "State Paul Wood")."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .cities import continent_words
from .knowledge import Knowledge
from .knowledge_parts import surname_prefixes
from .mentions import NAME_PARTICLES
from .nlp import entity_end, entity_start
from .triggers import words

OTHER_LABELS = ("WORK_OF_ART", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "FAC", "NORP")
SURNAME_PREFIXES = surname_prefixes()
INNER_CAPITAL = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")


def known_word(token: Token, kb: Knowledge) -> bool:
    """A word some knowledge file knows as no part of a person's name (a state, title, body, city …)."""
    return bool(kb.country_of(token.text) or kb.title(token.text) or kb.organization(token.text)
                or token.lower_ in kb.not_person_words or token.lower_ in kb.org_words or token.lower_ in kb.not_org_words
                or token.lower_ in kb.person_nouns or kb.city(token.text) or kb.is_honorific(token.text))


def looks_like_person_name(span: Span) -> bool:
    return all(t.is_title or t.is_upper or t.lower_ in NAME_PARTICLES or t.is_punct or hyphen_tail(t)
               or inner_capital_surname(t.text) for t in span) \
        and any(t.is_alpha and t.lower_ not in NAME_PARTICLES for t in span)


def reads_as_name(name: Span, kb: Knowledge) -> bool:
    """Two to four words written as a person's name, none a word a knowledge file knows as something else."""
    return 2 <= len(name) <= 4 and looks_like_person_name(name) and not any(known_word(t, kb) for t in name)


def inner_capital_surname(word: str) -> bool:
    """"McDonald", "MacGregor", "DeConcini": a surname prefix, then a title-case word; "GebreMariam",
    "MaryKay": two title-case words written as one."""
    if INNER_CAPITAL.fullmatch(word):
        return True
    for prefix in SURNAME_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 2 and rest.isalpha() and rest.istitle():
            return True
    return False


def hyphen_tail(token: Token) -> bool:
    """"yong" in "In-yong": the lower-case second half of a hyphenated given name."""
    doc = token.doc
    return token.is_alpha and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].is_title \
        and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_


def with_hyphenated_tail(ent: Span) -> Span:
    """"Chung" + "In-yong", "Kang Min" + "-seok": a hyphenated given name the NER left (partly) outside a
    PERSON, written as a capitalised half, a hyphen and a lower-case half with no spaces."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or end + 3 > len(doc) or any(t.ent_type_ for t in doc[end:end + 3]):
        return ent
    if doc[end].is_title and doc[end].is_alpha and hyphen_tail(doc[end + 2]) and doc[end - 1].whitespace_:
        return Span(doc, ent.start, end + 3, label="PERSON")
    if doc[end].text == "-" and doc[end + 1].is_lower and hyphen_tail(doc[end + 1]) \
            and doc[end - 1].is_title:  # "Kang Min" + "-seok": the given name's lower-case half
        return Span(doc, ent.start, end + 2, label="PERSON")
    return ent


def with_hyphenated_surname(ent: Span) -> Span:
    """"Kenneth Kaunda" + "-Mwale": a PERSON of given name and surname the NER ended at a hyphen
    written with no spaces between two capitalised halves; a double surname is one name. Not
    "the Putin-Xi summit" (one word, naming two people before a noun) nor "Vladimir Putin-Xi
    Jinping talks" (another name goes on after the hyphen)."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or end + 2 > len(doc) or ent[-1].whitespace_ or not ent[-1].is_alpha:
        return ent
    dash, tail = doc[end], doc[end + 1]
    after = doc[end + 2] if end + 2 < len(doc) else None
    goes_on = after is not None and tail.whitespace_ and after.is_alpha and (after.is_title or after.pos_ == "NOUN")
    if dash.text == "-" and not dash.whitespace_ and tail.is_alpha and tail.is_title and not tail.ent_type_ \
            and not goes_on:
        return Span(doc, ent.start, end + 2, label="PERSON")
    return ent


def title_tail_name(ent: Span, kb: Knowledge) -> Span | None:
    """"Assistant Secretary of State Paul Wood" with "State Paul Wood" tagged as a body: the first
    word or two of the span end a title begun before it, and the two to four capitalised words
    after them, none a known word, are a person's name."""
    if ent.label_ not in OTHER_LABELS or kb.organization(ent.text):
        return None
    doc = ent.doc
    for n in (1, 2):
        for back in range(1, 5):
            if ent.start - back < 0 or ent.end - ent.start - n < 2:
                break
            if kb.title(doc[ent.start - back:ent.start + n].text) is None:
                continue
            name = Span(doc, ent.start + n, ent.end, label="PERSON")
            return name if reads_as_name(name, kb) else None
    return None


def known_first_word(span: Span, kb: Knowledge) -> bool:
    """"Prince Charles", "Rebecca Thornbury" left untagged: a style (name_prefixes.txt) or a known given
    name opening the run of capitals."""
    return span[0].lower_ in kb.name_prefixes or given_name(span[0], kb)


def given_name(token: Token, kb: Knowledge) -> bool:
    """A given name of feminine_names.txt or masculine_names.txt."""
    return token.lower_ in kb.feminine_names or token.lower_ in kb.masculine_names


def without_posting_place(ent: Span, kb: Knowledge) -> Span:
    """"vice-president for Africa Edward Harrington", "minister for Europe X Y" tagged whole: the region or
    state that the title's "for"/"of" names opens no name; the words after it are the person."""
    doc = ent.doc
    if len(ent) < 3 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of") \
            or kb.title(doc[ent.start - 2].text) is None:
        return ent
    first = ent[0].text
    if not (kb.country_of(first) or first in continent_words() or first in kb.world_regions):
        return ent
    rest = Span(doc, ent.start + 1, ent.end, label="PERSON")
    return rest if looks_like_person_name(rest) and reads_as_name(rest, kb) else ent


def without_state_of(ent: Span, kb: Knowledge) -> Span:
    """"King Abdullah II of Jordan", "Queen Margrethe of Denmark" tagged whole: the state the "of" names is
    no word of the name (it tells the person's state, read from the text after the name)."""
    if ent.label_ != "PERSON":
        return ent
    cut = next((t.i for t in ent if t.lower_ == "of" and t.i > ent.start), None)
    if cut is None or kb.country(ent.doc[cut + 1:ent.end].text) is None:
        return ent
    return Span(ent.doc, ent.start, cut, label="PERSON")


def with_cut_words(ent: Span, kb: Knowledge) -> Span:
    """"Alejandro" + PERSON "Restrepo Gaviria", PERSON "Nelson Colmenares" + "Prieto", "spokesperson Barend" +
    "Leyts": an untagged capitalised proper noun right before or after a PERSON that the parser joins to the name
    in one compound chain is a word of the name (not a title, state, body or other word a knowledge file knows)."""
    if ent.label_ != "PERSON" or (len(ent) == 1 and known_word(ent[0], kb)):
        return ent
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 0 and _cut_word(doc[start - 1], kb) and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end and (len(ent) == 1 or given_name(doc[start - 1], kb)):
        start -= 1  # a given name before a longer name, not "Colonel", "Sens." or "Mawlawi"
    if end < len(doc) and _cut_word(doc[end], kb) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        end += 1
    if (start, end) == (ent.start, ent.end) or end - start > 4:
        return ent
    return Span(doc, start, end, label="PERSON")


def _cut_word(token: Token, kb: Knowledge) -> bool:
    """An untagged word, or one of a one-word entity of another label no knowledge file knows ("Lamadrid" GPE)."""
    alone = token.ent_type_ in OTHER_LABELS and entity_end(token) - entity_start(token) == 1
    return (not token.ent_type_ or alone) and token.pos_ == "PROPN" and token.is_title and not known_word(token, kb)


def leads_a_delegation(span: Span, kb: Knowledge) -> bool:
    """"Met the separatist team headed by Ivo Tabe Achu": who leads a delegation is a person."""
    by = span.root.head if span.root.dep_ == "pobj" else None
    verb = by.head if by is not None and by.dep_ == "agent" else None
    return verb is not None and verb.dep_ == "acl" and verb.lemma_.lower() in kb.leading_verbs \
        and verb.head.lemma_.lower() in words("delegation_noun")
