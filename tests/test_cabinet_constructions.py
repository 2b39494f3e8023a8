"""Cabinet offices: a person named with an office only one state has (national_titles.csv) and
no country gets that state when the story mentions it; a country the text gives the person wins;
a title another state shares is that state's under its dateline. Made-up names and wording."""
from __future__ import annotations

import pytest
from actor_helpers import country_of

# --- an office only one state has gives that state -----------------------------------------


@pytest.mark.parametrize("text,name,iso3", [
    ("The United States will tighten border checks, Homeland Security Secretary Marla Quenby "
     "told reporters on Tuesday.", "Marla Quenby", "USA"),
    ("The United States and Canada disagree on the pipeline. Interior Secretary Dale Wexcombe said "
     "the permits would wait.", "Dale Wexcombe", "USA"),
    ("The United States and Canada disagree. Dale Wexcombe, the secretary of the interior, said the "
     "permits would wait.", "Dale Wexcombe", "USA"),
    ("Britain will take in more refugees, Home Secretary Priya Ashgrove said in a statement.",
     "Priya Ashgrove", "GBR"),
    ("Britain's budget will be tight. Chancellor of the Exchequer Rupert Fenwell warned of cuts.",
     "Rupert Fenwell", "GBR"),
    ("Japan protested the missile launch. Chief Cabinet Secretary Haruto Ishizawa called it "
     "unacceptable.", "Haruto Ishizawa", "JPN"),
    ("India and Brazil pledged closer ties. External Affairs Minister Raghav Menonkar said trade "
     "would double.", "Raghav Menonkar", "IND"),
    ("South Korea offered talks with the North. Unification Minister Park Do-hwan said Seoul "
     "was ready.", "Park Do-hwan", "KOR"),
    ("The United States criticised the vote. White House press secretary Jenna Corliss said the "
     "president was disappointed.", "Jenna Corliss", "USA"),
    ("The United States will send more troops, Veterans Affairs Secretary Lyle Brandtson said at "
     "a rally.", "Lyle Brandtson", "USA"),
    ("China and Kenya signed the deal. Wei Shaolin, a state councilor, attended the ceremony.",
     "Wei Shaolin", "CHN"),
])
def test_a_one_state_office_gives_its_state(extract, text, name, iso3):
    assert country_of(extract(text, date="2024-05-10"), name) == iso3


# --- the text's own country for the person wins ----------------------------------------------


@pytest.mark.parametrize("text,name,iso3", [
    ("The United States and Mexico discussed migration. Mexican Interior Secretary Ramiro Ocotlan "
     "said the border would stay open.", "Ramiro Ocotlan", "MEX"),
    ("The United States and the Philippines signed a farm accord. Philippine Agriculture "
     "Secretary Nestor Dalisay said imports would rise.", "Nestor Dalisay", "PHL"),
    ("India and Britain held talks. Aarav Kulkarni, India's home secretary, met British "
     "officials.", "Aarav Kulkarni", "IND"),
])
def test_a_country_the_text_gives_beats_the_title(extract, text, name, iso3):
    assert country_of(extract(text, date="2024-05-10"), name) == iso3


# --- a title another state shares is that state's under its dateline --------------------------


@pytest.mark.parametrize("text,name,iso3", [
    ("MANILA, May 3 - The Philippines will import more fuel from the United States, Energy "
     "Secretary Corazon Balinag said on Friday.", "Corazon Balinag", "PHL"),
    ("LONDON, May 3 - Britain will hire more nurses, Health Secretary Tobias Wrenfield told "
     "parliament, after talks with the United States.", "Tobias Wrenfield", "GBR"),
    ("MEXICO CITY, May 3 - Mexico will buy American helicopters, Defense Secretary Aurelio "
     "Tlacotal said after talks with the United States.", "Aurelio Tlacotal", "MEX"),
])
def test_a_shared_title_under_a_sharers_dateline_is_the_datelines(extract, text, name, iso3):
    assert country_of(extract(text, date="2024-05-10"), name) == iso3


# --- a cabinet member named without any office gets the state from leaders.csv ---------------


@pytest.mark.parametrize("text,date,name,iso3", [
    ("The talks on tariffs stalled, Rachel Reeves told a business audience.", "2025-03-01",
     "Rachel Reeves", "GBR"),
    ("A lawsuit over the detention camp names Kristi Noem as a defendant.", "2025-04-01",
     "Kristi Noem", "USA"),
    ("Nirmala Sitharaman presented the budget to parliament on Monday.", "2024-02-01",
     "Nirmala Sitharaman", "IND"),
    ("Gérald Darmanin ordered extra patrols in the capital.", "2023-07-01", "Gérald Darmanin", "FRA"),
])
def test_a_cabinet_member_named_alone_gets_their_state(extract, text, date, name, iso3):
    assert country_of(extract(text, date=date), name) == iso3


@pytest.mark.parametrize("text,name,iso3", [
    ("India will build more highways, Union Minister Devendra Kothapalli said on Sunday.",
     "Devendra Kothapalli", "IND"),
    ("Russia's parliament backed the treaty. Duma Speaker Arkady Tverskoi called it historic.",
     "Arkady Tverskoi", "RUS"),
    ("Ireland will veto the plan, Tanaiste Ciaran Mulvenna told reporters.", "Ciaran Mulvenna", "IRL"),
    ("Britain's opposition attacked the deal. Shadow Foreign Secretary Imogen Catterall called it "
     "weak.", "Imogen Catterall", "GBR"),
])
def test_a_one_state_legislative_or_party_office_gives_its_state(extract, text, name, iso3):
    assert country_of(extract(text, date="2024-05-10"), name) == iso3


@pytest.mark.parametrize("text,name,iso3", [
    ("PARIS, June 3 - Nigel Lawson said sterling would stay in its range, dealers said.",
     "Nigel Lawson", "GBR"),
    ("TOKYO, June 3 - Gerhard Stoltenberg will attend the meeting of the Group of Five, officials "
     "said.", "Gerhard Stoltenberg", "DEU"),
    ("BONN, June 3 - Dmitry Yazov arrived for talks on troop cuts, the agency said.", "Dmitry Yazov", "SUN"),
])
def test_a_1987_minister_named_alone_gets_the_state_of_the_time(extract, text, name, iso3):
    assert country_of(extract(text, date="1987-06-03"), name) == iso3


def test_an_unknown_defense_secretary_beside_the_us_is_not_american(extract):
    """Every US defense secretary is in leaders.csv, so an unknown one is another state's (the
    Philippines' and Mexico's bear the title too): the title alone gives no US."""
    e = extract("The United States and the Philippines held drills at sea. Defense Secretary Ramon "
                "Dalisay said the exercises would continue.", date="2024-05-10")
    assert country_of(e, "Ramon Dalisay") != "USA"
