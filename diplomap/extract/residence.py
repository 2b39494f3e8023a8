"""Countries of persons the text places by where they live or work, not by a title: "X, a
beautician from Ruritania", "Y, a bar worker in <town>", "Z, a professor at the University of
<city>". Read from a person's description (descriptions.py) when it names no title."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import Actor
from .knowledge import Knowledge
from .mentions import INTERNATIONAL_BODIES, ActorTable
from .placement import PLACING_PREPOSITIONS, Description
from .placement import place_of_token as _place
from .story_setting import institution_place


def residence(tokens: list[Token], table: ActorTable, kb: Knowledge) -> str | None:
    """"a nurse from Ruritania", "a Ruritanian farmer", "a shop owner in <town>", "an associate
    at a clinic in <town>": an indefinite noun set beside a name, placed by a demonym or by
    "from"/"in" a state or town."""
    noun = next((t for t in tokens if t.dep_ == "appos" and t.pos_ == "NOUN"
                 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)), None)
    if noun is None:
        return _home_town(tokens, table, kb)
    for t in tokens:
        if t.head == noun and t.dep_ in ("amod", "compound") and t.i < noun.i:
            found = kb.demonym(t.text)
            if found is not None:
                return found.iso3
        if t.dep_ == "pobj" and t.head.lower_ in PLACING_PREPOSITIONS and _on(t.head.head, noun):
            place = _place(t, table, kb)
            if place is not None:
                return place
    return None


def _home_town(tokens: list[Token], table: ActorTable, kb: Knowledge) -> str | None:
    """"<town> bar worker X": a place name opening a run that ends in a person noun."""
    lead = []
    for t in tokens:
        if t.pos_ != "PROPN" or t.dep_ != "compound" or t.i in table.token_actor:
            break
        lead.append(t.text)
    if not lead or len(lead) == len(tokens) or tokens[-1].lemma_.lower() not in kb.person_nouns:
        return None
    found = kb.town(" ".join(lead))
    return found.iso3 if found is not None else None


def _on(token: Token, noun: Token) -> bool:
    """The noun itself, or a body it is "at" ("an associate at a unit in <state>")."""
    return token == noun or token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head == noun


def posted_in(tokens: list[Token], table: ActorTable, kb: Knowledge) -> str | None:
    """"X, a provincial council member in Ghazni province", "Y, the police chief in <town>":
    the state of the place a title or person noun of the description puts him "in" (not "a
    summit in Ottawa with President X")."""
    nouns = {t.i for t in tokens if t.pos_ == "NOUN" and (kb.title(t.text) or t.lemma_.lower() in kb.person_nouns)}
    for t in tokens:
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i in nouns:
            place = _place(t, table, kb)
            if place is None and t.lower_ in kb.place_nouns:  # "in Ghazni province"
                name = [c for c in t.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "ORG")]
                place = _place(name[-1], table, kb) if name else None
            if place is not None:
                return place
    return _local_unit(tokens, table, kb) or _named_body_of_title(tokens, table, kb)


def _named_body_of_title(tokens: list[Token], table: ActorTable, kb: Knowledge) -> str | None:
    """"disaster management department spokesperson X" after "Ruritania's Department of Disaster
    Management Affairs", "ministry spokesperson Y" after "Borduria's foreign ministry": a body's
    word in the title (org_words.txt), with its modifiers, names a body of the story; its state."""
    for t in tokens:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kb.org_words or t.i in table.token_actor \
                or t.dep_ != "compound" or kb.title(t.head.text) is None:
            continue  # only a body's word the title itself is made of
        words = {t.lemma_.lower()} | {c.lower_ for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i}
        states = {a.country for a in table.by_id.values() if a.kind == "organization" and a.country
                  and words <= set(re.split(r"[\s\-]+|'s\b", a.name.lower()))}
        if len(states) == 1:
            return states.pop()
    return None


def _local_unit(tokens: list[Token], table: ActorTable, kb: Knowledge) -> str | None:
    """"Lamu County Commissioner X", "Y, the Zamfara state governor": a title whose office is a
    unit (place_nouns.txt) of a named place of one state."""
    for t in tokens:
        if t.lower_ in kb.place_nouns and t.dep_ in ("compound", "nmod") and t.head.i > t.i:
            names = [c for c in t.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            found = kb.town(" ".join(c.text for c in names)) if names else None  # the NER often misses it
            place = (_place(names[-1], table, kb) or (found.iso3 if found else None)) if names else None
            if place is not None:
                return place
    return None


def place_in_name(name: str, kb: Knowledge) -> str | None:
    """"Asia Society Texas Center", "Lusaka Farmers Union": the state of a country or a city of
    100,000 or more named inside an unknown body's name (not a town: "Asia" is one)."""
    words = re.split(r"[\s\-]+|'s\b", name)
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i:i + n])
            found = kb.country(gram) or kb.city(gram) if gram[:1].isupper() else None
            if found is not None:
                return found.iso3
    return None


def party_label(tokens: list[Token], kb: Knowledge) -> tuple[str, frozenset[str]] | None:
    """"Republican Sen. X", "Rep. Y (D-Ruritania)": a party label (party_labels.csv) beside a name."""
    return next((kb.party_labels[t.text] for t in tokens if t.text in kb.party_labels), None)


def affiliate(d: Description, body: Actor, kb: Knowledge, former: bool) -> None:
    """A person's body: its state ("the University of <city>": the city's), or an international
    body he serves."""
    org = kb.organization(body.name)
    home = body.country or (institution_place(body.name, kb) if org is None else None)
    d.affiliated = d.affiliated or not home
    if not home and org is None:  # a body no knowledge file knows: of a place its name holds, else
        d.body_place = d.body_place or place_in_name(body.name, kb)  # of the setting, unless it roams
        d.local_body = d.local_body or d.body_place is not None or not any(  # not "X International"
            w.lower() in kb.roving_body_words for w in re.split(r"[\s\-]+|'s\b", body.name))
    if home:
        d.country = home
        d.party_body = org is not None and org.category == "party"
    elif org is not None and org.category in INTERNATIONAL_BODIES and not former:
        d.organization = body.name



def state_referred_back(tokens: list[Token], table: ActorTable) -> str | None:
    """"the head of the country's election commission, X", "X, the nation's interior minister": a
    singular "the country's" in a description refers back, like a pronoun, to the state named last
    before it (by name or demonym)."""
    for t in tokens:
        if t.lemma_.lower() in ("country", "nation") and t.tag_ == "NN" \
                and any(c.tag_ == "POS" for c in t.children) and any(c.lower_ == "the" for c in t.children):
            named = [m for m in table.mentions if m.start < t.i and table.by_id[m.actor_id].kind == "country"]
            return table.by_id[max(named, key=lambda m: m.start).actor_id].country if named else None
    return None
