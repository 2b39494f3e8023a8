"""A body that acts through a sitting, a vote or a ruling of its own is an actor, with made-up
names, places and wording (none taken from an article)."""
from __future__ import annotations

import pytest


def org_names(extraction) -> set[str]:
    return {n for a in extraction.actors if a.kind == "organization" for n in (a.name, *a.aliases)}


@pytest.mark.parametrize("text,body", [
    ("Envoy Tamsin Roark spoke ahead of a meeting of the U.N. Security Council on the border clashes. "
     "\"This cannot go on,\" she said.", "UN Security Council"),
    ("The port deal was frozen after a ruling by the Andean Trade Tribunal last month, "
     "officials in Lima said.", "Andean Trade Tribunal"),
    ("Ruritania's envoy said the plan died with the Security Council's veto in March.", "UN Security Council"),
])
def test_a_bodys_sitting_or_ruling_makes_it_an_actor(extract, text, body):
    assert body in org_names(extract(text))


@pytest.mark.parametrize("text,body", [
    # a date on the calendar named after bodies, not a party
    ("Finance ministers will gather in Lisbon ahead of the African Development Bank and Arab Monetary "
     "Fund meetings next week, officials said.", "Arab Monetary Fund"),
    # an affiliation, not the body acting
    ("\"Prices will rise,\" said Oswin Tarrant, an economist at the Baltic Grain Council.",
     "Baltic Grain Council"),
])
def test_a_body_named_only_beside_a_calendar_or_as_an_affiliation_is_no_actor(extract, text, body):
    assert body not in org_names(extract(text))


# --- a party's members named by a plural are people, not the party acting -----------------------


@pytest.mark.parametrize("text,party", [
    ("Republicans and Democrats are angry with Ruritania over its purchase of missiles, aides said.",
     "Republican Party"),
    ("Congressional Democrats have pledged to pass tougher trade laws against Ruritania.", "Democratic Party"),
])
def test_party_members_by_a_plural_are_no_party(extract, text, party):
    assert party not in org_names(extract(text))


@pytest.mark.parametrize("text,party", [
    ("The Republican Party said on Monday it would oppose the treaty with Ruritania.", "Republican Party"),
    ("The Democratic Party called for new sanctions against Ruritania.", "Democratic Party"),
])
def test_the_party_by_name_is_an_actor(extract, text, party):
    assert party in org_names(extract(text))


# --- a body named again without its state's word or its body word is one body --------------------


@pytest.mark.parametrize("text,full,short", [
    ("The Vietnamese Communist Party opened its congress on Monday. The Communist Party said it would "
     "pick new leaders.", "Vietnamese Communist Party", "Communist Party"),
    ("The U.S. Supreme Court agreed to hear the case. The Supreme Court will rule by June.",
     "U.S. Supreme Court", "Supreme Court"),
])
def test_a_shortened_body_name_is_the_same_body(extract, text, full, short):
    orgs = [a for a in extract(text).actors if a.kind == "organization"]
    names = {a.name: {a.name, *a.aliases} for a in orgs}
    assert [n for n, forms in names.items() if short in forms] == [n for n, forms in names.items() if full in forms]



# --- an armed group acts through its armed acts ---------------------------------------------------


@pytest.mark.parametrize("text,body", [
    ("The kidnapping of the miners recalled the Ogaden Liberation Front's 2016 abduction of twelve "
     "aid workers, which drew wide condemnation.", "Ogaden Liberation Front"),
    ("Residents said the town had not recovered from an attack by the Red Ridge Brigade two years ago.",
     "Red Ridge Brigade"),
    ("Villagers fled after the Kivu Defence Army's raid on the market, local officials said.",
     "Kivu Defence Army"),
])
def test_a_groups_armed_act_makes_it_an_actor(extract, text, body):
    assert body in org_names(extract(text))


# --- a body's name before a lower-case body noun fills the noun's clause role ----------------------


@pytest.mark.parametrize("text,body", [
    ("The bombing of the pipeline was claimed by the Oromo Liberation movement, officials said.",
     "Oromo Liberation"),
    ("Farmers said their fields were burned by two Kivu Defence Army factions last month.",
     "Kivu Defence Army"),
])
def test_a_name_before_a_body_noun_acts_with_it(extract, text, body):
    assert any(body in n for n in org_names(extract(text)))


def test_a_capitalised_group_word_is_part_of_a_name_not_a_body_noun(extract):
    e = extract("The Andean Council Working Group on Water Rights urged Ruritania to release the data.")
    assert "Andean Council" not in org_names(e)
