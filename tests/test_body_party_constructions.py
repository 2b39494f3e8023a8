"""A body's people as a meeting's party: "talks with senior French Treasury officials" (the Treasury, not
France), "met Congressional leaders" (the Congress), "signed by X and Treasury officials" (the signatories
met); the nearest modifier of a plural group names whose people they are. Made-up names and wording."""
from __future__ import annotations

import pytest
from meeting_helpers import has, linked


@pytest.mark.parametrize("text,types,who", [
    ("Ruritanian Finance Minister Jan Kowalczyk held talks with senior French Treasury officials in Paris.",
     "negotiate|meet", ("Jan Kowalczyk", "French Treasury")),
    ("The accord was signed yesterday by Ruritanian Finance Minister Jan Kowalczyk and senior French "
     "Treasury officials.", "meet", ("Jan Kowalczyk", "French Treasury")),
    ("Ruritanian Finance Minister Jan Kowalczyk met Congressional leaders in Washington on Monday.",
     "meet", ("Jan Kowalczyk", "Congress")),
    ("Ruritanian Prime Minister Jan Kowalczyk met congressional leaders on Tuesday.",
     "meet", ("Jan Kowalczyk", "Congress")),
])
def test_a_bodys_people_make_the_body_a_party(extract, text, types, who):
    e = extract(text, date="1987-04-10")
    assert has(e, types, None, *who), [(i.type, i.actors) for i in e.interactions]


def test_a_state_before_the_body_names_its_form(extract):
    e = extract("Ruritanian Finance Minister Jan Kowalczyk met U.S. Congressional leaders in Washington.",
                date="1987-04-10")
    congress = next(a for a in e.actors if a.name == "Congress")
    assert "U.S. Congress" in congress.aliases and congress.country == "USA"


@pytest.mark.parametrize("text,absent", [
    ("The president will seek Congressional approval for the trade bill.", "Congress"),
    ("The French treasury said it would cut its rates on Monday.", "France"),
])
def test_a_body_word_that_names_no_people_makes_no_party(extract, text, absent):
    e = extract(text, date="1987-04-10")
    assert not any(a.name == absent for i in e.interactions for a in e.actors if a.id in i.actors)


def test_another_states_congressional_leaders_are_no_us_congress(extract):
    e = extract("Ruritanian Finance Minister Jan Kowalczyk met Philippine Congressional leaders in Manila.",
                date="1987-04-10")
    assert not linked(e, "Jan Kowalczyk", "Congress")


def test_a_mixed_case_name_a_detached_apposition_declares_is_a_body(extract):
    e = extract("The accord was signed here yesterday by Ruritanian Finance Minister Jan Kowalczyk and senior "
                "French Treasury officials after talks with FerNOLD, the French export credit agency, they said.",
                date="1987-04-10")
    assert {a.name: (a.kind, a.country) for a in e.actors}.get("FerNOLD") == ("organization", "FRA")
    assert has(e, "negotiate|meet", None, "Jan Kowalczyk", "French Treasury", "FerNOLD")


def test_the_agents_of_a_passive_hold_its_talks(extract):
    e = extract("The loan was approved on Monday by Ruritanian Finance Minister Jan Kowalczyk after talks with "
                "Bordurian Trade Minister Ivo Marek.", date="1987-04-10")
    assert linked(e, "Jan Kowalczyk", "Ivo Marek"), [(i.type, i.actors) for i in e.interactions]


@pytest.mark.parametrize("text,kept", [
    ("Members of the Northern Grain Council met behind closed doors on Monday to discuss the harvest.", True),
    ("Members of the Northern Grain Council were seen at the airport on Monday.", False),
])
def test_a_body_whose_members_meet_acts(extract, text, kept):
    e = extract(text, date="1987-04-10")
    assert any(a.name.endswith("Northern Grain Council") for a in e.actors) == kept, [a.name for a in e.actors]


def test_coordinated_ministries_are_each_a_party(extract):
    e = extract("Ruritanian Finance Minister Jan Kowalczyk held talks with officials of the French Finance and "
                "Foreign ministries.", date="1987-04-10")
    assert has(e, "negotiate|meet", None, "Jan Kowalczyk", "French Finance Ministry", "French Foreign Ministry")
    assert {a.name: a.country for a in e.actors}.get("French Finance Ministry") == "FRA"


def test_a_portfolio_named_twice_is_one_body(extract):
    e = extract("Ruritanian Finance Minister Jan Kowalczyk held meetings with officials from the Italian Foreign and "
                "Agricultural ministries. The Italian Agriculture Ministry later rejected his plan.", date="1987-04-10")
    names = {a.name for a in e.actors}
    assert "Italian Agriculture Ministry" in names and "Italian Agricultural Ministry" not in names, names
    assert linked(e, "Jan Kowalczyk", "Italian Agriculture Ministry")


def test_a_bodys_own_committee_meets_without_its_parent(extract):
    e = extract("Ruritanian Finance Minister Jan Kowalczyk will leave Monday to attend the International Monetary "
                "Fund's Interim Committee meeting in Washington.", date="1987-04-10")
    assert has(e, "meet", None, "Jan Kowalczyk", "IMF Interim Committee"), [(i.type, i.actors) for i in e.interactions]
    assert not linked(e, "Jan Kowalczyk", "International Monetary Fund")
