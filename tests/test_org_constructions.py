"""Organisations and outlets: which bodies are actors, under which name, with made-up names,
places and wording (none taken from a dev article)."""
from __future__ import annotations

import pytest


def orgs(extraction) -> dict:
    return {a.name: a for a in extraction.actors if a.kind == "organization"}


def names(extraction) -> set[str]:
    return {n for a in extraction.actors if a.kind in ("person", "organization") for n in (a.name, *a.aliases)}


# --- a state's ministry named "Ministry of ..." after the state's possessive ----------------------


@pytest.mark.parametrize("text,full,iso3", [
    ("Bolivia's Ministry of Foreign Affairs called the claims baseless in a statement on Thursday.",
     "Bolivia's Ministry of Foreign Affairs", "BOL"),
    ("Ghana's Ministry of Trade and Industry said exports had fallen for a third month.",
     "Ghana's Ministry of Trade and Industry", "GHA"),
    ("On Monday, Norway's Ministry of Fisheries rejected the quota proposal.",
     "Norway's Ministry of Fisheries", "NOR"),
    ("Peru's Department of Mines issued new licences, officials said.", "Peru's Department of Mines", "PER"),
])
def test_a_ministry_after_a_states_possessive(extract, text, full, iso3):
    e = extract(text)
    assert orgs(e)[full].country == iso3


def test_two_states_ministries_of_one_name_are_two_actors(extract):
    e = extract("Bolivia's Ministry of Foreign Affairs summoned the envoy. Chile's Ministry of Foreign Affairs "
                "rejected the protest a day later.")
    assert {"Bolivia's Ministry of Foreign Affairs", "Chile's Ministry of Foreign Affairs"} <= set(orgs(e))


# --- outlets described as outlets are sources, not actors ----------------------------------------


@pytest.mark.parametrize("text,outlet", [
    ("Exports rose sharply last year, online magazine Pacific Travel Digest says.", "Pacific Travel Digest"),
    ("Minister Marlo Venn told the newspaper Harbor Ledger that talks had stalled.", "Harbor Ledger"),
    ("Ravel Report, an outlet covering Baltic affairs, reported the deal on Friday.", "Ravel Report"),
    ("The tabloid Morning Crier first revealed the minister's trip.", "Morning Crier"),
    ("The talks ended without a deal, the official news agency Ostrava Wire reported.", "Ostrava Wire"),
])
def test_an_outlet_described_as_one_is_no_actor(extract, text, outlet):
    assert outlet not in names(extract(text))


def test_a_body_with_a_media_noun_nearby_is_still_a_body(extract):
    e = extract("The Lakeside Growers Association told the newspaper that prices would rise.")
    assert "Lakeside Growers Association" in orgs(e)


@pytest.mark.parametrize("text,person", [
    ("Economist Tobias Lindqvist told the panel that inflation would ease.", "Tobias Lindqvist"),
    ("Independent analyst Rhea Mulgrave said the vote was fair.", "Rhea Mulgrave"),
    ("Political observer Dan Okafor said the coalition would hold.", "Dan Okafor"),
])
def test_a_person_described_by_a_role_is_no_outlet(extract, text, person):
    assert person in names(extract(text))


# --- a state's body written with its demonym or name, capitalised --------------------------------


@pytest.mark.parametrize("text,org,iso3", [
    ("The Kenyan Ministry of Tourism said arrivals rose by a tenth.", "Kenyan Ministry of Tourism", "KEN"),
    ("The Kenyan Foreign Ministry summoned the envoy on Friday.", "Kenyan Foreign Ministry", "KEN"),
    ("On Monday the Chilean Interior Ministry ordered the border closed.", "Chilean Interior Ministry", "CHL"),
    ("The Ministry of Health of Peru had not replied by Sunday.", "Ministry of Health of Peru", "PER"),
    ("The Department of Trade of Malaysia said exports grew.", "Department of Trade of Malaysia", "MYS"),
])
def test_a_capitalised_state_body(extract, text, org, iso3):
    assert orgs(extract(text))[org].country == iso3


@pytest.mark.parametrize("text,org,iso3", [
    ("The Canadian Embassy in Hanoi said it was monitoring the situation.", "Canadian Embassy in Hanoi", "CAN"),
    ("The United States Embassy in Chile suspended visa services on Monday.",
     "United States Embassy in Chile", "USA"),
    ("Protesters marched as the Japanese Consulate in Lyon closed its doors.", "Japanese Consulate in Lyon", "JPN"),
])
def test_a_mission_abroad_is_named_with_its_place(extract, text, org, iso3):
    assert orgs(extract(text))[org].country == iso3


