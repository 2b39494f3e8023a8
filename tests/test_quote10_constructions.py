"""Speakers of round news10, found by probing news-style constructions on made-up stories after the
unlabelled stories' quotes read right: a person named by an office in a body the story named ("the
U.N. chief", "the ADB's president", "the UNICEF director") is the person of that body named before,
not the body, in quotes and in meetings.

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import has, linked
from tests.test_quote_constructions import speaker

BODY_OFFICES = [
    # "<body> <title> X" named first, then "the <body> chief"
    ("NATO Secretary General Lars Holm spoke in Brussels. “The alliance will defend every inch of its "
     "territory,” the NATO chief said.", "every inch", "Lars Holm"),
    ("Asian Development Bank President Kenji Arata toured the port. “We stand ready to support the region "
     "with new loans,” the ADB chief told reporters.", "stand ready", "Kenji Arata"),
    # "X, the president of <body>", then "the <body>'s president"
    ("Kenji Arata, the president of the Asian Development Bank, toured the port. “We stand ready to "
     "support the region with new loans,” the ADB's president said.", "stand ready", "Kenji Arata"),
    # an office no title list knows, read off the phrase that named the person
    ("UNICEF Executive Director Mara Lind visited a camp near the border. “Children are paying the highest "
     "price for this war,” the UNICEF director said.", "highest price", "Mara Lind"),
    # a body named by its initials, an office the title list knows
    ("World Health Organization Director-General Ana Ruiz flew to Goma. “The outbreak can still be stopped "
     "if we act this week,” the WHO chief said.", "still be stopped", "Ana Ruiz"),
]


@pytest.mark.parametrize("text,fragment,who", BODY_OFFICES)
def test_a_body_and_its_office_name_the_person_of_that_body(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


NOT_THE_HEAD = [
    # another office of the body is not its head
    ("Asian Development Bank President Kenji Arata toured the port. “The bank has no plans to cut lending "
     "to the region,” the ADB spokesman said.", "no plans", "Kenji Arata"),
    # an office with a name of its own is that name
    ("Asian Development Bank President Kenji Arata toured the port. “The bank has no plans to cut lending "
     "to the region,” the ADB envoy, Rita Dhar, said.", "no plans", "Kenji Arata"),
    # no person of the body named before: no one of it to stand for
    ("The ministers of the alliance met in Brussels. Ruritanian Foreign Minister Ana Varga attended. “We "
     "will defend every inch of allied territory,” the NATO chief said.", "every inch", "Ana Varga"),
]


@pytest.mark.parametrize("text,fragment,never", NOT_THE_HEAD)
def test_other_offices_and_other_persons_stay_apart(extract, text, fragment, never):
    assert speaker(extract, text, fragment) != never


def test_the_body_chief_meets_as_the_person(extract):
    e = extract("U.N. Secretary-General Lars Holm arrived in Nairobi on Monday. The U.N. chief met "
                "Kenyan President Samuel Rotich at State House.")
    assert has(e, "meet", None, "Lars Holm", "Samuel Rotich")
    assert not linked(e, "United Nations", "Samuel Rotich")


# --- a quote inside a quote, both with the straight mark (wire copy has no single marks) ----------

NESTED = [
    ('LONDON, May 3 - The panel in its report said, "we support the view that the research should stay '
     'within the "three principles" and in full conformity with the treaty."', "three principles", "full conformity"),
    ('LONDON, May 3 - "We can\'t say "yes, we will do it tomorrow" but this is being considered very '
     'seriously," Trade Minister Alan Wood said.', "we will do it", "very seriously"),
]


@pytest.mark.parametrize("text,inner,outer", NESTED)
def test_a_quote_inside_a_straight_quote_stays_in_it(extract, text, inner, outer):
    e = extract(text)
    quotes = [q.text for q in e.quotes if q.kind == "direct"]
    assert any(inner in q and outer in q for q in quotes), quotes


def test_quotes_after_an_unclosed_one_are_still_their_own():
    from diplomap.extract.quotemarks import find_quote_segments

    for text, want in [('"This is the end. "We will go on," he said.', ["This is the end. ", "We will go on,"]),
                       ('"A good deal," he said. "We will go on," she said.', ["A good deal,", "We will go on,"]),
                       ('He called it a "good deal" and said "we will go on with it."',
                        ["good deal", "we will go on with it."])]:
        assert [text[s.start:s.end] for s in find_quote_segments(text)] == want
