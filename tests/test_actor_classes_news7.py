"""Actor classes of modern stories (branch news7), with made-up names, places and wording:

- an acronym the NER leaves untagged that spells the initials of one organisation named in full in the
  story is that organisation: "… officials with Fisheries Inspection and Control Enforcement. Last month,
  FICE deported 17 crew members" keeps the body (it acts through the acronym), with the acronym as an alias;
- "Gross Domestic Product" and "GDP" name a thing, never a body (not_org_words.txt: product);
- a possessive inside a body's name on a people ("the Ruritanian People's Liberation Front", "the Ostra
  Workers' Party", "the People's Bank of Borduria") is part of the name, not a possessive tail to cut
  ("Trump's Ukraine envoy" is still Trump);
- a title of two or three words that the NER took into a person's name ("Crown Prince Faisal bin Khalid")
  is trimmed like a one-word title, so the person has the role and "the Crown Prince" finds him; a royal
  lineage title and his given name ("Prince Faisal") are the same person (name_prefixes.txt: prince,
  princess);
- "Members of Congress criticized the deal": a run of capitals opening on the plural of a group or member
  noun is people of a body, never one organisation named "Members of Congress".
"""
from __future__ import annotations

import pytest


def orgs(extraction) -> dict:
    return {a.name: a for a in extraction.actors if a.kind == "organization"}


@pytest.mark.parametrize("full,acronym", [
    ("Fisheries Inspection and Control Enforcement", "FICE"),
    ("Harbor Licensing Office", "HLO"),
])
def test_an_untagged_acronym_of_a_body_named_in_full_is_that_body(nlp, full, acronym):
    """The NER leaves a word-like acronym ("ICE") untagged; the parse is real, the tag is taken away."""
    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.pipeline import _extract
    from diplomap.models import Article

    text = (f"The trawlers were seized at the direction of officials with {full}. Last month, {acronym} deported "
            f"17 crew members to Peru.")
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.text != acronym]
    e = _extract(doc, Article(id="fixture", text=text, date="2025-03-01"), load_knowledge())
    assert full in orgs(e), [(a.name, a.kind) for a in e.actors]
    assert acronym in orgs(e)[full].aliases


def test_gross_domestic_product_is_no_body(extract):
    e = extract("A Ruritanian charity says the world would gain trillions in Gross Domestic Product if women "
                "worked as often as men. Global GDP would increase from $106 trillion to $127 trillion.")
    assert not [n for n in orgs(e) if "Product" in n or n == "GDP"], list(orgs(e))


@pytest.mark.parametrize("text,org", [
    ("Fighters from the Ruritanian People's Liberation Front attacked the base on Monday.",
     "Ruritanian People's Liberation Front"),
    ("The Central People's Bank of Ruritania cut interest rates on Monday.", "Central People's Bank of Ruritania"),
    ("Ruritania's People's Defence Army held drills near the border on Monday.", "People's Defence Army"),
])
def test_a_peoples_possessive_inside_a_body_name_is_kept(extract, text, org):
    e = extract(text)
    assert org in orgs(e), [(a.name, a.kind) for a in e.actors]



def test_a_two_word_title_opening_a_name_is_a_role(extract):
    e = extract("Saudi Arabia's Crown Prince Faisal bin Khalid met Chilean President Rosa Fuentes on Monday. "
                "Officials said Prince Faisal, who is deputy prime minister, was very supportive.")
    persons = {a.name: a for a in e.actors if a.kind == "person"}
    assert "Faisal bin Khalid" in persons, list(persons)
    assert persons["Faisal bin Khalid"].role == "Crown Prince"
    assert persons["Faisal bin Khalid"].country == "SAU"
    assert not [n for n in persons if n.startswith("Prince") or n.startswith("Crown")], list(persons)


def test_members_of_a_body_are_no_body_of_that_name(extract):
    e = extract("Members of Congress criticized the deal with Ruritania on Monday.")
    assert not [n for n in orgs(e) if n.startswith("Members")], list(orgs(e))
