"""Speakers of round speakers11, read off the unlabelled wire stories: an unnamed official or source
whose phrase names no known actor. "government sources/officials said" with no state named is
the host government, the state of the dateline, and so is a bare "an official said" that follows
them; "X sources said" where X shortens the name of a body the story named is that body, and so is
"the sources said" after it.

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

HOST_GOVERNMENT = [
    # "government sources said", then a bare "an official said": the dateline's state
    ("OSLO, May 4 - Norway may cut fishing licences for Danish trawlers next year if the quota talks "
     "fail, government sources said.\n    \"We will not wait for ever on this matter,\" an official said.",
     "wait for ever", "Norway"),
    # "a senior government official told" with the quote before
    ("OSLO, May 4 - Norway may cut fishing licences for Danish trawlers next year.\n    \"There is a "
     "growing sense of impatience in the cabinet,\" a senior government official told reporters.",
     "growing sense", "Norway"),
    # "government officials said" with the quote after
    ("CANBERRA, June 9 - Australia is weighing new tariffs on imported steel from Korea. But government "
     "officials said, \"Nothing will be decided before the budget is out.\"", "Nothing will be decided",
     "Australia"),
    # "the spokesman added" after "a government spokesman said"
    ("OSLO, May 4 - Norway has recalled its envoy from Denmark, a government spokesman said.\n    \"The "
     "envoy will stay home until the dispute is settled,\" the spokesman added.", "stay home", "Norway"),
]


@pytest.mark.parametrize("text,fragment,who", HOST_GOVERNMENT)
def test_unnamed_government_voices_speak_for_the_dateline_state(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-05-04") == who


NOT_THE_HOST = [
    # officials placed elsewhere are not the host's
    ("OSLO, May 4 - Norway may cut fishing licences for Danish trawlers next year. Government officials "
     "in the rest of Europe said, \"We will let the Commission decide on this.\"", "let the Commission",
     None),
    # no dateline: nobody
    ("Norway may cut fishing licences for Danish trawlers next year if the quota talks fail, government "
     "sources said.\n    \"We will not wait for ever on this matter,\" an official said.", "wait for ever",
     None),
    # a diplomat is nobody's voice
    ("OSLO, May 4 - Norway may cut fishing licences for Danish trawlers, government sources said.\n    "
     "\"The Danes have underestimated the mood here,\" a Western diplomat said.", "underestimated", None),
]


@pytest.mark.parametrize("text,fragment,who", NOT_THE_HOST)
def test_no_host_state_for_other_voices(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-05-04") == who


def test_it_is_the_body_that_spoke_before_long_quotes(extract):
    # "it added" after a committee's report and two long quotes: the words inside quotes do not
    # push the committee out of reach, and a country named inside them is no antecedent
    text = ("LONDON, May 4 - A parliamentary committee urged caution over the missile plan.\n    The Foreign "
            "Affairs Committee in its report said, \"We support the government's view that research on the "
            "system should go ahead only within the limits of the treaty signed with the Soviet Union, and "
            "only as long as the allies of Britain are consulted at every stage of the work.\"\n    \"We note "
            "that all research now carried out by British firms falls within the narrow reading of the treaty, "
            "and we expect the government to make sure that this remains the case in the years ahead, "
            "whatever pressure comes from Washington or from industry.\"\n    Britain joined the "
            "research programme in 1985. That reading bars both "
            "sides from testing such weapons in space, experts said. That advice would change, it added, "
            "\"if it became clear that the Soviet Union had taken the lead in breaking "
            "the treaty.\"")
    assert speaker(extract, text, "taken the lead", date="1987-05-04") == "Foreign Affairs Committee"


STATE_SOURCES = [
    # plural sources with a state modifier, and "the sources said" after them
    ("BONN, May 4 - West Germany will not cut interest rates this month, West German sources said.\n    "
     "\"We have an open position on the dollar,\" the sources said.", "open position", "Germany"),
    ("STOCKHOLM, May 4 - Talks on the paper mill project will resume in June.\n    \"We expect a deal before "
     "the end of the summer,\" Swedish sources said.", "deal before", "Sweden"),
    # a body named before, then by the one capitalised word of its name
    ("BRUSSELS, May 4 - The EC Commission will not propose new curbs on farm output this month, Commission "
     "sources said.\n    \"We have an open position on the oils tax,\" the sources said.", "oils tax",
     "European Commission"),
]


@pytest.mark.parametrize("text,fragment,who", STATE_SOURCES)
def test_sources_speak_for_the_state_or_body_their_phrase_names(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-05-04") == who


def test_an_institution_word_is_not_another_states_body(extract):
    # a LONDON story's "Treasury spokesman" is not the U.S. Treasury named before
    text = ("LONDON, May 4 - U.S. Treasury Secretary Jim Ward met Chancellor Paul Hale on Monday, a Treasury "
            "spokesman said.\n    \"The talks covered the debt of the poorest countries,\" the spokesman added.")
    assert speaker(extract, text, "poorest countries", date="1987-05-04") != "Treasury Department"
