"""Construction suite for meeting constructions of branch news10, found by probing modern-story
constructions on made-up sentences after reading the blind VOA tuning halves' missed meetings.

Every sentence is invented (names, places and wording of no real article):

- "X, a Ugandan rescue expert, has flown in to help": a travel verb with no destination, no place and
  no dateline to stand for one is no visit — before, the demonym of the traveller's own apposition
  stood beside them as a second traveller, a visit of a person to their own state;
- "the U.N. chief met X" after "U.N. Secretary-General Y": the meeting is Y's
  (tests/test_quote10_constructions.py has the class for quotes and this meeting).
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import found, has

NO_PLACE = [
    "Kenya is battling floods. Paul Otim, a Ugandan rescue expert, has flown in to help his Kenyan colleagues.",
    "Paul Otim, a Ugandan rescue expert, has arrived to help.",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_a_trip_to_no_place_is_no_visit(extract, text):
    assert not [f for f in found(extract(text)) if f[0] == "visit"], found(extract(text))


PLACED = [
    ("Ugandan President Paul Otim arrived in Nairobi on Monday for a two-day visit.", ("Paul Otim", "Kenya")),
    ("NAIROBI, March 5 - Ugandan President Paul Otim arrived here on Monday for talks.", ("Paul Otim", "Kenya")),
    ("Ugandan President Paul Otim flew to Nairobi on Monday.", ("Paul Otim", "Kenya")),
]


@pytest.mark.parametrize("text,who", PLACED)
def test_a_trip_to_a_place_is_still_a_visit(extract, text, who):
    assert has(extract(text, date="1987-03-05"), "visit", None, *who), found(extract(text))
