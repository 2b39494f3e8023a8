"""A state's organ that is a headline's subject is a party of the story, listed with its state;
an organ that is not the headline's subject, or only a modifier there, is not. Made-up stories."""
from __future__ import annotations

import pytest


def organisations(e) -> dict[str, str | None]:
    return {n: a.country for a in e.actors if a.kind == "organization" for n in (a.name, *a.aliases)}


@pytest.mark.parametrize("title,text,name,iso3", [
    ("Malian military rescues 150 hostages after siege",
     "Security sources said a Malian military operation freed 150 hostages. Officials say the military "
     "rescued all of them.", "Malian military", "MLI"),
    ("Chad's army kills rebel commander",
     "A rebel commander was killed on Friday near the border, local officials said.", "Chad's army", "TCD"),
    ("United States military kills militia leader",
     "Thursday, United States military forces killed a militia leader. \"The U.S. military has taken "
     "decisive action,\" the Pentagon said.", "U.S. military", "USA"),
])
def test_a_headline_subjects_organ_is_an_actor(extract_titled, title, text, name, iso3):
    assert organisations(extract_titled(title, text)).get(name) == iso3


@pytest.mark.parametrize("title,text", [
    ("US Military Surveillance Plane Crashes in Niger", "A U.S. military plane crashed on Monday, officials said."),
    ("Rebels attack convoy in Mali", "Rebels attacked a convoy on Monday. The Malian army does not allow reporters there."),
])
def test_an_organ_not_the_headlines_subject_is_not(extract_titled, title, text):
    assert not [n for n in organisations(extract_titled(title, text)) if "army" in n.lower() or "military" in n.lower()]
