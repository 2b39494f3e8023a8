"""Construction suite for the syntax-bounded fallback of branch recall10 (extract/fallback_meetings.py):
a meeting noun the specific frames left with fewer than two parties takes the actors of two states
that stand within a few argument arcs of it.

Every sentence is invented (names, places and wording of no real article).
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import found, has, linked

FOUND = [
    ("Senior Portuguese officials tomorrow open talks with Moroccan fisheries negotiators in Rabat.",
     ("Morocco", "Portugal")),  # a phase verb ("open", "resume", "kick off") no light-verb list names
    ("Tanzania and Zambia resume railway negotiations next week, officials said.", ("Tanzania", "Zambia")),
    ("The talks, launched after concerns about flooding, involve the Netherlands and Luxembourg.",
     ("Luxembourg", "Netherlands")),
    # the clause an event preposition hangs on: its subject and whom it addressed took part
    ("During the talks, Kenyan President Paul Otim stressed to Ugandan President Joseph Kaweesi the need for calm.",
     ("Joseph Kaweesi", "Paul Otim")),
]


@pytest.mark.parametrize("text,who", FOUND)
def test_two_states_beside_a_meeting_noun_are_its_parties(extract, text, who):
    e = extract(text)
    assert has(e, "negotiate|meet", None, *who), found(e)


NEVER = [
    # a place phrase names the venue, not a party
    ("Chilean officials will attend a meeting in Lima next week.", ("Chile", "Peru")),
    # the body whose own meeting it is, and a state only its venue
    ("Finance ministers will gather in Rome before the annual meeting of the Andean Development Bank in Quito.",
     ("Italy", "Ecuador")),
    # a coordinated clause's subject takes no part in the first clause's meeting
    ("The Finnish minister held a meeting in Paris, the agency said, and Portugal welcomed it.",
     ("Finland", "Portugal")),
    # the clause's object is not read: only its subject and addressee
    ("At the meeting, Swedish officials criticised Norway.", ("Sweden", "Norway")),
    # one state's officials are one side
    ("Two Danish ministers met Danish trade unions in a closed meeting.", ("Denmark", "Denmark")),
]


@pytest.mark.parametrize("text,pair", NEVER)
def test_no_meeting_from_places_bodies_or_other_clauses(extract, text, pair):
    e = extract(text)
    assert not linked(e, *pair) if pair[0] != pair[1] else len(found(e)) == 0, found(e)


def test_a_quoted_meeting_word_takes_no_fallback(extract):
    e = extract('Kenyan envoy Paul Otim said: "Uganda wants talks with Kenya on the border."')
    assert not any(f[0] in ("meet", "negotiate") and "Paul Otim" in f[2] for f in found(e)), found(e)
