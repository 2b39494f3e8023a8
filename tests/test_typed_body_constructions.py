"""A name that a kind of body set beside it declares an organisation ("Ruritanian airline Skyvale
Air", "Fernhold, the Bordurian export credit agency"), whatever label the NER gave it; a noun for
a body's people ("the rebel X") declares no body; a body's state from its own words ("Iranian
airline", a known body opening its name, never one inside it). Made-up names, places and wording."""
from __future__ import annotations

import pytest


def kinds(extraction) -> dict:
    return {a.name: a.kind for a in extraction.actors}


@pytest.mark.parametrize("text,name", [
    ("Germany on Monday banned Iranian airline Skyvale Air from flying over its territory.", "Skyvale Air"),
    ("The ministers will go on to Paris for talks with Fernhold, the French export credit agency.", "Fernhold"),
    ("The charity Brightwater Relief delivered food to the camps on Tuesday.", "Brightwater Relief"),
    ("Japan's top business group Nikkoren has urged the government to lift the quotas.", "Nikkoren"),
])
def test_a_kind_noun_beside_a_name_declares_a_body(extract, text, name):
    assert kinds(extract(text)).get(name) == "organization"


@pytest.mark.parametrize("text,name,kind", [
    ("The rebel Joseph Okanda told reporters the ceasefire was over.", "Joseph Okanda", "person"),
    ("Ecuador, the smallest producer, agreed to cut its output.", "Ecuador", "country"),
])
def test_a_person_noun_or_a_state_is_no_declared_body(extract, text, name, kind):
    assert kinds(extract(text)).get(name) == kind


@pytest.mark.parametrize("text,name,iso3", [
    ("Germany on Monday banned Iranian airline Skyvale Air from flying over its territory.", "Skyvale Air", "IRN"),
    ("The ministers will go on to Paris for talks with Fernhold, the French export credit agency.", "Fernhold", "FRA"),
])
def test_a_declared_body_takes_the_state_of_its_kind_noun(extract, text, name, iso3):
    assert {a.name: a.country for a in extract(text).actors}.get(name) == iso3


# --- a known body gives a name its state only when it opens the name --------------------------


@pytest.mark.parametrize("text,name,iso3", [
    ("The National Congress Party said it would appeal the ruling.", "National Congress Party", None),
    ("The Taliban Foreign Ministry said it rejected the claim.", "Taliban Foreign Ministry", "AFG"),
])
def test_a_known_body_inside_a_name_is_no_state(extract, text, name, iso3):
    assert {a.name: a.country for a in extract(text, date="2020-07-10").actors}.get(name, "absent") == iso3
