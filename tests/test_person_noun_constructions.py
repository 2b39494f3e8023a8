"""A person noun the parser read as an adjective still describes the name beside it, with
made-up names, places and wording (none taken from an article)."""
from __future__ import annotations

import pytest
from actor_helpers import country_of


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


# --- "A's title A and B's title B": B's description starts after the "and" ---------------------


@pytest.mark.parametrize("text,name,iso3", [
    ("On October 6, US President Donald Trump and Peruvian President Tomas Arrieta spoke on the "
     "phone. Arrieta said the border would stay open.", "Tomas Arrieta", "PER"),
    ("Kenyan Foreign Minister Otieno Barasa and Ugandan Foreign Minister Okello Mugisha met in "
     "Kampala on Friday.", "Okello Mugisha", "UGA"),
])
def test_a_second_titled_name_keeps_its_own_state(extract, text, name, iso3):
    assert country_of(extract(text), name) == iso3


def test_a_possessors_envoy_keeps_the_possessor(extract):
    e = extract("Ruritania's envoy Tomas Arrieta met Chile's foreign minister in Santiago.")
    assert country_of(e, "Tomas Arrieta") is None or country_of(e, "Tomas Arrieta") != "CHL"


def test_the_run_before_a_name_starts_after_another_coordinated_name(nlp):
    from diplomap.extract.role_phrases import after_another_name as _after_another_name

    doc = nlp("Chilean President Rodrigo Valdivia and Peruvian President Tomas Arrieta spoke.")
    left = [t for t in doc if t.i < 7]
    assert [t.text for t in _after_another_name(left)] == ["Peruvian", "President"]
    assert [t.text for t in _after_another_name(left[:2])] == ["Chilean", "President"]
