"""Persons whose country the text gives in a construction beyond the name's own descriptions,
one class per group, with made-up names, places and wording (none taken from an article). Each
story names several other states, so the story's setting decides nothing."""
from __future__ import annotations

import pytest
from actor_helpers import country_of

ELSEWHERE = " Officials in France, Germany and Italy welcomed the plan, and Spain and Portugal were silent."

# --- "X, who heads <state>'s body", "Y, who works at <state>'s bank": a relative clause of leading or
# serving reads as the apposition "head of ...", "an official at ..." does; what hangs on the body
# ("a camp in <state>", "a charity that helps <demonym> children") places no one ---------------------


@pytest.mark.parametrize("text,name,iso3", [
    ("Marek Volny, who heads Poland's national security bureau, said the talks would continue.",
     "Marek Volny", "POL"),
    ("Tomas Berg, who leads Sweden's largest opposition party, said the plan was flawed.", "Tomas Berg", "SWE"),
    ("Rafael Soto, who chairs Chile's senate foreign relations committee, said the deal was fair.",
     "Rafael Soto", "CHL"),
    ("Peter Otieno, who heads the Kenya Wildlife Service, said poaching had fallen.", "Peter Otieno", "KEN"),
    ("Peter Otieno, who headed the Kenyan delegation, said the plan was flawed.", "Peter Otieno", "KEN"),
    ("Peter Otieno, who runs Kenya's largest bank, said the plan was flawed.", "Peter Otieno", "KEN"),
    ("Peter Otieno, who commands Kenya's navy, said the plan was flawed.", "Peter Otieno", "KEN"),
    ("Peter Otieno, who works at Kenya's central bank, said the plan was flawed.", "Peter Otieno", "KEN"),
    ("Peter Otieno, who served as Kenya's ambassador to Japan, said the plan was flawed.", "Peter Otieno", "KEN"),
])
def test_a_leading_clause_places_its_leader(extract, text, name, iso3):
    assert country_of(extract(text + ELSEWHERE, date="2024-05-01"), name) == iso3


@pytest.mark.parametrize("text,name", [
    ("Peter Otieno, who heads the United Nations refugee agency, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who led the talks with Kenya, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who leads a group of volunteers, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who visited Kenya's national parks, said poaching had fallen.", "Peter Otieno"),
    ("Peter Otieno, who works in Kenya, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who works with Kenyan refugees, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who works for an international charity in Kenya, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who manages a refugee camp in Kenya, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who runs a charity that helps Kenyan children, said the plan was flawed.", "Peter Otieno"),
    ("Peter Otieno, who heads the agency's mission in Kenya, said the plan was flawed.", "Peter Otieno"),
])
def test_a_clause_leading_no_states_body_places_no_one(extract, text, name):
    assert country_of(extract(text + ELSEWHERE, date="2024-05-01"), name) is None


# --- a story two states share: a bare national title speaks for its main state ------------------

TWO_STATES = ("Heavy rains flooded villages in Ruritania's south on Monday. Ruritania said 40 homes were "
              "destroyed, roads in Ruritania's north were cut and Ruritania closed schools. In Borduria, two "
              "bridges collapsed, Borduria asked for help and Borduria's army was deployed. \"Rescue teams are "
              "still searching,\" said disaster management department spokesperson Tamsin Okoro. \"We need "
              "boats,\" said Idris Banda, a fisherman.")


def test_an_official_of_a_two_state_story_is_of_its_main_state(extract_titled):
    e = extract_titled(_states("Floods batter Ruritania, Borduria"), _states(TWO_STATES))
    assert country_of(e, "Tamsin Okoro") == "MWI"


@pytest.mark.parametrize("title,name", [
    ("Floods batter Ruritania, Borduria", "Idris Banda"),  # no title: of either state
    ("Rains flood the region", "Tamsin Okoro"),  # the headline names neither state
])
def test_no_main_state_for_a_person_without_title_or_a_headline_state(extract_titled, title, name):
    assert country_of(extract_titled(_states(title), _states(TWO_STATES)), name) is None


def _states(text: str) -> str:
    """Real states for the made-up ones: Malawi named four times, Mozambique three (no setting)."""
    return text.replace("Ruritania", "Malawi").replace("Borduria", "Mozambique")
