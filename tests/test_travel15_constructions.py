"""Construction suite for visits told beyond a plain "to" phrase (travel15): a journey noun's own stops ("a tour
of A, B and C", ``circuit_noun``), places apposed to a group noun ("visited OPEC members A, B and C", "flew to two
Gulf states, A and B"), being on a trip under a dateline ("X is on the first leg of a tour of European capitals"),
a state's mission abroad ("a Brazilian mission is now in Japan") and an invitation ("was invited to Tokyo for
talks": a proposed visit). Made-up sentences only; same case shape as ``test_trip_constructions``."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    # --- a tour's own "of" phrase names its stops, not the dateline's state ----------------------------------
    ("tour-of-three-states",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo began a tour of Japan, South Korea and China on "
     "Monday.",
     [("visit", "occurred", ("Japan", "Tomas Arvelo")), ("visit", "occurred", ("South Korea", "Tomas Arvelo")),
      ("visit", "occurred", ("China", "Tomas Arvelo"))], [("Peru", "Tomas Arvelo")]),
    ("will-start-tour-of-two-states",
     "OSLO, May 4 - Kenyan Foreign Minister John Kamau will start a tour of Denmark and Sweden next week.",
     [("visit", "planned", ("Denmark", "John Kamau")), ("visit", "planned", ("John Kamau", "Sweden"))],
     [("John Kamau", "Norway")]),
    # --- places apposed to a group noun -----------------------------------------------------------------------
    ("visited-members-list",
     "LIMA, March 5 - Iranian Oil Minister Reza Tabari also visited OPEC members Gabon, Algeria and Libya.",
     [("visit", "occurred", ("Gabon", "Reza Tabari")), ("visit", "occurred", ("Algeria", "Reza Tabari")),
      ("visit", "occurred", ("Libya", "Reza Tabari"))], []),
    ("visited-producers-two-word-state",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo visited the oil producers Saudi Arabia, Kuwait "
     "and Qatar.",
     [("visit", "occurred", ("Saudi Arabia", "Tomas Arvelo")), ("visit", "occurred", ("Kuwait", "Tomas Arvelo")),
      ("visit", "occurred", ("Qatar", "Tomas Arvelo"))], []),
    ("flew-to-two-states-comma-list",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo flew to two Gulf states, Kuwait and Bahrain, last "
     "week.",
     [("visit", "occurred", ("Kuwait", "Tomas Arvelo")), ("visit", "occurred", ("Bahrain", "Tomas Arvelo"))], []),
    # --- on a trip: the subject travels, the dateline's state hosts --------------------------------------------
    ("is-on-first-leg-of-tour-not-lead",
     "LONDON, March 2 - Talks went badly. Brazilian Finance Minister Tomas Arvelo is on the first leg of a tour "
     "of European capitals.",
     [("visit", "occurred", ("Tomas Arvelo", "United Kingdom"))], []),
    ("is-on-tour-of-countries",
     "ROME, March 17 - Talks went badly. American Trade Representative Paul Hale is on a lobbying tour of EC "
     "countries.",
     [("visit", "occurred", ("Italy", "Paul Hale"))], []),
    # --- a state's mission abroad -------------------------------------------------------------------------------
    ("mission-is-in-state-for-talks",
     "LIMA, March 5 - A Brazilian mission is now in Japan for talks with creditor banks.",
     [("visit", "occurred", ("Brazil", "Japan"))], []),
    ("mission-is-in-state",
     "LIMA, March 5 - Debt talks dragged on. A Brazilian mission is now in Japan.",
     [("visit", "occurred", ("Brazil", "Japan"))], []),
    # --- an invitation is a visit offered ----------------------------------------------------------------------
    ("invited-to-capital-for-talks",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo was invited to Tokyo for talks with Japanese "
     "Finance Minister Kiichi Sato.",
     [("visit", "proposed", ("Japan", "Tomas Arvelo")), ("negotiate", "proposed", ("Kiichi Sato", "Tomas Arvelo"))],
     []),
]

NOT_VISITS = [
    ("commented-on-the-tour",
     "ROME, March 17 - Talks went badly. American Trade Representative Paul Hale commented on the tour."),
    ("reported-on-others-tour",
     "ROME, March 17 - Talks went badly. American Trade Representative Paul Hale reported on a tour of European "
     "capitals by Japanese officials."),
    ("on-tour-at-home",
     "PARIS, March 17 - Talks went badly. French Trade Minister Paul Arnaud is on a tour of European capitals."),
    ("tour-of-duty", "NAIROBI, June 1 - Talks went badly. Kenyan General John Kamau began a tour of duty."),
    ("criticised-members-list",
     "LIMA, March 5 - Talks went badly. Iranian Oil Minister Reza Tabari criticised OPEC members Gabon and Algeria."),
    ("mission-at-home", "LIMA, March 5 - Debt talks dragged on. A Brazilian mission is now in Brazil."),
    ("peacekeeping-mission-no-state",
     "BEIRUT, March 5 - Fighting went on. A peacekeeping mission is now in Lebanon."),
]


@pytest.mark.parametrize("name,text,want,never", CASES, ids=[c[0] for c in CASES])
def test_travel15_construction(extract, name, text, want, never):
    assert_meetings(extract(text, date="1987-03-16"), name, want, never)


@pytest.mark.parametrize("name,text", NOT_VISITS, ids=[c[0] for c in NOT_VISITS])
def test_travel15_no_visit(extract, name, text):
    e = extract(text, date="1987-03-16")
    assert [m for m in found(e) if m[0] == "visit"] == [], found(e)
