"""Construction suite for meetings whose parties are told across a sentence boundary: a delegate heard "at",
"to" or "after" a bare "the meeting" (told the meeting, said at the talks, said after the meeting, on entering
the meeting) joins the meeting told just before it — ONE entry listing every named participant (GUIDELINES) —
and who stays away, or speaks before it, or at a meeting of its own naming, joins nothing. Made-up sentences only.
"""
from __future__ import annotations

import pytest
from meeting_helpers import found

JOINS = [
    ("said-after-the-meeting",
     "Japanese Foreign Minister Taro Kimura met Senate leaders in Washington on Tuesday. Senator John Hale, a "
     "Missouri Republican, said after the meeting that he had heard such promises before.",
     ("John Hale", "Taro Kimura")),
    ("told-the-meeting",
     "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Jorge Ruiz in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce told the meeting that tariffs on farm goods must fall.",
     ("Ana Soto", "Jorge Ruiz", "Luis Arce")),
    ("said-at-the-meeting",
     "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Jorge Ruiz in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce said at the meeting that tariffs on farm goods must fall.",
     ("Ana Soto", "Jorge Ruiz", "Luis Arce")),
    ("hosted-talks-then-two-delegates",
     "Chilean Foreign Minister Ana Soto hosted a day of informal talks in Santiago on Monday. Bolivian Foreign "
     "Minister Luis Arce told the meeting that tariffs must fall. Peruvian Foreign Minister Jorge Ruiz said at "
     "the talks that he agreed.",
     ("Ana Soto", "Jorge Ruiz", "Luis Arce")),
]


@pytest.mark.parametrize("name,text,everyone", [pytest.param(*c, id=c[0]) for c in JOINS])
def test_a_delegate_heard_at_the_meeting_joins_it(extract, name, text, everyone):
    e = extract(text, date="1987-04-01")
    holding = [w for _, _, w in found(e) if set(w) & set(everyone)]
    assert len(holding) == 1, (name, found(e))  # one entry, not a second meeting for the later name
    assert set(everyone) <= set(holding[0]), (name, found(e))


APART = [
    ("boycott-the-meeting",
     "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Jorge Ruiz in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce will boycott the meeting.", "Luis Arce"),
    ("said-before-the-meeting",
     "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Jorge Ruiz in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce said before the meeting that tariffs must fall.", "Luis Arce"),
    ("a-meeting-of-its-own",
     "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Jorge Ruiz in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce told the meeting of his cabinet that tariffs must fall.", "Luis Arce"),
    ("three-sentences-later",
     "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Jorge Ruiz in Lima on Monday. Tariffs on "
     "farm goods have risen. Copper prices fell. Wheat prices rose. Bolivian Foreign Minister Luis Arce said at "
     "the meeting that tariffs must fall.", "Luis Arce"),
]


@pytest.mark.parametrize("name,text,outsider", [pytest.param(*c, id=c[0]) for c in APART])
def test_who_stays_away_or_speaks_elsewhere_joins_nothing(extract, name, text, outsider):
    e = extract(text, date="1987-04-01")
    assert not any(outsider in w for _, _, w in found(e)), (name, found(e))


PRONOUN_PAIRS = [
    # "they" after two titled names whose coordination the parser hides under the second title
    ("titled-pair-then-they-met",
     "Chilean Trade Minister Ana Soto and Peruvian Trade Minister Jorge Ruiz were in Lima on Monday. They met "
     "for two hours.", ("Ana Soto", "Jorge Ruiz")),
    ("titled-pair-then-they-discussed",
     "Chilean Trade Minister Ana Soto and Peruvian Trade Minister Jorge Ruiz signed a copper accord on Monday. "
     "They also discussed water rights.", ("Ana Soto", "Jorge Ruiz")),
    # "them" as an object: the coordinated subject of the sentence before
    ("pair-arrived-then-met-them",
     "Chilean Trade Minister Ana Soto and Bolivian Trade Minister Luis Arce arrived in Lima on Monday. Peruvian "
     "Trade Minister Jorge Ruiz met them on Tuesday.", ("Ana Soto", "Jorge Ruiz", "Luis Arce")),
]


@pytest.mark.parametrize("name,text,everyone", [pytest.param(*c, id=c[0]) for c in PRONOUN_PAIRS])
def test_a_plural_pronoun_takes_the_pair_named_just_before(extract, name, text, everyone):
    e = extract(text, date="1987-04-01")
    assert any(set(everyone) <= set(w) for _, _, w in found(e)), (name, found(e))


PRONOUN_APART = [
    ("officials-between",  # "Officials said … them": a plural subject in between holds the pronoun
     "Chilean Trade Minister Ana Soto and Bolivian Trade Minister Luis Arce arrived in Lima on Monday. Officials "
     "said Peruvian Trade Minister Jorge Ruiz would meet them on Tuesday.", "Ana Soto"),
    ("two-sentences-back",
     "Chilean Trade Minister Ana Soto and Bolivian Trade Minister Luis Arce arrived in Lima on Monday. Copper "
     "prices fell. Peruvian Trade Minister Jorge Ruiz met them on Tuesday.", "Ana Soto"),
]


@pytest.mark.parametrize("name,text,outsider", [pytest.param(*c, id=c[0]) for c in PRONOUN_APART])
def test_a_plural_pronoun_reaches_no_further(extract, name, text, outsider):
    e = extract(text, date="1987-04-01")
    assert not any(outsider in w and "Jorge Ruiz" in w for _, _, w in found(e)), (name, found(e))


