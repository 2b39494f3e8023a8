"""Dealings with a body at its sittings, and dealings at a gathering the sentence names by no party (branch
gather16): made-up passages in the style of wire copy. Each positive passage lists the meetings an annotator
would record (types joined with "|"; a meeting matches when it has one of the types, the status unless
None, and exactly the named parties); each negative names pairs that must never be linked.
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import assert_meetings

WIRE = "1987-04-02"
M = "meet"
N = "negotiate"


def C(cls, text, want, never=()):
    return pytest.param(text, tuple(want), tuple(never), id=cls)


CASES = [
    # -- the story's body (its lead's subject) sits "here" (under the dateline): who is dealt with there meets it
    C("sitting_here", "LONDON, May 4 - The Paris Club of creditor nations agreed to reschedule the debts of "
      "Zambia and Malawi, the Club said. At meetings here this week, both countries were granted longer "
      "repayment periods.", [("meet|negotiate", "occurred", ("Malawi", "Paris Club", "Zambia"))]),
    C("sitting_here", "ROME, May 4 - The International Monetary Fund approved a loan to Peru, a spokesman said. "
      "At talks here this week, Peruvian Finance Minister Luis Alva pressed for easier terms.",
      [("meet|negotiate", "occurred", ("International Monetary Fund", "Luis Alva"))]),
    # -- a year's or a day's sitting: the body's own ("last year's meeting")
    C("sitting_dated", "TOKYO, May 4 - The Asian Development Bank will not change its lending policy, its "
      "president said. He said Burma, which complained at last year's meeting that loans had stopped, would be "
      "heard again.", [(M, "occurred", ("Asian Development Bank", "Myanmar"))]),
    # -- the body's own common noun owns the sitting: "the bank's meeting"; an invitation is proposed
    C("invited_to_sitting", "TOKYO, May 4 - The Asian Development Bank will not change its lending policy, its "
      "president said. He said Burma had been invited to the bank's annual meeting in Osaka.",
      [(M, "proposed", ("Asian Development Bank", "Myanmar"))]),
    C("invited_to_sitting", "The Group of Seven has invited South Korea to its next meeting, officials said.",
      [(M, "proposed", ("G7", "South Korea"))]),
    C("body_noun_sitting", "Niger's junta was suspended from ECOWAS and did not attend the bloc's summit in Abuja.",
      [(M, "negated", ("Economic Community of West African States", "Niger"))]),
    # -- a boycott of a body's meeting is a negated meeting with the body
    C("boycott_noun", "The dispute caused an Iraqi boycott of the OPEC meeting in Vienna.",
      [(M, "negated", ("Iraq", "OPEC"))]),
    # -- a statement to a gathering: its speaker addresses it
    C("statement_to", "In a statement to the GATT ministerial conference in Geneva, Australian Trade Minister "
      "John Button said farm trade must be freed.", [(M, "occurred", ("GATT", "John Button"))]),
    C("statement_to", "In a speech to the OPEC conference, Nigerian Oil Minister Rilwanu Lukman said prices "
      "would hold.", [(M, "occurred", ("OPEC", "Rilwanu Lukman"))]),
    # -- at an unnamed meeting, the doer and the one it asks or tells something (an infinitive or a clause)
    C("addressed_at", "At meetings in Tokyo this week, Bank of England officials urged their Japanese "
      "counterparts to relax the rules.", [("meet|negotiate", "occurred", ("Bank of England", "Japan"))]),
    C("addressed_at", "During the talks, Egyptian officials told their Israeli counterparts that the border "
      "would stay closed.", [("meet|negotiate", "occurred", ("Egypt", "Israel"))]),
    # -- a recipient (indirect object) of the body's act at its sitting; co-subjects acting at unnamed talks
    C("recipient_at", "PARIS, June 19 - The Paris Club granted Egypt new terms at meetings here this week, the "
      "Club said.", [("meet|negotiate", "occurred", ("Egypt", "Paris Club"))]),
    C("co_subjects_at", "The World Bank and Nigeria agreed on a new loan at talks in Lagos last week.",
      [("meet|negotiate", "occurred", ("Nigeria", "World Bank"))]),
]

NEGATIVES = [
    # the lead's subject is a state, not a body: "here" names no body's sitting
    C("no_lead_body", "LONDON, May 4 - Zambia agreed to a new budget, officials said. At meetings here this "
      "week, Zambian officials were granted longer repayment periods.", [], [("Zambia", "Paris Club")]),
    # a meeting named by its own parties is theirs, not the lead body's
    C("named_meeting", "GENEVA, May 4 - The World Health Organisation warned of a new outbreak. At talks "
      "here with Sudan, Egyptian officials were given new figures.", [], [("Egypt", "World Health Organization")]),
    # what is discussed at a meeting is not someone there
    C("discussed_at", "At the meeting, Egyptian officials discussed Israel.", [], [("Egypt", "Israel")]),
    C("discussed_at", "At the meeting, Egyptian officials criticised Libya for its raids.", [],
      [("Egypt", "Libya")]),
    # an appeal to a state or body by its name at a gathering: often to one away
    C("appeal_at", "At the meeting, European Union leaders urged Russia to withdraw its troops.", [],
      [("European Union", "Russia")]),
    # a gathering named to date another thing
    C("before_the_meeting", "TOKYO, May 4 - The Asian Development Bank will not change its lending policy. "
      "Burma complained before last year's meeting that loans had stopped.", [],
      [("Asian Development Bank", "Myanmar")]),
    # "today's meeting" of two states told before is theirs, even in a story whose lead is about a body
    C("dated_two_states", "BRASILIA, May 4 - The International Monetary Fund urged Brazil to cut spending, a "
      "spokesman said. Brazilian and Argentine ministers held a meeting on Monday. At today's meeting, "
      "Brazil and Argentina agreed to cut tariffs.", [],
      [("Brazil", "International Monetary Fund"), ("Argentina", "International Monetary Fund")]),
    # an invitation to a place is a visit, not a meeting with a body
    C("invited_place", "The Group of Seven said Japan invited South Korea to Tokyo.", [], [("G7", "South Korea")]),
]


@pytest.mark.parametrize("text,want,never", CASES + NEGATIVES)
def test_body_dealing(extract, text, want, never):
    assert_meetings(extract(text, date=WIRE), text[:60], want, never)
