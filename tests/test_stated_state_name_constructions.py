"""A one-word name that matches a leader of the story's date is that leader only when its own words do
not place it in another state: "Moroccan King Hassan" and "King Hassan of Morocco" are not a Tanzanian
president named Hassan, "Tanzanian President Hassan" is. Made-up sentences; the leaders file is the real one."""
from __future__ import annotations

import pytest


def _person(e, word):
    return next(a for a in e.actors if a.kind == "person" and word in a.name.split())


@pytest.mark.parametrize("text,iso3", [
    ("Moroccan King Hassan met Senegalese President Amadou Diallo on Sunday.", "MAR"),
    ("King Hassan of Morocco met Senegalese President Amadou Diallo on Sunday.", "MAR"),
])
def test_a_name_placed_in_another_state_is_not_the_leader(extract, text, iso3):
    e = extract(text, date="2025-02-16")
    hassan = _person(e, "Hassan")
    assert hassan.name == "Hassan" and hassan.country == iso3, (hassan.name, hassan.country)


def test_a_name_placed_in_the_leaders_state_is_the_leader(extract):
    e = extract("Tanzanian President Hassan met Kenyan President Samuel Otieno.", date="2025-02-16")
    hassan = _person(e, "Hassan")
    assert hassan.name == "Samia Suluhu Hassan" and hassan.country == "TZA"
