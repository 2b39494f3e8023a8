"""Visits told by the people who go along: "officials travelling with X said", "aides accompanying X",
"reporters travelling with X to Jeddah" — X is on a trip to the named place or the dateline's, a visit when X
speaks for another state; the main clause's negation ("would not provide details") is not the trip's.
Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import assert_meetings, found


def test_officials_travelling_with_a_minister_at_the_dateline(extract):
    e = extract("WASHINGTON, April 8 - Officials travelling with Japanese Finance Minister Kenji Arata said he "
                "would press for a stronger currency accord.", date="1987-04-08")
    assert_meetings(e, "dateline", [("visit", "occurred", ("Kenji Arata", "United States"))])


def test_the_main_clause_negation_is_not_the_trip(extract):
    e = extract("WASHINGTON, April 8 - The officials travelling with Japanese Finance Minister Kenji Arata would "
                "not provide any details of the proposal.", date="1987-04-08")
    assert_meetings(e, "negated-main", [("visit", "occurred", ("Kenji Arata", "United States"))])


def test_reporters_travelling_with_a_secretary_to_a_named_place(extract):
    e = extract("Reporters travelling with U.S. Secretary of State Mark Dalton to Beijing were told the talks "
                "would last two days.", date="2024-05-03")
    assert_meetings(e, "named-place", [("visit", "occurred", ("China", "Mark Dalton"))])


def test_travelling_at_home_is_no_visit(extract):
    e = extract("WASHINGTON, April 8 - Officials travelling with U.S. Treasury Secretary Ralph Dunmore said he "
                "would press for a stronger currency accord.", date="1987-04-08")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)
