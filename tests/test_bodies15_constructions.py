"""Meetings with bodies and their gatherings (branch bodies15): made-up passages in the style of wire copy.
Each positive passage lists the meetings an annotator would record (types joined with "|"; a meeting
matches when it has one of the types, the status unless None, and exactly the named parties); each
negative names pairs that must never be linked.
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import assert_meetings

WIRE = "1987-04-02"
M = "meet"


def C(cls, text, want, never=()):
    return pytest.param(text, tuple(want), tuple(never), id=cls)


CASES = [
    # -- "X left for <place> to attend <gathering>": the parser makes the place the subject of "to attend"
    C("for_place_to_attend", "Japanese Finance Minister Kiichi Miyazawa left for Washington to attend the G-7 "
      "meeting.", [(M, "planned", ("G7", "Kiichi Miyazawa"))], [("G7", "United States")]),
    C("for_place_to_attend", "Korean Finance Minister Chung In-yong will leave for Washington to attend the "
      "OPEC meeting.", [(M, "planned", ("Chung In-yong", "OPEC"))], [("OPEC", "United States")]),
    C("for_place_to_attend", "Nigerian Oil Minister Rilwanu Lukman flew to Geneva to attend a meeting of the "
      "Group of Seven.", [], [("G7", "Switzerland")]),
    C("for_place_to_attend", "The Peruvian delegation left for Caracas to take part in the talks.",
      [], []),
    # -- journeys told as nouns toward or back from a body's gathering
    C("journey_to_gathering", "OPEC conference president Rilwanu Lukman expects next week's meeting in Vienna "
      "to be calm. Lukman told reporters ahead of his departure on Sunday for the conference that prices would "
      "hold.", [(M, None, ("OPEC", "Rilwanu Lukman"))]),
    C("journey_to_gathering", "OPEC oil ministers will meet in Vienna next week. Nigerian Oil Minister Rilwanu "
      "Lukman told reporters ahead of his departure for the conference that prices would hold.",
      [(M, "planned", ("OPEC", "Rilwanu Lukman"))]),
    C("journey_to_gathering", "Nigerian Oil Minister Rilwanu Lukman, speaking on his return from the OPEC "
      "meeting in Vienna, said prices would hold.", [(M, "occurred", ("OPEC", "Rilwanu Lukman"))]),
    C("journey_to_gathering", "Japanese Finance Minister Kiichi Miyazawa said on his return from the annual "
      "meeting of the Asian Development Bank that the yen was stable.",
      [(M, "occurred", ("Asian Development Bank", "Kiichi Miyazawa"))]),
]

NEGATIVES = [
    # a journey to a place, not a gathering: no body met
    C("journey_to_place", "OPEC ministers agreed on prices last week. Nigerian Oil Minister Rilwanu Lukman "
      "told reporters ahead of his departure for Vienna that prices would hold.", [], [("OPEC", "Rilwanu Lukman")]),
    # a gathering no one is said to travel to, and its officer's title alone
    C("title_only", "OPEC conference president Rilwanu Lukman said prices would hold.", [],
      [("OPEC", "Rilwanu Lukman")]),
    # the journey of someone else than the speaker: the owner goes, not the one who speaks of it
    C("other_owner", "OPEC oil ministers will meet in Vienna next week. Nigerian Oil Minister Rilwanu Lukman "
      "said the conference would be calm. The journalists' departure for the conference was delayed.",
      [], [("OPEC", "Rilwanu Lukman")]),
    # a return from talks with a partner is not a gathering of a body
    C("return_from_talks", "Nigerian Oil Minister Rilwanu Lukman said on his return from talks in Caracas "
      "that prices would hold.", [], [("OPEC", "Rilwanu Lukman")]),
]


@pytest.mark.parametrize("text,want,never", CASES + NEGATIVES)
def test_body_meeting(extract, text, want, never):
    assert_meetings(extract(text, date=WIRE), text[:60], want, never)
