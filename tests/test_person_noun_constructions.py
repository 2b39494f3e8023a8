"""A person noun the parser read as an adjective still describes the name beside it, with
made-up names, places and wording (none taken from an article)."""
from __future__ import annotations

import pytest


def country_of(extraction, name: str) -> str | None:
    found = {n: a for a in extraction.actors if a.kind == "person" for n in (a.name, *a.aliases)}
    return found[name].country


@pytest.mark.parametrize("text,name,iso3", [
    ("One of the best known foreign faces on Thai television is a French national, Luc Marnier, "
     "who became famous in 2021.", "Luc Marnier", "FRA"),
    ("Among the most followed bloggers in Vietnam is a Canadian national, Erin Castell, who moved "
     "there in 2015.", "Erin Castell", "CAN"),
])
def test_a_nationality_on_a_person_noun_read_as_an_adjective(extract, text, name, iso3):
    assert country_of(extract(text), name) == iso3


def test_a_un_coordinator_for_a_state_is_not_its_resident(extract):
    e = extract("\"The protests continue,\" U.N. Resident Coordinator for Myanmar Andrew Kirkby said.")
    assert country_of(e, "Andrew Kirkby") is None
