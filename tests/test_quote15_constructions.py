"""Speakers of round quotes15: a state's institution named in lower case speaks for itself. An
unnamed official whose phrase names a ministry of the state ("a Ruritanian finance ministry
official", "a senior Ruritanian foreign ministry source") speaks for the ministry, not the state
(GUIDELINES: "the ministry said" is the ministry's); any portfolio's ministry counts ("economics
ministry", "energy ministry"), not only those listed in state_organs.txt; and "it said" after "the
ministry said the currency would be defended" is the ministry: a passive subject of a speech verb
("the currency would be defended") is spoken of, it does not speak.

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

_Q = "\"We will defend the currency with every means we have,\""

ORGAN_VOICES = [
    (f"{_Q} a senior Mexican foreign ministry official said.", "Mexican foreign ministry"),
    (f"{_Q} a Japanese finance ministry source said.", "Japanese finance ministry"),
    (f"{_Q} said a Spanish finance ministry spokesman.", "Spanish finance ministry"),
    (f"{_Q} a Venezuelan energy ministry source told reporters.", "Venezuelan energy ministry"),
    (f"{_Q} a Dutch economics ministry official said.", "Dutch economics ministry"),
]


@pytest.mark.parametrize("text,who", ORGAN_VOICES)
def test_an_unnamed_official_of_a_ministry_speaks_for_the_ministry(extract, text, who):
    assert speaker(extract, "MADRID, May 4 - Markets were calm.\n    " + text, "defend the currency",
                   date="1987-05-04") == who


STATE_VOICES = [
    # no ministry in the phrase: the state speaks, as before
    (f"{_Q} a Mexican official said.", "Mexico"),
    (f"{_Q} a senior Japanese government source said.", "Japan"),
    # a place after the official is not whom he speaks for
    (f"{_Q} a U.S. official in Baghdad said.", "United States"),
    # a leader's administration is his state
    (f"{_Q} a Reagan administration official said.", "United States"),
]


@pytest.mark.parametrize("text,who", STATE_VOICES)
def test_an_unnamed_official_without_a_ministry_speaks_for_the_state(extract, text, who):
    assert speaker(extract, "MADRID, May 4 - Markets were calm.\n    " + text, "defend the currency",
                   date="1987-05-04") == who


IT_SAID = [
    ("The Japanese finance ministry said the yen would be defended. \"We will act with other nations to "
     "steady the currency,\" it said.", "steady the currency", "Japanese finance ministry"),
    ("The Ruritanian Foreign Ministry said the talks were being delayed. \"The envoy will come back when "
     "the rebels free the hostages,\" it said.", "envoy will come back", "Ruritanian Foreign Ministry"),
    ("OPEC said output would be curbed. \"Members will defend the reference price of the crude,\" it "
     "said.", "Members will defend", "OPEC"),
]


@pytest.mark.parametrize("text,fragment,who", IT_SAID)
def test_it_is_the_body_that_spoke_not_the_passive_subject_after_it(extract, text, fragment, who):
    assert speaker(extract, "TOKYO, May 4 - Markets were calm.\n    " + text, fragment, date="1987-05-04") == who