SOURCED = [
    # talks with one named partner in a clause an unnamed source reports: the office holder the story is about
    ("visit-then-talks-officials-said",
     "Chilean Trade Minister Ana Soto arrived in Lima on Monday. Talks with Peruvian Trade Minister Jorge Ruiz "
     "focused on copper, officials said.", ("Ana Soto", "Jorge Ruiz")),
    ("planned-visit-then-talks-diplomats-said",
     "Chilean Trade Minister Ana Soto will visit Lima next week. Talks with Peruvian Trade Minister Jorge Ruiz "
     "will focus on copper, diplomats said.", ("Ana Soto", "Jorge Ruiz")),
]


@pytest.mark.parametrize("name,text,everyone", [pytest.param(*c, id=c[0]) for c in SOURCED])
def test_talks_an_unnamed_source_reports_are_the_protagonists(extract, name, text, everyone):
    e = extract(text, date="1987-04-01")
    assert any(set(everyone) <= set(w) for _, _, w in found(e)), (name, found(e))


SOURCED_APART = [
    ("a-named-speaker-is-the-holder",  # the existing reading: a named speaker reports his own side's talks
     "Chilean Trade Minister Ana Soto arrived in Lima on Monday. Talks with Peruvian Trade Minister Jorge Ruiz "
     "focused on copper, Chilean Foreign Minister Luis Arce said.", "Ana Soto"),
    ("no-office-no-holder",  # one quoted without an office holds no talks
     "Economist Ana Soto said copper prices would fall. Talks with Peruvian Trade Minister Jorge Ruiz will focus "
     "on copper, officials said.", "Ana Soto"),
]


@pytest.mark.parametrize("name,text,outsider", [pytest.param(*c, id=c[0]) for c in SOURCED_APART])
def test_no_protagonist_for_a_named_speaker_or_one_without_office(extract, name, text, outsider):
    e = extract(text, date="1987-04-01")
    assert not any(outsider in w and "Jorge Ruiz" in w for _, _, w in found(e)), (name, found(e))


VERB_GATHERINGS = [
    ("ministers-met-then-two-brief",
     "WASHINGTON, April 8 - Finance ministers of leading industrial nations met here this afternoon. Canadian "
     "Finance Minister Tom Hale told reporters the ministers would review the accord. French Finance Minister "
     "Paul Roux said the accord held.", ("Paul Roux", "Tom Hale")),
    ("ministers-reconvened-then-entering-and-after",
     "WASHINGTON, April 8 - Finance ministers of leading industrial nations reconvened here this afternoon. "
     "Canadian Finance Minister Tom Hale said on entering the meeting the ministers would review the accord. "
     "French Finance Minister Paul Roux told reporters after the meeting that the accord held.",
     ("Paul Roux", "Tom Hale")),
]


@pytest.mark.parametrize("name,text,everyone", [pytest.param(*c, id=c[0]) for c in VERB_GATHERINGS])
def test_office_holders_briefing_from_a_meeting_a_verb_told_attended_it(extract, name, text, everyone):
    e = extract(text, date="1987-04-08")
    assert any(set(everyone) <= set(w) for _, _, w in found(e)), (name, found(e))


VERB_GATHERINGS_APART = [
    ("a-preview-quotes-before-the-meeting",
     "WASHINGTON, April 8 - Finance ministers of leading industrial nations will meet here next week. Canadian "
     "Finance Minister Tom Hale told reporters the ministers would review the accord. French Finance Minister "
     "Paul Roux said the accord held."),
    ("no-dateline-no-wire-gathering",
     "Finance ministers of leading industrial nations met on Tuesday. Canadian Finance Minister Tom Hale told "
     "reporters the ministers would review the accord. French Finance Minister Paul Roux said the accord held."),
]


@pytest.mark.parametrize("name,text", [pytest.param(*c, id=c[0]) for c in VERB_GATHERINGS_APART])
def test_no_verb_gathering_for_a_preview_or_outside_wire_copy(extract, name, text):
    e = extract(text, date="1987-04-08")
    assert not any({"Paul Roux", "Tom Hale"} <= set(w) for _, _, w in found(e)), (name, found(e))


FIRST_PERSON = [
    ("i-will-meet-said", "\"I will meet Peruvian Trade Minister Jorge Ruiz on Tuesday,\" Chilean Trade Minister Ana "
     "Soto said.", ("Ana Soto", "Jorge Ruiz")),
    ("said-colon-i-will-meet", "Chilean Trade Minister Ana Soto said: \"I will meet Peruvian Trade Minister Jorge "
     "Ruiz on Tuesday.\"", ("Ana Soto", "Jorge Ruiz")),
    ("we-shall-be-meeting", "\"We shall be meeting Peruvian Trade Minister Jorge Ruiz on Tuesday,\" Chilean Trade "
     "Minister Ana Soto said.", ("Ana Soto", "Jorge Ruiz")),
    ("i-met-with-told-reporters", "\"I met with Peruvian Trade Minister Jorge Ruiz on Tuesday,\" Chilean Trade "
     "Minister Ana Soto told reporters.", ("Ana Soto", "Jorge Ruiz")),
    ("quote-then-and-discussed", "\"We expect the government to keep its word\" and discussed this with Peruvian "
     "Trade Minister Jorge Ruiz today, Chilean Trade Minister Ana Soto said.", ("Ana Soto", "Jorge Ruiz")),
]


@pytest.mark.parametrize("name,text,everyone", [pytest.param(*c, id=c[0]) for c in FIRST_PERSON])
def test_a_quoted_first_person_subject_is_the_speaker(extract, name, text, everyone):
    e = extract(text, date="1987-04-01")
    assert any(set(everyone) <= set(w) for _, _, w in found(e)), (name, found(e))

