"""Bodies named in British spelling ("Co-operation", "Organisation") or by their 1980s names
("Common Market", "Organisation of the Islamic Conference") are the bodies the file knows.
Made-up sentences."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def kb():
    from diplomap.extract.knowledge import load_knowledge

    return load_knowledge()


@pytest.mark.parametrize("written,name", [
    ("Gulf Co-operation Council", "Gulf Cooperation Council"),
    ("Organisation for Economic Cooperation and Development", "Organisation for Economic Co-operation and Development"),
    ("Asia-Pacific Economic Co-operation", "Asia-Pacific Economic Cooperation"),
    ("Organisation of the Petroleum Exporting Countries", "OPEC"),
    ("Organisation of American States", "Organization of American States"),
    ("Common Market", "European Union"),
    ("European Communities", "European Union"),
    ("Organisation of the Islamic Conference", "Organisation of Islamic Cooperation"),
    ("Organization of African Unity", "Organisation of African Unity"),
    ("Conference on Security and Cooperation in Europe", "Conference on Security and Co-operation in Europe"),
])
def test_a_british_or_older_spelling_is_the_known_body(kb, written, name):
    assert kb.organization(written) is not None and kb.organization(written).name == name


def test_a_body_in_british_spelling_is_one_actor_with_its_acronym(extract):
    e = extract("MANAMA, May 4 - The Gulf Co-operation Council will meet in Riyadh next week. "
                "A GCC official said the agenda was not yet settled.", date="1987-05-04")
    bodies = [a for a in e.actors if a.kind == "organization"]
    assert [b.name for b in bodies] == ["Gulf Cooperation Council"]
