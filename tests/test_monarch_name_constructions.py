"""Monarchs known by a given name and a style ("King Hussein", "Emperor Hirohito") beside
office holders who bear that name as a surname ("Saddam Hussein"): the style or the full name
decides, a bare shared name at the date does not. Made-up sentences; the leaders are the
file's (their being in it is what is tested)."""
from __future__ import annotations

import pytest


def people(extraction) -> dict[str, object]:
    return {n: a for a in extraction.actors if a.kind == "person" for n in (a.name, *a.aliases)}


def speaker_country(extraction, words: str) -> str | None:
    quote = next(q for q in extraction.quotes if words in q.text)
    return next((a.country for a in extraction.actors if a.id == quote.speaker), None)


@pytest.fixture(scope="module")
def kb():
    from diplomap.extract.knowledge import load_knowledge

    return load_knowledge()


@pytest.mark.parametrize("name,iso3", [
    ("King Hussein", "JOR"), ("Saddam Hussein", "IRQ"), ("King Hassan", "MAR"), ("King Fahd", "SAU"),
    ("Emperor Hirohito", "JPN"), ("King Baudouin", "BEL"), ("King Olav", "NOR"), ("Suharto", "IDN"),
    ("Prince Hassan", "JOR"), ("Crown Prince Hassan", "JOR"),
])
def test_a_styled_or_full_name_finds_one_leader_in_1987(kb, name, iso3):
    assert {ldr.country for ldr in kb.leaders_named(name, "1987-05-04")} == {iso3}


@pytest.mark.parametrize("bare", ["Hussein", "Botha", "Hassan"])  # Hassan: Morocco's King, Jordan's Crown Prince
def test_a_bare_name_two_office_holders_share_finds_no_one(kb, bare):
    assert kb.leaders_named(bare, "1987-05-04") == []


@pytest.mark.parametrize("text,words,iso3", [
    ("PARIS, May 4 - King Hussein received the envoy at his palace on Monday. "
     "\"We want a peaceful settlement,\" Hussein said.", "peaceful settlement", "JOR"),
    ("PARIS, May 4 - President Saddam Hussein addressed the troops on Monday. "
     "\"We will not retreat,\" Hussein said.", "will not retreat", "IRQ"),
])
def test_the_story_s_own_mention_decides_a_shared_surname(extract, text, words, iso3):
    e = extract(text, date="1987-05-04")
    assert speaker_country(e, words) == iso3


@pytest.mark.parametrize("text,name,iso3", [
    ("PARIS, May 4 - King Hussein will visit France next week, officials said.", "Hussein", "JOR"),
    ("ROME, May 4 - King Hassan will attend the summit, officials said.", "Hassan", "MAR"),
    ("ROME, May 4 - Prince Hassan will attend the summit, officials said.", "Prince Hassan", "JOR"),
    ("LONDON, May 4 - Emperor Hirohito sent a message of condolence, the embassy said.",
     "Hirohito", "JPN"),
])
def test_a_monarch_named_abroad_keeps_his_state(extract, text, name, iso3):
    found = people(extract(text, date="1987-05-04"))
    assert found[name].country == iso3
