"""A tour of a region stops where its traveller acts: "X, who is touring southern Africa, held talks in
Lusaka", "X, on a tour of the Gulf, met Y in Doha" — a visit to the state of the place "in" the clause the
tour describes; the region is no state, and never the dateline's. Made-up sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    ("relative-touring",
     "JOHANNESBURG, April 6 - British Foreign Secretary Alan Dunmore, who is touring southern Africa, held talks in "
     "Lusaka on Saturday with Zambian President Kenneth Mwale.",
     [("visit", "occurred", ("Alan Dunmore", "Zambia"))]),
    ("relative-on-a-tour-of",
     "JOHANNESBURG, April 6 - Commonwealth Secretary-General Desmond Ramkissoon, who is on a tour of southern "
     "Africa, held talks in Lusaka on Saturday with Zambian President Kenneth Mwale.",
     [("visit", "occurred", ("Desmond Ramkissoon", "Zambia"))]),
    ("participle-touring",
     "JOHANNESBURG, April 6 - Zambian Foreign Minister Luka Banda, touring southern Africa, met Zimbabwean "
     "President Robert Chikore in Harare on Saturday.",
     [("visit", "occurred", ("Luka Banda", "Zimbabwe"))]),
]


@pytest.mark.parametrize("name,text,want", [pytest.param(*c, id=c[0]) for c in CASES])
def test_a_tour_stops_where_the_traveller_meets(extract, name, text, want):
    e = extract(text, date="1987-04-06")
    assert_meetings(e, name, want)
    assert not [f for f in found(e) if f[0] == "visit" and "South Africa" in f[2]], found(e)


def test_a_tour_at_home_is_no_visit(extract):
    e = extract("JOHANNESBURG, April 6 - Zambian President Kenneth Mwale, who is touring southern Africa, held talks "
                "in Lusaka on Saturday with British Foreign Secretary Alan Dunmore.", date="1987-04-06")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


def test_a_cancelled_trip_elsewhere_leaves_the_dateline_visit(extract):
    e = extract("WASHINGTON, April 27 - Treasury Secretary Ralph Dunmore has cancelled a trip to Australia because "
                "of pressing business at home, including the visit this week by Japanese Prime Minister Kenji Arata.",
                date="1987-04-27")
    assert_meetings(e, "dateline-visit", [("visit", "occurred", ("Kenji Arata", "United States"))])
