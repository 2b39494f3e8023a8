"""An entity span trimmed to the name it holds: no determiners, titles or honorifics before it,
no possessive tail after it ("Trump's Ukraine" is "Trump"), except a possessive inside a body's
name ("the Tigray People's Liberation Front")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .knowledge import Knowledge

PEOPLE_PLURALS = ("people", "peoples", "children", "women", "men")  # English's irregular plurals of persons


def clean_name_span(span: Span, kb: Knowledge) -> Span | None:
    """Trim determiners, titles, honorifics and possessive tails from a name span."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(span.start, span.end):  # "Trump's Ukraine" → "Trump"
        if (doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s", "'", "’")) and not _peoples_name(span, i, kb):
            end = i
            break
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space
                           or kb.is_honorific(doc[start].text)
                           or (span.label_ == "PERSON" and end - start > 1 and doc[start].is_title
                               and not after_title(doc, start, kb)  # "Foreign Minister" + "Amir Khan Muttaqi"
                               and (kb.title(doc[start].text) or _occupation(doc[start], kb)
                                    or _place_before_title(doc, start, end, kb)))):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or span.label_ == "ORG" and end - start > 1
                           and doc[end - 1].lower_ in ("of", "the", "for", "and")):
        end -= 1  # "The Operational Command of the" cut by the NER before "Polish Armed Forces": the body's own words
    if span.label_ == "ORG" and end - start == 2 and doc[start].is_sent_start and doc[start].tag_ in ("JJ", "VBN") \
            and not kb.demonym(doc[start].text) and doc[start + 1].is_upper:
        start += 1  # "Retired FBI agent X told NPR": a sentence's first adjective before a body's acronym
    start += _title_words(doc, start, end, kb) if span.label_ == "PERSON" else 0
    if span.label_ == "PERSON" and end - start > 2 and start > 0 and kb.title(f"{doc[start - 1].text} {doc[start].text}"):
        start += 1  # "State" + "Councilor Guo Ming": the title's last word the NER took into the name
    if span.label_ == "PERSON" and end - start >= 3 and _portfolio_first(doc, start, kb):
        start += 1  # "Secretary of Agriculture Dale Orton": the portfolio, then the name
    if start >= end or span.label_ == "PERSON" and end - start >= 2 and kb.title(doc[start:end].text) is not None:
        return None  # "Field Marshal" tagged apart from the name after it: a title, no one
    return Span(doc, start, end, label=span.label_)


def after_title(doc: Doc, i: int, kb: Knowledge) -> bool:
    """The word before ``i`` ends a title written in capitals: a title word at ``i`` is then a given name."""
    return i > 0 and doc[i - 1].is_title and kb.title(doc[i - 1].text) is not None


def _place_before_title(doc: Doc, start: int, end: int, kb: Knowledge) -> bool:
    """"Kano Governor Musa Bello" tagged whole as a person: a city or province opening the name
    right before a title word is the title's place, not part of the name."""
    return end - start > 2 and doc[start + 1].is_title and kb.title(doc[start + 1].text) is not None \
        and kb.city(doc[start].text) is not None


def _title_words(doc: Doc, start: int, end: int, kb: Knowledge) -> int:
    """"Crown Prince Abdullah bin Abdul Aziz", "Prime Minister X" tagged whole as a person: the words of a
    title of two or three words opening the name (one-word titles are trimmed above), if a name follows."""
    for n in (3, 2):
        if end - start > n and all(t.is_title for t in doc[start:start + n]) \
                and kb.title(" ".join(t.text for t in doc[start:start + n])):
            return n
    return 0


def _peoples_name(span: Span, i: int, kb: Knowledge) -> bool:
    """"the Tigray People's Liberation Front", "the Kurdistan Workers' Party", "the United Nations
    Children's Fund": a body's name whose possessive is on a people (a plural: "People's",
    "Children's", "Workers'") and goes on in capitals."""
    doc = span.doc
    owner = doc[i - 1] if i > span.start else None
    if span.label_ != "ORG" or owner is None or i + 1 >= span.end or not doc[i + 1].is_title:
        return False
    plural = doc[i].text in ("'", "’") and owner.text.endswith("s")
    return (owner.lower_ in PEOPLE_PLURALS or plural) and kb.country_of(owner.text) is None


def _portfolio_first(doc: Doc, start: int, kb: Knowledge) -> bool:
    """The word opening a name right after "<title> of" is the title's portfolio."""
    return start >= 2 and doc[start - 1].lower_ == "of" and kb.title(doc[start - 2].text) is not None


def _occupation(token, kb: Knowledge) -> bool:
    """"Historian" in "Historian Ana Petrescu": a person noun opening a name is a role."""
    return token.lower_ in kb.person_nouns and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_title
