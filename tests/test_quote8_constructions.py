"""Speakers of round quote8, found by reading the quotes of the unlabelled stories: an unnamed
official speaks for the state or leader's government its own phrase names however deep ("the Kremlin
aide", "a Reagan administration official"; a ministry it names speaks itself: "a Venezuelan energy
ministry source"), and
so does the pronoun or description after it; a pronoun agrees in gender with the person it takes
up ("her defence minister, X. He told …" is X, not the woman named as the sentence's subject).

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

# an unnamed official whose phrase names a state deep inside, or a leader's government
STATE_VOICES = [
    ("SANTIAGO, May 3 - Talks on the copper quota went on. “All options are open at this stage of the "
     "talks,” a Chilean energy and mines ministry source said.", "All options",
     "Chilean energy and mines ministry"),  # a ministry named in lower case speaks, as "a Mexican finance
    # ministry official" does (organs.py; GUIDELINES: "the ministry said" is the ministry's)
    ("Brazilian President Tomas Ferreira flew home on Monday. “The accord is the main reason the markets "
     "are calm,” a Ferreira administration official said.", "main reason", "Brazil"),
    ("Relations with Oslo improved this spring. The Kremlin aide said of the fishing deal, “it was not "
     "done to please the northern fleets.” The aide added, “it is an example of how we settle things.”",
     "not done to please", "Russia"),
    ("Relations with Oslo improved this spring. The Kremlin aide said of the fishing deal, “it was not "
     "done to please the northern fleets.” The aide added, “it is an example of how we settle things.”",
     "example of how", "Russia"),
    # the pronoun after such an official is the state too
    ("LIMA, May 3 - “There is no room for any new spending this year,” said one Peruvian finance "
     "official. “We have done what we could,” he added.", "done what we could", "Peru"),
    ("Brazilian President Tomas Ferreira flew home on Monday. A Ferreira administration official said the "
     "accord was the main reason for the calm. But he said in an interview that “the markets understood the "
     "measures very well indeed.”", "markets understood", "Brazil"),
]


@pytest.mark.parametrize("text,fragment,who", STATE_VOICES)
def test_an_unnamed_official_speaks_for_the_state_of_its_phrase(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# not a voice of the state: a resident of it
NO_VOICES = [
    ("“Prices will keep falling until the autumn harvest,” said one Peruvian farmer in the valley.",
     "Prices will keep"),
]


@pytest.mark.parametrize("text,fragment", NO_VOICES)
def test_a_resident_is_no_voice_of_the_state(extract, text, fragment):
    assert speaker(extract, text, fragment) is None


# a pronoun takes up a person of its own gender
GENDER = [
    ("Prime Minister Helen Vask has backed the plan, a view voiced again today by her defence minister, "
     "Arvo Linn. He told a gathering of businessmen, “We greatly welcome the emphasis on joint work.”",
     "greatly welcome", "Arvo Linn"),
    ("President Karl Moser praised his trade minister, Ilona Berg, on Monday. She told reporters, “The "
     "new tariffs will be gone by the end of the year.”", "new tariffs", "Ilona Berg"),
    # the subject still takes a pronoun of its gender
    ("Minister Ana Ruiz met her colleague Jonas Pekk in Quito. She told reporters, “Our ports will stay "
     "open to every ship.”", "ports will stay", "Ana Ruiz"),
]


@pytest.mark.parametrize("text,fragment,who", GENDER)
def test_a_pronoun_agrees_in_gender(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# "a senior ministry official" after a ministry the story named speaks for it, and so do "the
# official" and "he" after it (before: the description went back past it to "U.S. officials")
MINISTRY_OFFICIAL = ("OSLO, April 8 - Norway's Fisheries Ministry will tell Danish officials at talks next "
                     "week that the quota would hurt both fleets, a senior ministry official said.\n    "
                     "\"Catches would drop for every boat in the northern waters,\" the official, who declined "
                     "to be named, said. \"Norway is the largest buyer of Danish nets,\" he said.")


@pytest.mark.parametrize("fragment", ["Catches would drop", "largest buyer"])
def test_an_unnamed_ministry_official_speaks_for_the_ministry_named_before(extract, fragment):
    assert speaker(extract, MINISTRY_OFFICIAL, fragment) == "Norway's Fisheries Ministry"


# words as a reader counts them: a hyphenated word or a digit group is one word
def test_a_hyphenated_phrase_of_three_words_is_no_quote(extract):
    e = extract("Two officials said 23 “high-threat illegal aliens” were moved to the base on Tuesday.")
    assert [q.kind for q in e.quotes if "high-threat" in q.text] == ["scare"]


def test_four_words_with_a_hyphen_are_a_quote(extract):
    e = extract("Minister Pia Lund called the deal “a well-made compromise for everyone.”")
    assert [q.kind for q in e.quotes if "well-made" in q.text] == ["direct"]
