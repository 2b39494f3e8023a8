"""A definite description naming a state ("the Soviet official", "the Chinese leader") stands for
the person last named when the text gave that person no state and the description's role fits
(references.py ``_stateless_latest``); the description then gives the person's state. Every name
and sentence is made up."""
from __future__ import annotations

import pytest


def _speaker(e, fragment: str):
    actors = {a.id: a for a in e.actors}
    q = next(q for q in e.quotes if q.kind == "direct" and fragment in q.text)
    return actors.get(q.speaker) if q.speaker else None


@pytest.mark.parametrize("text, fragment, person, state", [
    ('Vice Premier Li Wenhao toured the new port on Monday. "Trade through this port will double within five years," '
     'the Chinese official said.', "Trade through this port", "Li Wenhao", "CHN"),
    ('Defence Minister Hans Berger inspected the troops in the north on Friday. "Our army is ready for anything '
     'this winter brings," the Austrian minister said.', "Our army is ready", "Hans Berger", "AUT"),
    ('General Secretary Mikhail Antonov spoke for two hours at the party plenum. "Restructuring cannot wait for '
     'the bureaucrats to be ready," the Soviet leader said.', "Restructuring cannot wait", "Mikhail Antonov", "SUN"),
])
def test_description_names_the_stateless_person_just_named(extract, text, fragment, person, state):
    e = extract(text, date="1987-03-02")
    actor = _speaker(e, fragment)
    assert actor is not None and actor.name == person
    assert actor.country == state


@pytest.mark.parametrize("text, fragment, not_person", [
    # the person last named is of another state: the description is someone else
    ('Kenyan Foreign Minister Peter Otieno arrived in Moscow on Monday. "We expect nothing less than full '
     'support," the Soviet official said.', "We expect nothing less", "Peter Otieno"),
    # an unnamed official came since: the description takes him up, not the minister
    ('Deputy Foreign Minister Viktor Petrov arrived in Kabul on Sunday. A Soviet official travelling with him said '
     'the talks would be hard. "Nobody expects a quick result here," the Soviet official said.',
     "Nobody expects a quick result", "Viktor Petrov"),
    # a description whose role does not fit the role the person holds
    ('Trade Minister Ivan Sokolov opened the fair in Leipzig on Monday. "We came to buy, not only to sell," the '
     'Soviet ambassador said.', "We came to buy", "Ivan Sokolov"),
])
def test_description_passes_over_a_person_it_does_not_fit(extract, text, fragment, not_person):
    actor = _speaker(extract(text, date="1987-03-02"), fragment)
    assert actor is None or actor.name != not_person
