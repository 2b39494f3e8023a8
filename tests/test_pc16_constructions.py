"""Person-country constructions of VOA and Wikinews style (lane pc16), one class per group,
with made-up names, places and wording (none taken from an article)."""
from __future__ import annotations

import pytest


def person(extraction, name: str):
    return next(a for a in extraction.actors if a.name == name)


FRAME = ("Leaders in Uganda and Tanzania watched the election closely. {} "
         "Observers from Ethiopia and Rwanda agreed.")


# --- a nationality stated by a predicate or an adjective in apposition ------------------------


@pytest.mark.parametrize("sentence,name,iso3", [
    ('"The count was rigged," said Peter Odhiambo, who is Kenyan.', "Peter Odhiambo", "KEN"),
    ("Maria Gonzales, who is Peruvian, said the count was rigged.", "Maria Gonzales", "PER"),
    ("Peter Odhiambo is Kenyan, and he said the count was rigged.", "Peter Odhiambo", "KEN"),
    ('"The count was rigged," said Peter Odhiambo, a Kenyan national.', "Peter Odhiambo", "KEN"),
    ('"The count was rigged," said Ana Lindqvist, a Swedish resident.', "Ana Lindqvist", "SWE"),
])
def test_stated_nationality_places_the_person(extract, sentence, name, iso3):
    assert person(extract(FRAME.format(sentence)), name).country == iso3


@pytest.mark.parametrize("sentence,name", [
    ('"The count was rigged," said Peter Odhiambo, whose wife is Kenyan.', "Peter Odhiambo"),
    ("Peter Odhiambo said the count was rigged. The tea is Kenyan, he added.", "Peter Odhiambo"),
    ('"The count was rigged," said Peter Odhiambo, a national security adviser.', "Peter Odhiambo"),
])
def test_a_nationality_of_someone_or_something_else_does_not(extract, sentence, name):
    assert person(extract(FRAME.format(sentence)), name).country is None


# --- a city or province before a title: "Kano Governor X" -------------------------------------


@pytest.mark.parametrize("sentence,name,iso3", [
    ("Kano Governor Musa Garba said the count was rigged.", "Musa Garba", "NGA"),
    ("On Monday, Kano Governor Musa Garba said the count was rigged.", "Musa Garba", "NGA"),
    ('"The count was rigged," said Kano Governor Musa Garba.', "Musa Garba", "NGA"),
    ('"The count was rigged," said Houston Mayor Dale Whitcombe.', "Dale Whitcombe", "USA"),
])
def test_a_place_before_a_title_is_the_officials_state(extract, sentence, name, iso3):
    assert person(extract(FRAME.format(sentence)), name).country == iso3


@pytest.mark.parametrize("sentence,name", [
    ('"The count was rigged," said Governor Musa Garba.', "Musa Garba"),
    ('"The count was rigged," said Deputy Governor Musa Garba.', "Musa Garba"),
])
def test_a_title_with_no_place_gives_no_state_in_a_story_of_several(extract, sentence, name):
    assert person(extract(FRAME.format(sentence)), name).country is None


# --- another name's description is not this one's: coordination and "counterpart" ------------


@pytest.mark.parametrize("sentence,expected", [
    ("Talks between U.S. Secretary of State John Whitcombe and Otto Keller ended on Monday.",
     {"John Whitcombe": "USA", "Otto Keller": None}),
    ("Delegates such as John Whitcombe of Canada and Otto Keller attended the session.",
     {"John Whitcombe": "CAN", "Otto Keller": None}),
    ("Leaders including Peter Odhiambo of Kenya, Joseph Okello of Uganda and Amani Mrisho of Tanzania attended.",
     {"Peter Odhiambo": "KEN", "Joseph Okello": "UGA"}),
    ("Presidents Peter Odhiambo of Kenya and Joseph Okello of Uganda attended the summit.",
     {"Peter Odhiambo": "KEN", "Joseph Okello": "UGA"}),
    ("Kenyan President Peter Odhiambo and his Ugandan counterpart Joseph Okello met on Monday.",
     {"Peter Odhiambo": "KEN", "Joseph Okello": "UGA"}),
    ("Kenyan President Peter Odhiambo met his counterpart Joseph Okello on Monday.",
     {"Peter Odhiambo": "KEN", "Joseph Okello": None}),
])
def test_a_coordinated_or_counterpart_name_keeps_its_own_state(extract, sentence, expected):
    extraction = extract(FRAME.format(sentence))
    assert {name: person(extraction, name).country for name in expected} == expected


def test_kin_still_takes_the_possessors_state(extract):
    extraction = extract(FRAME.format("Kenyan President Peter Odhiambo arrived with his wife, Mary Odhiambo."))
    assert person(extraction, "Mary Odhiambo").country == "KEN"


# --- "respectively": a plural title listing as many states as names ---------------------------


@pytest.mark.parametrize("sentence", [
    "Kenyan and Ugandan foreign ministers Peter Odhiambo and Joseph Okello attended the summit.",
    "The foreign ministers of Kenya and Uganda, Peter Odhiambo and Joseph Okello, attended the summit.",
])
def test_states_listed_with_a_plural_title_go_to_the_names_in_order(extract, sentence):
    extraction = extract(FRAME.format(sentence))
    assert (person(extraction, "Peter Odhiambo").country, person(extraction, "Joseph Okello").country) == ("KEN", "UGA")