def test_a_body_at_home_is_not_named_with_its_city(extract):
    e = extract("The Kenyan Ministry of Tourism in Nairobi said arrivals rose.")
    assert "Kenyan Ministry of Tourism" in orgs(e)


def test_an_acronym_joins_a_body_named_with_its_state(extract):
    e = extract("Chile's National Mining Safety Agency (NMSA) closed two pits. NMSA said the pits were unsafe.")
    found = [a for a in orgs(e).values() if "NMSA" in (a.name, *a.aliases)]
    assert len(found) == 1 and found[0].country == "CHL"


# --- an organisation named as an example of acting bodies acts ------------------------------------


@pytest.mark.parametrize("text,org", [
    ("Rights groups including the Coastal Justice Foundation accused the army of abuses.",
     "Coastal Justice Foundation"),
    ("Donors like the Nordic Development Fund pledged 40 million dollars on Monday.", "Nordic Development Fund"),
    ("The Marlow Institute and groups like the Baltic Freedom Council estimate that 300 people fled.",
     "Baltic Freedom Council"),
])
def test_an_example_of_acting_bodies_acts(extract, text, org):
    assert org in orgs(extract(text))


def test_an_example_of_places_is_only_an_affiliation(extract):
    assert "Marlow Institute" not in orgs(extract("The pact was praised by economists at places like the "
                                                  "Marlow Institute."))


# --- persons named only inside someone's quote are talked about, not parties ---------------------


@pytest.mark.parametrize("text,speaker,quoted", [
    ('Foreign Minister Lena Braun said: "Ivo Stanek and Petra Holm built this alliance, and we will keep it."',
     "Lena Braun", "Petra Holm"),
    ('Lena Braun, the foreign minister, said she had told the union that "the work Marek Dvorak began will go on."',
     "Lena Braun", "Marek Dvorak"),
    ('"Nobody remembers Tomas Halloran any more," said Senator Edna Price.', "Edna Price", "Tomas Halloran"),
])
def test_a_person_named_only_inside_a_quote_is_no_actor(extract, text, speaker, quoted):
    found = names(extract(text))
    assert speaker in found and quoted not in found


def test_a_person_named_outside_a_quote_too_is_kept(extract):
    e = extract('Envoy Tomas Halloran arrived on Monday. "Tomas Halloran is welcome here," said Senator Edna Price.')
    assert "Tomas Halloran" in names(e)


# --- an unknown name that only reports is an outlet cited as a source ----------------------------


@pytest.mark.parametrize("text,outlet", [
    ("Harbor Insider reported that the rockets were fired by militia sympathizers.", "Harbor Insider"),
    ("Ridgeway Insider reported on Tuesday that the envoy had resigned.", "Ridgeway Insider"),
])
def test_a_name_that_only_reports_is_a_source(extract, text, outlet):
    assert outlet not in names(extract(text))


@pytest.mark.parametrize("text,org", [
    ("The Statistics Office reported that exports fell for a third month.", "Statistics Office"),
    ("Greenleaf Partners reported a loss and said it would cut jobs.", "Greenleaf Partners"),
])
def test_a_body_that_reports_is_still_a_body(extract, text, org):
    assert org in orgs(extract(text))


# --- a body that acts through its members, troops or units ----------------------------------------


@pytest.mark.parametrize("text,org", [
    ("African Union troops pushed the rebels out of the border town on Saturday.", "African Union"),
    ("Witnesses said fighters of the Black Lotus Brigade set fire to a police post.", "Black Lotus Brigade"),
    ("Dozens of al-Shabab fighters were killed in the raid, the governor said.", "al-Shabab"),
    ("The mission relies on peacekeepers from the African Union to guard the airport.", "African Union"),
    ("The NATO forces in the province will leave by the end of the year.", "NATO"),
])
def test_a_body_acting_through_its_members_is_an_actor(extract, text, org):
    assert org in names(extract(text))


@pytest.mark.parametrize("text,org", [
    ("Lena Ward, a fellow at the Coastline Institute, said the talks would fail.", "Coastline Institute"),
    ("The report was published on the website of the Harbor Policy Forum.", "Harbor Policy Forum"),
])
def test_an_affiliation_is_still_no_actor(extract, text, org):
    assert org not in names(extract(text))
