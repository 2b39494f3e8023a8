"""Construction suite for meeting constructions of branch reuters13, found by reading the meetings
pipeline 0.13.1 missed in two new Reuters 1987 gold sets (wire copy on finance and oil diplomacy).

Every sentence is invented (names, places and wording of no real article):

- a party that does something AT a body's meeting through an infinitive ("Japan will seek to
  strengthen the accord at the meeting of the Group of Seven", "X is expected to explain its plan at
  the IMF meeting", "urged Y to raise it at the session"): the infinitive has no subject of its own,
  its controller acts there and so takes part in the body's meeting — before, only a verb with its
  own subject placed its doer at the meeting;
- a plural "they" two sentences after the pair it stands for ("A and B visited X. This week they
  saw Y. They then flew to Z"): a "they" subject in between hands on its own antecedent — before, it
  ended the search and the later journey had no traveller;
- a count noun in the plural over two bodies ("to attend the IMF and World Bank meetings", "the spring
  meetings of the Fund and the Bank") is a meeting of each body, not one joining them (the singular
  "the annual meeting of A and B" stays one) — before, one meeting linked the two bodies;
- the body a meeting noun's "of" phrase names ("is going to Washington for meetings of the IMF", "left
  for Geneva for a meeting of the GATT council", "would seek it at talks of OPEC's pricing committee")
  is the partner of whoever travels to or acts at it — before, only a body named before the noun
  ("the OPEC conference") was; one who only speaks of "the meeting of NATO" is not placed there;
- "met his Japanese counterparts": the plural of "counterpart" with one state's demonym stands for that
  state (the singular keeps naming the one person who holds the office) — before, no one.
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import found, has, linked

AT_BODY_MEETING = [
    ("WASHINGTON, April 7 - Japan will seek to strengthen the accord at the meeting of the Group of Seven "
     "tomorrow, officials said.", ("G7", "Japan")),
    ("Nigeria hopes to win support at next week's OPEC meeting.", ("Nigeria", "OPEC")),
    ("Japan is expected to explain its measures at the International Monetary Fund meeting next week.",
     ("International Monetary Fund", "Japan")),
    ("Foreign Minister Ana Ruiz urged Peru to raise the matter at the meeting of the Organization of "
     "American States.", ("Organization of American States", "Peru")),
]


@pytest.mark.parametrize("text,who", AT_BODY_MEETING)
def test_the_controller_of_an_infinitive_at_a_body_meeting_takes_part(extract, text, who):
    e = extract(text, date="1987-04-06")
    assert has(e, "meet", None, *who), found(e)


NOT_AT_BODY_MEETING = [
    "Analysts expect prices to rise at the OPEC meeting.",
    "The central bank is likely to cut rates at its meeting next week.",
]


@pytest.mark.parametrize("text", NOT_AT_BODY_MEETING)
def test_no_party_no_meeting(extract, text):
    assert not found(extract(text, date="1987-04-06"))


def test_the_urger_is_not_placed_at_the_meeting(extract):
    e = extract("Foreign Minister Ana Ruiz urged Peru to raise the matter at the meeting of the "
                "Organization of American States.", date="1987-04-06")
    assert not linked(e, "Ana Ruiz", "Organization of American States"), found(e)


CHAINED_THEY = [
    ("LIMA, March 6 - Finance Minister Ana Ruiz and central bank president Jorge Salas last week visited "
     "Washington to explain the plan. This week they have sought support in France and Italy. They have now "
     "decided to extend their tour, flying on Sunday to Tokyo to talk to government officials.",
     ("Ana Ruiz", "Japan", "Jorge Salas")),
    ("Finance Minister Ana Ruiz and Trade Minister Jorge Salas arrived in Paris on Monday. They flew to Rome on "
     "Tuesday. They will travel to Bonn on Friday.", ("Ana Ruiz", "Germany", "Jorge Salas")),
]


@pytest.mark.parametrize("text,who", CHAINED_THEY)
def test_a_they_between_hands_on_its_pair(extract, text, who):
    e = extract(text, date="1987-03-06")
    assert has(e, "visit", None, *who), found(e)


def test_a_plural_noun_between_still_ends_the_chain(extract):
    e = extract("LIMA, March 6 - Finance Minister Ana Ruiz and central bank president Jorge Salas visited "
                "Washington last week. The bankers said they were surprised. They flew to Tokyo on Sunday.",
                date="1987-03-06")
    assert not linked(e, "Ana Ruiz", "Japan"), found(e)


PLURAL_OVER_BODIES = [
    "TOKYO, April 3 - Finance Minister Kenji Moriwaki leaves on April 7 to attend the IMF and World Bank meetings.",
    "Finance Minister Kenji Moriwaki will speak at the spring meetings of the International Monetary Fund and the "
    "World Bank next week.",
]


@pytest.mark.parametrize("text", PLURAL_OVER_BODIES)
def test_plural_meetings_of_two_bodies_are_one_of_each(extract, text):
    e = extract(text, date="1987-04-03")
    assert has(e, "meet", None, "Kenji Moriwaki", "International Monetary Fund"), found(e)
    assert has(e, "meet", None, "Kenji Moriwaki", "World Bank"), found(e)
    assert not linked(e, "International Monetary Fund", "World Bank"), found(e)


def test_a_joint_meeting_of_two_bodies_stays_one(extract):
    e = extract("Finance Minister Kenji Moriwaki will speak at the annual meeting of the International Monetary "
                "Fund and the World Bank next week.", date="1987-04-03")
    assert has(e, "meet", None, "Kenji Moriwaki", "International Monetary Fund", "World Bank"), found(e)


OF_BODY = [
    ("Finance Minister Roger Hale is going to Washington next week for meetings of the International Monetary "
     "Fund.", ("International Monetary Fund", "Roger Hale")),
    ("Trade Minister Roger Hale will leave for Geneva on Monday for a meeting of the GATT council.",
     ("GATT", "Roger Hale")),
    ("Trade Minister Roger Hale arrived in Geneva on Monday for a meeting of the GATT council.", ("GATT", "Roger Hale")),
    ("Oil Minister Roger Hale said Ecuador wanted a lower price and would seek it at talks this month of OPEC's "
     "pricing committee.", ("Ecuador", "OPEC")),
]


@pytest.mark.parametrize("text,who", OF_BODY)
def test_the_body_of_the_of_phrase_is_met(extract, text, who):
    e = extract(text, date="1987-06-19")
    assert has(e, "meet|negotiate", None, *who), found(e)


def test_plural_meetings_of_two_bodies_named_after_the_noun(extract):
    e = extract("Finance Minister Roger Hale is going to Washington next week for meetings of the International "
                "Monetary Fund and the World Bank.", date="1987-06-19")
    assert has(e, "meet", None, "Roger Hale", "International Monetary Fund"), found(e)
    assert has(e, "meet", None, "Roger Hale", "World Bank"), found(e)
    assert not linked(e, "International Monetary Fund", "World Bank"), found(e)


NOT_OF_BODY = [
    ("Foreign Minister Roger Hale said the meeting of NATO would discuss the missiles.", "NATO"),
    ("The plan was discussed at a meeting of World Bank staff on Monday.", "World Bank"),
    ("Chancellor Roger Hale was speaking after an informal gathering of European Community finance ministers "
     "held to prepare for discussions on debt at next week's spring meetings of the IMF and World Bank.",
     "World Bank"),
]


@pytest.mark.parametrize("text,body", NOT_OF_BODY)
def test_speaking_of_a_body_meeting_is_no_part_in_it(extract, text, body):
    e = extract(text, date="1987-06-19")
    assert not [f for f in found(e) if body in f[2]], found(e)


def test_plural_counterparts_of_one_state_are_that_state(extract):
    e = extract("Treasury Secretary Tom Baxter met his Japanese counterparts in Tokyo on Monday.", date="1987-04-04")
    assert has(e, "meet", None, "Japan", "Tom Baxter"), found(e)


def test_plural_counterparts_of_no_named_state_are_no_one(extract):
    e = extract("Foreign Minister Tom Baxter met his counterparts in Brussels on Monday.", date="1987-04-04")
    assert not [f for f in found(e) if f[0] != "visit"], found(e)

