"""A demonym written as a singular noun is one person (probe12q): "“…,” the Frenchman said", "the
Norwegian told reporters", "the Dane said" stand for the person of that state named last (this
sentence or the three before), not for the state. A demonym with no plural of its own names the people
or the government ("the Japanese said", "the French said") and stays the state.

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

PERSONS = [
    ("French Foreign Minister Paul Ravel met Nigerian Foreign Minister Ike Obi in Lagos. “France wants to "
     "be Africa's partner, not its master,” the Frenchman said.", "Africa's partner", "Paul Ravel"),
    ("Norwegian Foreign Minister Arne Holt has been named envoy to the region. “I have no illusions about "
     "how hard this will be,” the Norwegian said.", "no illusions", "Arne Holt"),
    # of two persons, the one of the demonym's state, though named first
    ("Norwegian Foreign Minister Arne Holt met Danish Prime Minister Poul Lund. “I have no illusions "
     "about how hard this will be,” the Dane told reporters.", "no illusions", "Poul Lund"),
    ("Swedish envoy Sten Berg arrived in Tehran on Monday. Iranian officials greeted him. “We came to "
     "listen, not to lecture anyone,” the Swede said.", "came to listen", "Sten Berg"),
]


@pytest.mark.parametrize("text,fragment,who", PERSONS)
def test_a_singular_demonym_noun_is_the_person_of_that_state(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


@pytest.mark.parametrize("demonym,state", [("Japanese", "Japan"), ("French", "France")])
def test_a_demonym_with_no_plural_stays_the_state(extract, demonym, state):
    text = (f"{state}'s trade minister Ken Ota met U.S. officials in Washington on Monday. “We will open our "
            f"markets step by step, as we promised,” the {demonym} said.")
    assert speaker(extract, text, "step by step") != "Ken Ota"
