"""Repairs of the NER's organisation spans before actors are read from them: names of bodies that the
knowledge ruler cut in pieces ("Australian" + "Strategic Policy Institute", "U.N." + "Human Rights Office")
or that the NER missed whole after "the" or before the acronym in brackets it spells ("the Movement for the
Emancipation of the Niger Delta (MEND)")."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .acronym_things import FUNCTION_WORDS, acronym_shape, spelling_run
from .doc_index import doc_tokens
from .knowledge import Knowledge

CONNECTORS = {"of", "for", "&"}


def repair_org_entities(doc: Doc, kb: Knowledge) -> None:
    """A run of capitalised words ending in a word that makes a body's name ("institute", "authority",
    org_words.txt), cut by the ruler into a demonym, a country or an acronym and the rest, or missed whole
    after "the", is one organisation: "Australian Strategic Policy Institute", "Tourism Authority of
    Thailand", "U.N. Human Rights Office", "Kenyan Foreign Ministry", "Ministry of Health of Peru"."""
    runs = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            j = i
            while j < sent.end and _name_word(doc, j, i):
                j += 1
            while j > i and doc_tokens(doc)[j - 1].lower_ in CONNECTORS:
                j -= 1
            end = _org_run_end(doc, i, j, kb)
            while end is not None and end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG":
                end += 1  # a name already joined across its "and" (portfolio_names) stays whole
            if end is not None:
                runs.append(Span(doc, i, end, label="ORG"))
            i = max(j, i + 1)
    runs += [r for r in _spelled_names(doc, kb) if not any(r.start < x.end and x.start < r.end for x in runs)]
    if runs:
        taken = {t for r in runs for t in range(r.start, r.end)}
        kept = [e for e in doc.ents if not any(t in taken for t in range(e.start, e.end))]
        doc.ents = sorted(kept + runs, key=lambda e: e.start)


def _name_word(doc: Doc, j: int, start: int) -> bool:
    t = doc_tokens(doc)[j]
    if t.ent_type_ == "PERSON" or t.is_punct and t.text != "&":
        return False
    if t.lower_ in CONNECTORS:
        return j > start
    if j == start and t.is_stop:  # "The", "At", "A" opening a sentence
        return False
    return (t.is_title or t.is_upper) and t.is_alpha or t.text.endswith(".") and t.is_upper


def _org_run_end(doc: Doc, start: int, end: int, kb: Knowledge) -> int | None:
    """The end of the organisation name in doc[start:end], or None if it is not one to repair."""
    tokens = doc_tokens(doc)
    if tokens[start].tag_ in ("NNS", "NNPS") and (tokens[start].lemma_.lower() in kb.group_nouns
                                                  or tokens[start].lemma_.lower() in kb.member_nouns):
        return None  # "Members of Congress", "Leaders of the Group of Seven": people of a body, not one
    words = [i for i in range(start, end) if tokens[i].lower_ in kb.org_words
             and (i > start or i + 1 < end and tokens[i + 1].lower_ in CONNECTORS)]  # "Ministry of ... of Peru"
    if not words:
        return None
    if words[-1] + 1 < end and doc[words[-1] + 1].lower_ not in CONNECTORS:
        end = words[-1] + 1  # "African Union Support ...": the name ends at its body word
    span = doc[start:end]
    starts = [t for t in span if t.ent_iob_ == "B"] + [t for t in span[:1] if t.ent_iob_ == "I"]
    if len(starts) + sum(1 for t in span if t.ent_iob_ == "O") < 2 or kb.organization(span.text) is not None:
        return None  # already one entity, or a known name
    if not starts and start > 0 and doc[start - 1].lower_ == "the" and words[-1] == end - 1:
        return end  # "the Federal Constitutional Court", which the NER missed whole (not "the Association of South")
    known = [t for t in starts if t.ent_type_ in ("NORP", "GPE", "ORG") and _known(t, kb)]
    if len(known) != 1:
        return None  # nothing the ruler cut, or two known names ("NATO and the EU Council")
    return _abroad_end(doc, known[0], end, kb)


def _abroad_end(doc: Doc, state: Token, end: int, kb: Knowledge) -> int:
    """"the Canadian Embassy in Hanoi": a state's body in another state's place is a mission
    abroad, named with its place; "the Kenyan Ministry of Tourism in Nairobi" is not."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[end + 1].ent_iob_ != "B":
        return end
    place_end = end + 2
    while place_end < len(doc) and doc[place_end].ent_iob_ == "I":
        place_end += 1
    place = doc[end + 1:place_end].text
    own, there = _state_of(state, kb), kb.country_of(place) or kb.city(place)
    if own is None or there is None or own == there.iso3:
        return end
    return place_end


def _state_of(token: Token, kb: Knowledge) -> str | None:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    country = kb.country_of(doc[token.i:end].text)
    return country.iso3 if country is not None else None


def _known(token, kb: Knowledge) -> bool:
    """A ruler entity starting at ``token``: a demonym, country, capital or known organisation."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    text = doc[token.i:end].text
    return kb.country_of(text) is not None or kb.organization(text) is not None


def _spelled_names(doc: Doc, kb: Knowledge) -> list[Span]:
    """A name of three or more capitalised words (with "of", "the", "for" … between) right before the acronym
    in brackets it spells: one body, whatever pieces the NER made of it (a place inside it included)."""
    out = []
    for t in doc_tokens(doc):
        if not acronym_shape(t.text) or t.i < 2 \
                or doc[t.i - 1].text != "(" or t.i + 1 >= len(doc) or doc[t.i + 1].text != ")" \
                or kb.organization(t.text) is not None:  # a known body's acronym: its own name, however written
            continue
        j = t.i - 1
        while j > 0 and t.i - j <= 12 and (doc[j - 1].is_title or doc[j - 1].lower_ in FUNCTION_WORDS):
            j -= 1
        phrase = list(doc[j:t.i - 1])
        run = spelling_run(t.text, phrase)
        if len(run) >= 3 and run[0].is_title and not any(w.lower_ in kb.media_words for w in run) \
                and kb.organization(doc[run[0].i:t.i - 1].text) is None:
            out.append(Span(doc, run[0].i, t.i - 1, label="ORG"))
    return out
