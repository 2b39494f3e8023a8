"""A person right after "meet" whom the parser made the subject of a misread word ("ready to meet Afghan Foreign
Minister X face to face": "face" read as a verb) is the one met, when the verb found no other partner; not a
name after a comma or a preposition. Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import assert_meetings, found


def test_a_person_stranded_after_meet_by_a_misread_idiom_is_met(extract):
    e = extract("Pakistani Foreign Minister Zafar Rana said on Friday he was ready to meet Afghan Foreign Minister "
                "Gul Mohammad Safi face to face.", date="1988-04-24")
    assert_meetings(e, "stranded", [("meet", "proposed", ("Gul Mohammad Safi", "Zafar Rana"))])


def test_a_name_after_a_comma_is_not_the_one_met(extract):
    e = extract("The two delegations will meet, Afghan Foreign Minister Gul Mohammad Safi told reporters on "
                "Friday.", date="1988-04-24")
    assert not [f for f in found(e) if "Gul Mohammad Safi" in f[2] and len(f[2]) == 2 and f[0] == "meet"], found(e)
