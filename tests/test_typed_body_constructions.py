"""A name that a kind of body set beside it declares an organisation ("Ruritanian airline Skyvale
Air", "Fernhold, the Bordurian export credit agency"), whatever label the NER gave it; a noun for
a body's people ("the rebel X") declares no body. And a typographic apostrophe inside a word
("Malawi’s Department of X") reads as a straight one, so the NER sees the body's name whole.
Made-up names, places and wording."""
from __future__ import annotations

import pytest


def kinds(extraction) -> dict:
    return {a.name: a.kind for a in extraction.actors}


@pytest.mark.parametrize("text,name", [
    ("Germany on Monday banned Iranian airline Skyvale Air from flying over its territory.", "Skyvale Air"),
    ("The ministers will go on to Paris for talks with Fernhold, the French export credit agency.", "Fernhold"),
    ("The charity Brightwater Relief delivered food to the camps on Tuesday.", "Brightwater Relief"),
    ("Japan's top business group Nikkoren has urged the government to lift the quotas.", "Nikkoren"),
])
def test_a_kind_noun_beside_a_name_declares_a_body(extract, text, name):
    assert kinds(extract(text)).get(name) == "organization"


@pytest.mark.parametrize("text,name,kind", [
    ("The rebel Joseph Okanda told reporters the ceasefire was over.", "Joseph Okanda", "person"),
    ("Ecuador, the smallest producer, agreed to cut its output.", "Ecuador", "country"),
])
def test_a_person_noun_or_a_state_is_no_declared_body(extract, text, name, kind):
    assert kinds(extract(text)).get(name) == kind


# --- a typographic apostrophe inside a word reads as a straight one ---------------------------


def test_straighten_apostrophes_keeps_length_and_quotes():
    from diplomap.extract.nlp import straighten_apostrophes

    text = "Malawi\u2019s aide said \u2018we don\u2019t know\u2019, the farmers\u2019 union added."
    out = straighten_apostrophes(text)
    assert len(out) == len(text)
    assert out == "Malawi's aide said \u2018we don't know\u2019, the farmers\u2019 union added."


@pytest.mark.parametrize("text,org,iso3", [
    ("A first report from Malawi\u2019s Department of Emergency Relief Affairs released Friday showed that the "
     "storm had killed four people.", "Department of Emergency Relief Affairs", "MWI"),
    ("A first report from Lesotho\u2019s Department of Disaster Response Affairs released Friday showed that "
     "the storm had killed four people.", "Department of Disaster Response Affairs", "LSO"),
])
def test_a_state_s_body_after_a_curly_possessive_is_read_whole(extract, text, org, iso3):
    found = [a for a in extract(text).actors if a.kind == "organization" and org in (a.name, *a.aliases)]
    assert [a.country for a in found] == [iso3]
