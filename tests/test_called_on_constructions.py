""""X called on Y" is a visit to a person, a meeting, when a person calls on a person and no appeal follows:
not "called on Y to resign", "called on Y for restraint", "called on Russia to withdraw", nor a body's
"called on the President in a resolution to retaliate". Made-up sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found


def test_a_person_called_on_a_person(extract):
    e = extract("Visiting Chinese Premier Li Wen called on President Maria Santos at the presidential palace on "
                "Tuesday.", date="2024-05-01")
    assert_meetings(e, "called-on", [("meet", "occurred", ("Li Wen", "Maria Santos"))])


def test_expected_to_call_on_is_a_planned_meeting(extract):
    e = extract("Sri Lankan Foreign Minister Tissa Wijeratne arrived in New Delhi on Thursday. Wijeratne is "
                "expected to call on Home Minister Suresh Bhandari on Friday before returning to Colombo.",
                date="1987-04-02")
    assert_meetings(e, "expected", [("meet", "planned", ("Suresh Bhandari", "Tissa Wijeratne"))])


@pytest.mark.parametrize("text", [
    "Opposition leader Kemal Aydin called on the prime minister, Hasan Polat, to resign.",
    "Opposition leader Kemal Aydin called on Defence Minister Arif Khan for restraint.",
    "Foreign Minister Kemal Aydin called on Russia to withdraw its troops from the border.",
    "The Senate Finance Committee called on President Hasan Polat in a resolution to retaliate against Japan.",
])
def test_an_appeal_is_no_meeting(extract, text):
    assert not [f for f in found(extract(text, date="2024-05-01")) if f[0] == "meet"], text

