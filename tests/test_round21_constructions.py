"""Classes of round 21, read off the tuning Reuters stories: a body owned by a state speaks, not the
state ("a spokesman for Ruritania's Foreign Ministry"); a royal without an office travels for a state
("Prince X went to Y"); "B will accompany A" makes B a traveller of A's visit told in the story.

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

from tests.test_quote_constructions import speaker

OWNED_BODY = [
    ("BEIJING, May 4 - \"China firmly rejects these claims,\" said a spokesman for China's Foreign Ministry.",
     "firmly rejects", "China's Foreign Ministry"),
    ("MOSCOW, May 4 - \"The exercise posed no threat to anyone,\" an official of Russia's Defence Ministry told "
     "reporters.", "posed no threat", "Russia's Defence Ministry"),
    ("CAIRO, May 4 - \"The crossing will stay open through the holiday,\" said a statement from Egypt's Foreign "
     "Ministry.", "stay open", "Egypt's Foreign Ministry"),
]


@pytest.mark.parametrize("text,fragment,who", OWNED_BODY)
def test_a_body_a_state_owns_speaks_not_the_state(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2023-05-04") == who


def test_a_possessive_state_alone_still_speaks(extract):
    text = "ANKARA, May 4 - \"We will answer this in due course,\" said a statement on Turkey's behalf."
    assert speaker(extract, text, "answer this", date="2023-05-04") == "Turkey"


def test_royals_without_an_office_make_a_visit(extract):
    e = extract("LONDON, March 3 - Britain's Prince Edmund and Princess Clara went to Jordan in November.",
                date="1987-03-03")
    assert_meetings(e, "royals", [("visit", "occurred", ("Jordan", "Prince Edmund", "Princess Clara"))])


def test_a_private_person_going_abroad_makes_no_visit(extract):
    e = extract("LONDON, March 3 - Edmund Clarke went to Jordan in November.", date="1987-03-03")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


def test_who_will_accompany_a_visitor_visits_too(extract):
    e = extract("TOKYO, March 3 - Prime Minister Kenji Arata will visit Washington next month. Foreign Minister "
                "Taro Ishibe will accompany Arata, ministry officials said.", date="1987-03-03")
    assert_meetings(e, "accompany", [("visit", "planned", ("Kenji Arata", "United States")),
                                     ("visit", "planned", ("Taro Ishibe", "United States"))])


def test_accompanying_someone_who_makes_no_visit_is_no_visit(extract):
    e = extract("TOKYO, March 3 - Foreign Minister Taro Ishibe accompanied Prime Minister Kenji Arata to a "
                "factory outside Osaka.", date="1987-03-03")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)
