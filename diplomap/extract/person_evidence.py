"""What around a capitalised run of words says that it names a person, for ``entities``' repairs of the
NER's spans: it speaks ("X told the council"), stands in apposition to a title or person noun ("a
ministry spokesperson, X,"), comes right after a noun of someone's associate ("her lawyer X"), after a
state's possessive in a list ("Japan's X, Norway's Y"), or after a title and the place of its posting
("ambassador to Moscow X"). The tests read only the parse and the knowledge files; the span repairs
that ask them stay in ``entities``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .apposed_titles import title_before
from .knowledge import Knowledge
from .knowledge_parts import strong_speech_verbs
from .name_edges import given_name


def _associate_before(ent: Span, kb: Knowledge) -> bool:
    """"his West German counter-part Ignaz Kiechle", "her lawyer Dana Whitlow": a name right after a noun
    of someone's associate (associate_nouns.txt; a hyphen inside it joined) is that person's."""
    doc = ent.doc
    if ent.start < 1 or doc[ent.start - 1].is_title:
        return False
    word = doc[ent.start - 1].lower_
    if ent.start >= 3 and doc[ent.start - 2].text == "-":
        word = doc[ent.start - 3].lower_ + word  # "counter-part"
    return word in kb.associate_nouns


def _listed_by_state(ent: Span, kb: Knowledge) -> bool:
    """"attended by Japan's Hideo Tanabe, Norway's Henrik Lunde and …": a name after a state's possessive,
    listed beside a person or with a known given name, is a person (the wire's "<state>'s <name>" idiom)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS" or kb.country_of(doc[ent.start - 2].text) is None:
        return False
    root = ent.root
    beside = [root.head] if root.dep_ == "conj" else []
    beside += [c for c in root.children if c.dep_ == "conj"]
    return given_name(ent[0], kb) or any(t.ent_type_ == "PERSON" for t in beside)


def _described_person(ent: Span, kb: Knowledge) -> bool:
    """"a ministry spokesperson, Dana Whitlow,", "Dana Whitlow, director of ...", "her counterpart, X Y,": in apposition
    to a title, person noun or associate noun (or its misparsed conjunct); "Mara Kessing, 31,": given an age."""
    root = ent.root

    def role(t: Token) -> bool:
        return bool(kb.title(t.text)) or t.lemma_.lower() in kb.person_nouns or t.lemma_.lower() in kb.associate_nouns
    if root.dep_ == "appos" and role(root.head) or title_before(ent.doc, ent.start, role) is not None:
        return True  # "Pakistan's minister for climate change, X Y," however the parser hung the name
    if root.dep_ == "conj" and role(root.head) and root.head.i < ent.start:
        return True  # "vice minister for trade Y Z", the name hung on the title as its conjunct
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" \
            and any(c.dep_ == "attr" and role(c) for c in root.head.children):
        return True  # "X Y is the executive director of Z"
    for c in root.children:
        if c.i < ent.end or c.dep_ != "appos":
            continue
        if role(c) or (c.like_num and c.i == ent.end + 1):
            return True  # "X, director of ...", "X, 29,"
    return False


def _speaks(span: Span) -> bool:
    """The name is the subject of a strong speech verb ("X told the council")."""
    return span.root.dep_ == "nsubj" and span.root.head.lemma_ in strong_speech_verbs()


def _after_posting(doc: Doc, start: int, kb: Knowledge) -> bool:
    """"ambassador to Moscow Salah Bassiouni", "envoy in Nairobi X Y", "special envoy for North Korea X Y", "special adviser on Cyprus X Y": a
    name right after a title and the place of its posting."""
    j = start - 1
    while j >= 0 and doc[j].ent_type_ in ("GPE", "LOC"):
        j -= 1
    return start - j > 1 and j >= 1 and doc[j].lower_ in ("to", "in", "at", "for", "on") and kb.title(doc[j - 1].text) is not None
