"""Construction suite for wire journeys, proposals and dates (wire10): a journey told as a noun ("ahead of his
departure for Vienna", "on his return from Tokyo") is a visit; proposing a meeting in other words ("suggested
talks with Japan", "favours a summit") makes its subject a party, the meeting proposed; an interaction dated after
the story ("a visit starting next Wednesday") is planned whatever its tense. Made-up sentences only; same case
shape as ``test_wire_constructions``.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    # --- journeys told as nouns (wire10): "ahead of his departure for X", "on his return from X" -----------
    ("ahead-of-his-departure-for-capital",
     "LAGOS, June 19 - Oil Minister Amos Kiprono told reporters ahead of his departure for Vienna on Sunday "
     "that prices would hold.", None, [("visit", None, ("Amos Kiprono", "Austria"))], []),
    ("departure-for-a-conference-in-capital",
     "LAGOS, June 19 - Oil Minister Amos Kiprono told reporters here ahead of his departure on Sunday for the "
     "conference in Vienna that prices would hold.", None, [("visit", None, ("Amos Kiprono", "Austria"))], []),
    ("eve-of-possessor-departure",
     "TOKYO, June 19 - The package was announced on the eve of Finance Minister Taro Sato's departure for "
     "Washington.", None, [("visit", None, ("Taro Sato", "United States"))], []),
    ("on-his-return-from-capital",
     "TOKYO, June 19 - Finance Minister Taro Sato said on his return from Washington that the yen was too "
     "strong.", None, [("visit", "occurred", ("Taro Sato", "United States"))], []),
    # --- an event dated after the story has not happened yet, whatever its tense (wire10) -------------------
    ("visit-starting-next-wednesday-planned",
     "TOKYO, April 26 - Officials prepared the ground for Japanese Prime Minister Ken Ito's visit to Washington "
     "starting next Wednesday.", "1987-04-26", [("visit", "planned", ("Ken Ito", "United States"))], []),
    ("visit-next-week-planned",
     "TOKYO, April 26 - The plan was drawn up for Japanese Prime Minister Ken Ito's visit to Washington next "
     "week.", "1987-04-26", [("visit", "planned", ("Ken Ito", "United States"))], []),
    ("visit-last-week-occurred",
     "TOKYO, April 26 - Japanese Prime Minister Ken Ito visited Washington last week.", "1987-04-26",
     [("visit", "occurred", ("Ken Ito", "United States"))], []),
    # --- proposing a meeting in other words ---------------------------------------------------------------
    ("suggested-talks-with-state",
     "Agriculture Secretary John Hale suggested bilateral talks with Japan on rice.", None,
     [("negotiate", "proposed", ("John Hale", "Japan"))], []),
    ("said-he-suggested-instead-talks",
     "Agriculture Secretary John Hale said he suggested instead bilateral talks with Japan on rice.", None,
     [("negotiate", "proposed", ("John Hale", "Japan"))], []),
    ("state-favours-summit",
     "Trade Minister Taro Sato said Japan favours a summit with the United States.", None,
     [("meet", "proposed", ("Japan", "United States"))], []),
    ("report-recommended-talks-between",
     "The report recommended talks between Kenya and Peru.", None,
     [("negotiate", "proposed", ("Kenya", "Peru"))], []),
]

NOT_MEETINGS = [
    ("departure-for-home",
     "TOKYO, June 19 - Finance Minister Taro Sato said before his departure for Tokyo that the yen was strong."),
    ("return-from-holiday",
     "TOKYO, June 19 - Finance Minister Taro Sato said on his return from holiday that the yen was strong."),
    ("return-from-abroad-of-a-farmer",
     "TOKYO, June 19 - Farmer Taro Sato said on his return from Washington that rice prices were low."),
    ("favoured-a-plan", "Trade Minister Taro Sato favoured the plan, officials said."),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_wire_journey_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-03-16")
    assert_meetings(e, name, want, never)


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_wire_journey_no_meeting(extract, name, text):
    assert found(extract(text, date="1987-03-16")) == [], found(extract(text, date="1987-03-16"))
