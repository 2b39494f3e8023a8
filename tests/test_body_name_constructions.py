"""Bodies under the names wire and news copy give them: an acronym that is only a word of another
body's name, a body called again by its head noun, a state's body whose state the recogniser left
outside the name, and international bodies known by acronym. Made-up names, places and wording."""
from __future__ import annotations

import pytest


def orgs(extraction) -> dict:
    return {a.name: a for a in extraction.actors if a.kind == "organization"}


def owner(extraction, form: str) -> str:
    """The name of the organisation that has ``form`` as its name or an alias."""
    found = [a.name for a in extraction.actors if a.kind == "organization" and form in (a.name, *a.aliases)]
    assert len(found) == 1, found
    return found[0]


# --- "EC" in 1987 wire copy is the European Community, not the EC Commission ----------------------


@pytest.mark.parametrize("text", [
    "LUXEMBOURG, Oct 19 - Danish foreign minister Ole Rasmussen told his EC colleagues on Monday that "
    "Denmark wants a deal on EC farm spending. The EC Commission proposed last month a plan to cut prices. "
    "Diplomats say the EC is in a deep budget crisis.",
    "BRUSSELS, March 31 - The European Commission has proposed a tax on oils and fats, Irish minister "
    "Sean Doherty said. He said the EC would decide in June.",
])
def test_the_ec_is_not_the_commission(extract, text):
    e = extract(text, date="1987-04-01")
    assert owner(e, "EC") == "European Union"
    assert "European Commission" in orgs(e)


def test_an_acronym_inside_a_bodys_name_spells_no_other_body(extract):
    e = extract("ABUJA, May 4 - The ECOWAS Commission set new rules for the border. The EC also said "
                "traders would pay less.", date="2024-05-04")
    assert "EC" not in orgs(e).get("ECOWAS Commission", orgs(e).get("Economic Community of West African States")).aliases


# --- "the Club said": a body word alone is the one body of the story named with it ---------------


@pytest.mark.parametrize("text,full", [
    ("PARIS, June 19 - The Paris Club of creditor nations agreed to reschedule Ruritania's debts, "
     "the Club said in a statement.", "Paris Club"),
    ("The Halvard Foundation gave three million dollars to the clinic. \"We will do more,\" the "
     "Foundation said on Friday.", "Halvard Foundation"),
])
def test_a_body_word_alone_is_the_body_named_before(extract, text, full):
    e = extract(text, date="1987-06-19")
    assert full in orgs(e)
    assert not {"Club", "Foundation"} & set(orgs(e))


def test_a_body_named_with_and_without_its_state_is_one_body(extract):
    e = extract("WASHINGTON, Oct 19 - Treasury Secretary Walter Brisbane met Ruritania's finance minister, "
                "the U.S. Treasury said. \"The talks were useful and frank,\" the Treasury said.", date="1987-10-19")
    treasury = [a for a in e.actors if a.kind == "organization" and "Treasury" in a.name]
    assert len(treasury) == 1 and treasury[0].country == "USA"


# --- "the U.S. Embassy said": the state the recogniser left outside the body's name ---------------


@pytest.mark.parametrize("text,name,iso3", [
    ("PEKING, March 3 - China called on the United States to remove curbs. But the U.S. Embassy "
     "replied that the Chinese figures were wrong.", "U.S. Embassy", "USA"),
])
def test_a_states_embassy_keeps_its_state(extract, text, name, iso3):
    e = extract(text, date="1987-03-03")
    assert orgs(e)[name].country == iso3
    assert "Embassy" not in orgs(e)


# --- international bodies known by name and acronym; a party's leader is of its state ------------


@pytest.mark.parametrize("text,form,name", [
    ("GENEVA, April 1 - GATT director-general Ansel Durr said the General Agreement on Tariffs and "
     "Trade must act on farm subsidies.", "General Agreement on Tariffs and Trade", "GATT"),
    ("Floods hit southern Ruritania. The U.N. Office for the Coordination of Humanitarian Affairs said "
     "relief was hampered. OCHA said roads were cut.", "OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
    ("WASHINGTON, March 24 - The IADB said it would lend more. The Inter-American Development Bank "
     "said the loans would go to roads.", "IADB", "Inter-American Development Bank"),
])
def test_an_international_body_under_one_name(extract, text, form, name):
    e = extract(text, date="1987-04-01")
    assert owner(e, form) == name
    assert orgs(e)[name].country is None


def test_a_partys_president_is_of_the_partys_state(extract):
    e = extract("OTTAWA, March 23 - Prime Minister Brian Mulroney has agreed to meet African National "
                "Congress president Tobias Mkhize in Ottawa next month.", date="1987-03-23")
    person = next(a for a in e.actors if a.name == "Tobias Mkhize")
    assert person.country == "ZAF"


# --- "the Reagan Administration said": a leader's or state's administration is the state ---------


@pytest.mark.parametrize("text,date", [
    ("WASHINGTON, March 16 - The Reagan Administration said it would not ease pressure on Japan. "
     "\"We expect results soon from Tokyo,\" the Reagan Administration said in a statement.", "1987-03-16"),
    ("WASHINGTON, June 2 - A Reagan Administration official said the farm talks would resume next week.",
     "1987-06-02"),
    ("WASHINGTON, April 6 - The U.S. Administration will press Japan and West Germany to grow faster, "
     "officials said.", "1987-04-06"),
])
def test_an_administration_is_its_state(extract, text, date):
    e = extract(text, date=date)
    assert not [a for a in e.actors if "Administration" in a.name]
    usa = next(a for a in e.actors if a.kind == "country" and a.country == "USA")
    assert any("Administration" in n for n in usa.aliases)


# --- another state's body of a known body's name: "Pakistan's Foreign Office" ------------------


@pytest.mark.parametrize("text,iso3", [
    ('ISLAMABAD, March 3 - "This is unacceptable," Pakistan\'s Foreign Office said in a statement.', "PAK"),
    ('ISLAMABAD, March 3 - "This is unacceptable," the Pakistani Foreign Office said.', "PAK"),
    ('MANILA, March 3 - "We will review the treaty," the Philippine Congress said.', "PHL"),
    ('OTTAWA, March 3 - "We will review the treaty," the Canadian House of Commons said.', "CAN"),
])
def test_a_known_bodys_name_written_with_another_state_is_that_states_body(extract, text, iso3):
    e = extract(text, date="1987-03-03")
    speakers = {q.speaker for q in e.quotes}
    assert [a.country for a in e.actors if a.id in speakers] == [iso3]


@pytest.mark.parametrize("text,name", [
    ('LONDON, March 3 - "It is false," Britain\'s Foreign Office said.', "Foreign Office"),
    ('WASHINGTON, March 3 - "It is false," the U.S. State Department said.', "State Department"),
])
def test_a_known_body_written_with_its_own_state_stays_the_known_body(extract, text, name):
    e = extract(text, date="1987-03-03")
    assert [a.name for a in e.actors if a.id in {q.speaker for q in e.quotes}] == [name]
