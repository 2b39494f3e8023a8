"""Travellers on the road: "X, en route to Lima, said", "asked while en route to Jeddah", "X, on his
way to Peru, told reporters": an official on the way to a foreign state is visiting it (the phrase
hangs on the traveller's name, or on a clause whose subject is the traveller); one "on his way home from
China", "on the way back from Lima" or "back from Lima" ("X, back from Tokyo, said") has been there (a visit,
occurred).
"""
from __future__ import annotations

from spacy.tokens import Token

from .doc_index import with_lowers
from .events import Event
from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import actors_of, official, subjects_of
from .wire_visits import states_among


def _road(token: Token) -> bool:
    """"en route", "on (his/the) way": the noun of a phrase of travel; "back" ("X, back from Tokyo, said",
    "X is just back from Seoul"), which hangs on the traveller's name or a form of "be"."""
    lower = token.lower_
    if lower == "back":
        return token.dep_ == "advmod" and (token.head.pos_ == "PROPN" or token.head.lemma_.lower() == "be")
    return token.dep_ == "pobj" and ((lower == "route" and token.head.lower_ == "en")
                                     or (lower == "way" and token.head.lower_ == "on"))


def _travellers(phrase: Token, table: ActorTable) -> list[str]:
    """Who is on the road: the name the phrase hangs on, else the subjects of its clause (up through
    a subjectless participle: "Asked … while en route to X, Y said")."""
    head = phrase.head
    if head.pos_ in ("PROPN", "NOUN"):
        return actors_of([head], table)
    for _ in range(2):
        subj = subjects_of(head, table)
        if subj or head.dep_ not in ("advcl", "prep") or head.head == head:
            return subj
        head = head.head
    return []


def _left_behind(token: Token) -> list[Token]:
    """"on his way home from China", "on the way back from Lima": the "from" phrase, on the road noun or on
    its "home"/"back"."""
    holders = [token, *[c for c in token.children if c.lower_ in ("home", "back")]]
    return [o for h in holders for o in prep_objects(h, "from")]


def find_transits(doc, table: ActorTable) -> list[Event]:
    events = []
    for token in with_lowers(doc, ("route", "way", "back")):
        if not _road(token):
            continue
        back = token.lower_ == "back"  # "X, back from Tokyo": hangs on the traveller, names only the place left
        places = [] if back else prep_objects(token, "to")
        left = [] if places else (prep_objects(token, "from") if back else _left_behind(token))
        dest = states_among(places or left, table)
        people = [a for a in _travellers(token if back else token.head, table)
                  if table.by_id[a].kind == "person" and official(table, a) and a not in dest
                  and not (left and dest and table.by_id[a].country in (None, table.by_id[dest[0]].country))]
        if dest and people:
            events.append(Event("visit", token, [people[0], dest[0]], people[0], dest[0],
                                place_text((places or left)[0]), subjects=(people[0],),
                                status="occurred" if left else None))
    return events
