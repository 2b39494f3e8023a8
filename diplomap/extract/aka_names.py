"""A person's second name given in the text: "X, known also as Y", "X, better known as Y", "X,
nicknamed Y" (alias_verbs.txt). The second name is an alias of the first, not another person."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .knowledge import Knowledge


def known_as(persons: list[Span], kb: Knowledge) -> dict[str, str]:
    """Each second name's text -> the text of the name it is given to."""
    by_token = {t.i: s for s in persons for t in s}
    out: dict[str, str] = {}
    for span in persons:
        root = span.root
        known = root.dep_ == "pobj" and root.head.lower_ == "as"  # "known as Y", "who is known as Y"
        verb = root.head.head if known else root.head
        named = root.dep_ in ("oprd", "attr", "dobj") and verb.tag_ == "VBN" and verb.dep_ == "acl"  # "X, nicknamed Y"
        if verb.lemma_.lower() not in kb.alias_verbs or not (named or known and verb.dep_ in ("acl", "relcl", "advcl")):
            continue  # not "X, who called Y"
        host = by_token.get(verb.head.i)
        if host is None:  # "The blogger X, also called Y": the verb hangs on the noun X stands beside
            host = next((by_token[c.i] for c in verb.head.children if c.dep_ == "appos" and c.i in by_token), None)
        if host is not None and host.text != span.text and host.start < span.start:
            out[span.text] = host.text
    return out


def alias_of_a_person(ent: Span, kb: Knowledge) -> Span | None:
    """"X, who is widely known as Madobe", the NER calling the second name a body or a place: a
    one- or two-word name after an alias verb's "as", the verb hung on a person's name, is a person's."""
    root = ent.root
    if not 1 <= len(ent) <= 2 or ent.label_ == "PERSON" or not all(t.is_title and t.pos_ == "PROPN" for t in ent) \
            or root.dep_ != "pobj" or root.head.lower_ != "as":
        return None
    verb = root.head.head
    if verb.lemma_.lower() not in kb.alias_verbs or verb.tag_ != "VBN" or verb.dep_ not in ("acl", "relcl"):
        return None
    return Span(ent.doc, ent.start, ent.end, label="PERSON") if _a_persons_name(verb.head) else None


def _a_persons_name(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
