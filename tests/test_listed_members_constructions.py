"""Persons listed beside "members of <a state's body>", and diplomats speaking right after their state,
are that state's, with made-up names,
places and wording (none taken from an article)."""
from __future__ import annotations

import pytest
from actor_helpers import country_of


@pytest.mark.parametrize("text,names,iso3", [
    ("Tensions rose in Bosnia. Meanwhile, in Washington, three members of the U.S. Senate — Robert "
     "Hale, Susan Miller and James Porter — urged the administration to act on the crisis in Bosnia.",
     ("Susan Miller", "James Porter"), "USA"),
    ("Two members of the French National Assembly, Luc Ferrand and Odile Marchetti, wrote to the "
     "president of Chad on Tuesday.", ("Luc Ferrand", "Odile Marchetti"), "FRA"),
    ("Three members of the Canadian parliament, Anne Girard, Helen Fraser and Tom Kelly, visited the "
     "refugee camps in Jordan last week.", ("Anne Girard", "Helen Fraser", "Tom Kelly"), "CAN"),
])
def test_names_listed_beside_members_of_a_states_body(extract, text, names, iso3):
    e = extract(text)
    assert {country_of(e, n) for n in names} == {iso3}


def test_a_member_of_an_international_body_takes_no_state(extract):
    e = extract("Two members of the U.N. Human Rights Council, Ana Duarte and Karl Lindqvist, "
                "visited the camps in Jordan last week.")
    assert country_of(e, "Karl Lindqvist") is None


# --- a diplomat named after a sentence whose subject is the one state he speaks of ---------------


@pytest.mark.parametrize("text,name,iso3", [
    ("Brazil, which has long traded with both sides, expressed concern about the fighting. \"Brazil "
     "calls on the parties to return to talks,\" Deputy Ambassador Ricardo Tavares said.",
     "Ricardo Tavares", "BRA"),
    ("Norway said it was ready to host new talks. \"Norway stands ready to help,\" Ambassador Ingrid "
     "Solberg told the council.", "Ingrid Solberg", "NOR"),
])
def test_a_diplomat_speaks_for_the_state_just_the_subject(extract, text, name, iso3):
    assert country_of(extract(text), name) == iso3


def test_a_diplomat_beside_two_states_takes_neither(extract):
    e = extract("Brazil expressed concern about the fighting. \"Brazil and Chile call for talks,\" "
                "Deputy Ambassador Ricardo Tavares said.")
    assert country_of(e, "Ricardo Tavares") is None


# --- after a US party label, "of <place>" is the member's home state ------------------------------


@pytest.mark.parametrize("text,name", [
    ("Republican committee member Wade Ellery of Georgia said the inquiry was unfair.", "Wade Ellery"),
    ("Democratic leader Howard Pruitt of West Virginia said the Senate would vote next week.", "Howard Pruitt"),
])
def test_a_party_members_home_state_is_not_his_country(extract, text, name):
    assert country_of(extract(text, date="2019-09-25"), name) == "USA"
