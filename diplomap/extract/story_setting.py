"""The country a story is set in, read from its text: the dateline's state, the state most of its
place names are in, or the one state its headline names. Persons the text leaves unplaced are
placed by it (``placement``)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .knowledge import Knowledge
from .mentions import ActorTable
from .nlp import DATELINE, text_of

SETTING_SHARE = 0.6


def setting_country(table: ActorTable, kb: Knowledge, counts: dict[str, int]) -> str | None:
    """The one country an article is set in: most of its place names (countries, capitals,
    cities) are of that country, at least SETTING_SHARE of them and three or more; else the
    one state its headline names, when the text names that state more than any other.
    ``counts``: the text's names of each state (``state_counts``)."""
    top = max(counts, key=lambda k: counts[k], default=None)
    total = sum(counts.values())
    if top is not None and counts[top] >= 3 and counts[top] >= SETTING_SHARE * total:
        return top
    return _headline_setting(table, kb)


def state_counts(table: ActorTable, kb: Knowledge) -> dict[str, int]:
    """How often the text names each state: countries by name, and their cities."""
    counts: dict[str, int] = {}
    for m in table.mentions:
        actor = table.by_id[m.actor_id]
        if actor.kind == "country" and m.kind == "name" and actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + 1
    for ent in table.doc.ents:
        if ent.label_ in ("GPE", "LOC", "ORG", "PERSON") and ent.start not in table.token_actor:
            city = kb.city(ent.text)
            if city is not None:
                counts[city.iso3] = counts.get(city.iso3, 0) + 1
    return counts


def _headline_setting(table: ActorTable, kb: Knowledge) -> str | None:
    """"Kenyan court lifts orders ...": the one state a headline names (by name, demonym,
    capital or city), when the text names it, by name or demonym, twice or more and at least
    twice as often as any other state."""
    named = headline_states(table.headline or "", kb)
    if len(named) != 1:
        return None
    state = named.pop()
    counts: dict[str, int] = {}
    for ent in table.doc.ents:
        if ent.label_ in ("GPE", "NORP", "LOC", "ORG"):
            found = kb.country_of(ent.text) or kb.city(ent.text) if ent.label_ != "ORG" else None
            iso3 = found.iso3 if found is not None else institution_place(ent.text, kb)
            if iso3 is not None:  # "the University of <city>" too
                counts[iso3] = counts.get(iso3, 0) + 1
    own = counts.get(state, 0)
    return state if own >= 2 and all(2 * n <= own for c, n in counts.items() if c != state) else None


def headline_states(headline: str, kb: Knowledge) -> set[str]:
    """The states a headline names: "Kenyan court lifts ...", "Somalia's X signs ...",
    "... Near Sydney"; an all-capitals wire headline is read in title case."""
    words = re.findall(r"[A-Za-z][A-Za-z.\-]*", re.sub(r"['’]s\b", "", headline))
    if headline.isupper():
        words = [w if "." in w else w.capitalize() for w in words]
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            gram = " ".join(words[i:i + n])
            place = kb.country_of(gram) or kb.city(gram) if gram[:1].isupper() else None
            if place is not None:
                found.add(place.iso3)
                i += n - 1
                break
        i += 1
    return found


def institution_place(name: str, kb: Knowledge) -> str | None:
    """"University of <city>", "Institute of Economics of <city>": a body of no known state
    named after a city or state, which places its people there."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and words[-n - 1] in ("of", "in"):
            found = kb.country(" ".join(words[-n:])) or kb.city(" ".join(words[-n:]))
            if found is not None:
                return found.iso3
    return None


def dateline_country(text: str, kb: Knowledge) -> str | None:
    """ISO3 of the capital or country an article's dateline names: "OTTAWA, May 5 - ", "KABUL — "."""
    m = DATELINE.match(text)
    if m is None:
        return None
    if m.group(2):  # "GENVAL, Belgium, June 2 -"
        region = kb.country(m.group(2))
        return region.iso3 if region else None
    place = kb.capital(m.group(1)) or kb.country(m.group(1)) or kb.city(m.group(1))
    return place.iso3 if place else None


def host_state(table: ActorTable) -> str | None:
    """The dateline's state as it was on the story's date ("MOSCOW" in 1987: SUN)."""
    iso3 = dateline_country(text_of(table.doc), table.kb) if table.kb is not None else None
    return table.kb.state_at(iso3, table.date) or iso3 if iso3 and table.kb is not None else None


def government_modified(noun: Token) -> bool:
    """"government sources", "a senior government official", "a government statement": the noun is the
    government's, which wire style names so for the host state's."""
    return any(c.lemma_.lower() == "government" and c.dep_ in ("compound", "amod", "nmod") for c in noun.children)


def host_state_actor(table: ActorTable) -> str | None:
    """The country actor of the dateline's state, if the story names it."""
    return table.named_country(host_state(table))


def place_state(prep: Token, table: ActorTable) -> str | None:
    """The state of the place an "in <place>" phrase names ("in Washington": USA), at the story's date."""
    kb = table.kb
    if kb is None or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    for place in (p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"):
        state = kb.country_of(place.text) or kb.city(place.text)
        if state is not None:
            return kb.state_at(state.iso3, table.date) or state.iso3
    return None
