"""Speakers and countries of round quote7, found by auditing the unlabelled stories and probing
invented variants: a state's own document speaks for it, an unnamed official of a body named by
one lower-case word speaks for that body, the members a "led by" phrase names are of the group's
state, and a local office's unit names the state its place is in.

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest
from actor_helpers import country_of

from tests.test_quote_constructions import speaker

# "“…,” the U.S. statement said": a document whose own modifier is a state is that state's word
# (before: no speaker; a state modifying a person or a body still does not speak)
STATE_DOCUMENTS = [
    ("Borduria rejected the offer. The United States said Borduria was defying the council. “The "
     "council must be united in condemning this reckless behavior,” the U.S. statement said.",
     "The council must", "United States"),
    ("Beijing rejected the charges on Monday. “The accusations are groundless and we firmly oppose "
     "them,” a Chinese statement said.", "The accusations are", "China"),
    ("Tehran answered on Friday. “We are ready for serious talks without any preconditions,” Iran's "
     "letter said.", "We are ready", "Iran"),
]


@pytest.mark.parametrize("text,fragment,who", STATE_DOCUMENTS)
def test_a_states_own_document_speaks_for_the_state(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_an_outlets_document_still_names_no_speaker(extract):
    text = "Reuters obtained the figures. “Sales will rise by ten percent next year overall,” the Reuters report said."
    assert speaker(extract, text, "Sales will rise") is None


def test_a_joint_statement_still_names_no_speaker(extract):
    text = ("The two leaders met in Quito. “Both sides agreed to deepen trade and security ties,” the joint "
            "statement said.")
    assert speaker(extract, text, "Both sides agreed") is None


# "a ministry spokesman said": the latest body named with that word speaks through its unnamed
# official (before: no speaker)
BODY_WORD_OFFICIALS = [
    ("Chile's Foreign Ministry summoned the envoy on Monday. “We will not accept interference in our "
     "internal affairs,” a ministry spokesman said.", "We will not accept", "Chile's Foreign Ministry"),
    ("TOKYO, April 8 - Japan's Agriculture Ministry opposes the plan. “Imports of rice would fall "
     "sharply within a year,” a senior ministry official said.", "Imports of rice", "Japan's Agriculture Ministry"),
]


@pytest.mark.parametrize("text,fragment,who", BODY_WORD_OFFICIALS)
def test_an_official_of_a_body_named_by_one_word_speaks_for_it(extract, text, fragment, who):
    date = "1987-04-08" if text.startswith("TOKYO") else "2025-02-16"
    assert speaker(extract, text, fragment, date=date) == who


def test_an_unnamed_diplomat_still_names_no_speaker(extract):
    text = "A diplomat said the talks went well. “We made real progress on the main issues today,” the diplomat said."
    assert speaker(extract, text, "We made real") is None


# "Eight Republican U.S. senators led by X and Y": each name a "led by" phrase gives a plural
# title or person noun of a state is one of them (before: no state for either)
@pytest.mark.parametrize("text,names,iso3", [
    ("Borduria and China deny the report. Eight Republican U.S. senators led by Tom Hadley and Ron "
     "Pickett sent a letter to the White House. China rejected it.", ("Tom Hadley", "Ron Pickett"), "USA"),
    ("Borduria and China deny the report. Japanese lawmakers, led by Taro Kimura, will fly to Beijing "
     "on Monday. China rejected it.", ("Taro Kimura",), "JPN"),
])
def test_names_leading_a_states_plural_people(extract, text, names, iso3):
    e = extract(text)
    assert {country_of(e, n) for n in names} == {iso3}


# "Lamu County Commissioner X", "X, the Lamu county commissioner": a title whose office is a unit
# (county, province, state, district ...) of a town the knowledge files place in one state, in a
# story that names several states (before: no state)
@pytest.mark.parametrize("text", [
    "Kenya, Somalia and the United States are fighting the militants. Kenya said more troops would come. "
    "Somalia agreed. The United States sent drones. Civilians may no longer ride with soldiers, says "
    "Lamu County Commissioner Peter Odhiambo.",
    "Kenya, Somalia and the United States are fighting the militants. Kenya said more troops would come. "
    "Somalia agreed. The United States sent drones. Peter Odhiambo, the Lamu county commissioner, said "
    "roads were closed.",
])
def test_a_local_units_title_places_its_holder(extract, text):
    assert country_of(extract(text), "Peter Odhiambo") == "KEN"


# "Japanese officials said …. The officials said …. “…,” one said": one of the plural people a
# subject of the last sentences named, so their state (before: no speaker); "they said" after
# "the officials" likewise; people of no state ("Diplomats said") stay nobody
ONE_OF_THEM = [
    ("OSLO, April 2 - Norwegian officials said the talks would go on. The officials said they expected a "
     "deal soon. “We have already seen some signs of progress on fishing quotas,” one said.",
     "We have already seen", "Norway"),
    ("OSLO, April 2 - Norwegian officials said the talks would go on. The officials said they expected a "
     "deal soon. “We have already seen some signs of progress on fishing quotas,” they said.",
     "We have already seen", "Norway"),
    ("U.S. officials said the visit would go well. “We're pleased and they are pleased that we are "
     "pleased,” one said.", "We're pleased", "United States"),
    ("Peruvian officials said the visit would go well. “We're pleased and they are pleased that we are "
     "pleased,” one of them said.", "We're pleased", "Peru"),
]


@pytest.mark.parametrize("text,fragment,who", ONE_OF_THEM)
def test_one_of_a_states_officials_speaks_for_the_state(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-04-02") == who


def test_one_of_unnamed_diplomats_is_nobody(extract):
    text = ("Diplomats said the talks would go on. “We have already seen some signs of progress on quotas,” "
            "one said. “There is more to do on the hard issues,” another said.")
    e = extract(text, date="1987-04-02")
    assert {q.speaker for q in e.quotes if q.kind == "direct"} == {None}


# wire copy that prints an apostrophe as a double quote ("Borduria"s trade minister", "I"m afraid"):
# the mark is an apostrophe again, so the possessive reads and no false quote opens (before: the
# minister had the dateline's state and "I" was a quote of its own)
def test_a_wire_apostrophe_printed_as_a_double_quote(extract):
    text = ("LIMA, March 1 - Ecuador\"s deputy energy minister Jorge Salcedo said his country wanted a lower "
            "price.\n    \"I\"m afraid the pressure will continue through March and April,\" Salcedo said.")
    e = extract(text, date="1987-03-01")
    assert country_of(e, "Jorge Salcedo") == "ECU"
    assert speaker(extract, text, "pressure will continue", date="1987-03-01") == "Jorge Salcedo"
    assert not [q for q in e.quotes if q.text.strip() == "I"]


# "Ruritania's oil minister, in remarks published today, said …. Sheikh X was quoted …. “…,” the
# minister said": the office a wire's lead names is the next sentence's name's before descriptions are
# resolved, so "the minister" is X (before: no speaker; the lead rule ran after them)
@pytest.mark.parametrize("text,name", [
    ("OSLO, March 1 - Norway's Fisheries Minister, in remarks published today, said there were no plans "
     "for new quotas.\n    Lars Hovland was quoted by a local daily as saying the talks would resume.\n"
     "    \"The rumour is baseless and we deny it,\" the minister said.", "Lars Hovland"),
    ("DOHA, March 1 - Qatar's Oil Minister, in remarks published today, said there were no plans for an "
     "emergency meeting.\n    Sheikh Hamad al-Thani was quoted by a local daily as saying no member had "
     "asked for one.\n    \"The rumour is baseless and we deny it,\" the minister said.", "Hamad al-Thani"),
])
def test_the_office_a_wire_lead_names_is_taken_up_by_its_noun(extract, text, name):
    assert speaker(extract, text, "rumour is baseless", date="1987-03-01") == name


# "The court's president, Judge X" after "the International Court of Justice": the possessive noun is
# a word anywhere in one body's name, not only its last, so X serves that body and takes no state
# (before: the story's setting)
def test_the_officer_of_a_body_named_by_a_word_of_its_name(extract):
    e = extract("Kenya boycotted the hearing at the International Court of Justice. The court's president, "
                "Judge Joanne Donahue, rejected Kenya's request. “The court regrets the decision of Kenya not "
                "to take part,” she said. Kenya and Somalia dispute the sea. Kenya said it will not accept a "
                "ruling. Kenya says so.")
    assert country_of(e, "Joanne Donahue") is None


# "disaster management department spokesperson X" after "Malawi's Department of Disaster Management
# Affairs", "ministry spokesperson Y" after "China's foreign ministry": the body's word the title is
# made of, with its modifiers, names a body of the story, whose state is X's (before: none, or the
# other state of a two-state story)
@pytest.mark.parametrize("text,name,iso3", [
    ("Cyclone Idai batters Malawi, Mozambique. The storm hit Mozambique and Malawi. Mozambique said roads "
     "were cut. A report from Malawi's Department of Disaster Management Affairs showed that 11,000 people "
     "were affected. “Two people died and one is at the district hospital,” said disaster management "
     "department spokesperson Chipo Banda. Mozambique asked for help.", "Chipo Banda", "MWI"),
    ("Japan and China traded blame over the islands. China's foreign ministry summoned the envoy. Japan said "
     "its ships would stay. “We firmly oppose this provocation,” ministry spokesperson Lin Wei told reporters. "
     "Japan rejected the protest.", "Lin Wei", "CHN"),
])
def test_a_title_made_of_a_named_bodys_word(extract, text, name, iso3):
    assert country_of(extract(text), name) == iso3


def test_a_leaders_party_is_no_title_of_his(extract):
    e = extract("Sudan's new cabinet dissolved the National Congress Party of former President Omar al-Bashir. "
                "Protesters cheered in Khartoum. The United States welcomed the move.", date="2019-11-29")
    assert country_of(e, "Omar al-Bashir") == "SDN"


# "A spokesman for Peruvian President X rejected the charges. “…,” Y told reporters": a name with no
# role or state, the subject right after an unnamed spokesperson of a person or state, is that
# spokesperson, of that state (before: none); the spokesman of a group of no state places no one
@pytest.mark.parametrize("text,name,iso3", [
    ("Peru and Chile traded blame. A spokesman for Peruvian President Pedro Castillo rejected the accusations. "
     "“If the rebels are sincere, they must stop killing civilians,” Mario Quispe told reporters.",
     "Mario Quispe", "PER"),
    ("Peru and Chile traded blame. A spokeswoman for Chile rejected the accusations. “If the rebels are sincere, "
     "they must stop killing civilians,” Ana Rojas told reporters.", "Ana Rojas", "CHL"),
    ("Peru and Chile traded blame. A spokesman for the rebels rejected the accusations. “If the army is "
     "sincere, it must stop killing civilians,” Mario Quispe told reporters.", "Mario Quispe", None),
])
def test_a_name_right_after_an_unnamed_spokesperson(extract, text, name, iso3):
    assert country_of(extract(text), name) == iso3
