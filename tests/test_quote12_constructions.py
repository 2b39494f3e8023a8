"""Speakers of round reuters12q, read off the new Reuters 1987 tuning stories and the unlabelled wire
stories: a bare unnamed voice ("one official said", "the official added") keeps the identity of the
unnamed voice the story named last, however many sentences back, and an adjective that classifies a
voice ("diplomatic sources", "monetary sources") makes it a voice of another kind, while one that
only ranks it ("a senior official") does not.

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

_GAP = ("    The levy would need a vote in parliament. Members of the fisheries committee have called for it "
        "since January. The committee meets again in June. Its chairman has backed the plan.\n")

FAR_VOICES = [
    # "government sources" far back, then "officials said", then "one official said" after a long gap
    ("OSLO, May 4 - Norway may cut fishing licences for Danish trawlers next year, government sources said.\n"
     "    Officials said another option was a new levy on foreign boats.\n" + _GAP
     + "    \"The licences give the minister power to close the fjords to any fleet,\" one official said.\n",
     "close the fjords", "Norway"),
    # ... and "the official added" right after it
    ("OSLO, May 4 - Norway may cut fishing licences for Danish trawlers next year, government sources said.\n"
     + _GAP + "    \"The licences give the minister power to close the fjords,\" one official said.\n"
     "    \"This point has been made to the Danes a number of times,\" the official added.",
     "number of times", "Norway"),
    # a ranking adjective leaves the voice the host's
    ("CANBERRA, June 9 - Australia is weighing new tariffs on imported steel, government officials said.\n"
     + _GAP + "    \"Nothing will be decided before the budget is out,\" a senior official said.",
     "Nothing will be decided", "Australia"),
    # a foreign official's voice far back is kept by "the official added"
    ("OSLO, May 4 - Norway and Sweden will hold talks on fishing quotas next week.\n    \"We hope for a quick "
     "deal,\" a Swedish official said.\n" + _GAP + "    \"Nothing is excluded at this stage,\" the official added.",
     "Nothing is excluded", "Sweden"),
]


@pytest.mark.parametrize("text,fragment,who", FAR_VOICES)
def test_a_bare_voice_is_the_unnamed_voice_named_last(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-05-04") == who


OTHER_KINDS = [
    # a classifying adjective: sources of another kind, not the host government's
    ("PARIS, May 4 - France will renew export cover for Ruritania, government sources said.\n" + _GAP
     + "    \"The minister will sign the accord before he leaves,\" diplomatic sources said.",
     "sign the accord", None),
    ("WASHINGTON, May 4 - The finance ministers will meet next week, government sources said.\n"
     "    \"The sooner the Ruritanians act, the better for the markets,\" monetary sources said.",
     "sooner the Ruritanians", None),
    # an intervening voice of another kind ends the chain
    ("WASHINGTON, May 4 - The finance ministers will meet next week, government sources said.\n    The "
     "meeting will be short, monetary sources said.\n" + _GAP
     + "    \"The sooner the Ruritanians act, the better for the markets,\" one of the sources said.",
     "sooner the Ruritanians", None),
]


@pytest.mark.parametrize("text,fragment,who", OTHER_KINDS)
def test_a_classified_voice_is_not_the_host(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-05-04") == who


def test_a_document_of_unknown_authorship_names_no_one(extract):
    # the story never says who wrote the report
    text = ("A report on the arms deal was leaked on Monday. The Ruritanian Foreign Ministry declined to comment. "
            "Talks resumed on Tuesday.\n\"The deal was signed without proper scrutiny by the cabinet,\" the "
            "report said.")
    assert speaker(extract, text, "without proper scrutiny", date="1987-06-19") is None


PLACED = [
    # the clause sets the voice in another state's place: not the host government
    ("LONDON, May 4 - Britain may cut the licences of Ruritanian banks, government sources said.\n    In "
     "Washington, an official said, \"We will act against unfair trade whatever London decides.\"",
     "whatever London", None),
    # the same voice with no place: the host's
    ("LONDON, May 4 - Britain may cut the licences of Ruritanian banks, government sources said.\n    An "
     "official said, \"We will act against unfair trade whatever others decide.\"", "whatever others",
     "United Kingdom"),
]


@pytest.mark.parametrize("text,fragment,who", PLACED)
def test_a_voice_placed_abroad_is_not_the_host(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-05-04") == who
