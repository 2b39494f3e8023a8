"""Negotiations in wire copy (branch neg12): made-up passages in the style of 1987 trade, debt and arms
stories, written before the rules. Each positive passage lists the meetings an annotator would record
(types joined with "|"; a meeting matches when it has one of the types, the status unless None, and at
least the named parties). Negative passages (a topic, an owner of the subject, a bargaining position)
must yield no meeting. Classes still unread are strict xfails, so that reading them shows.
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import case_params, found, meets

WIRE = "1987-03-10"
N, MN = "negotiate", "meet|negotiate"


def P(cls, text, want, xfail=None):
    return (cls, text, tuple(want), xfail)


POSITIVE = [
    # -- controls: what was read before this branch
    P("control", "A new round of talks between U.S. and Japanese trade officials opened in Tokyo on Monday.",
      [(N, "occurred", ("Japan", "United States"))]),
    P("control", "Washington's trade talks with Tokyo have stalled over rice, officials said.",
      [(N, "occurred", ("Japan", "United States"))]),
    P("control", "The U.S.-Japanese semiconductor talks ended in Washington on Friday.",
      [(N, "occurred", ("Japan", "United States"))]),
    P("control", "Negotiations between Mexico and Venezuela on oil prices broke down on Friday.",
      [(N, "occurred", ("Mexico", "Venezuela"))]),
    P("control", "Talks between Egypt and Israel on the border dispute ended without agreement on Sunday.",
      [(N, "occurred", ("Egypt", "Israel"))]),
    P("control", "Nigeria began negotiations with the Paris Club on rescheduling its official debt.",
      [(N, "occurred", ("Nigeria", "Paris Club"))]),
    P("control", "Brazil is in negotiations with the International Monetary Fund on a new loan.",
      [(N, "occurred", ("Brazil", "International Monetary Fund"))]),
    P("control", "Iraq suspended negotiations with Iran on Sunday.", [(N, "occurred", ("Iran", "Iraq"))]),
    P("control", "Chinese Foreign Minister Wu Lin and British Foreign Secretary John Howe met in London on "
      "Monday. The two sides will resume talks in Beijing in May.", [(N, "planned", ("John Howe", "Wu Lin"))]),
    P("control", "Canada and the United States opened free trade talks in Ottawa. The negotiators failed to "
      "agree on Monday.", [(N, "occurred", ("Canada", "United States"))]),
    # -- "bargaining" as the talks noun
    P("bargaining", "Bargaining between Canada and the United States on lumber tariffs resumed in Ottawa.",
      [(N, "occurred", ("Canada", "United States"))]),
    P("bargaining", "Hard bargaining between Chile and Peru over the fishing zone went on for a week.",
      [(N, "occurred", ("Chile", "Peru"))]),
    # -- the negotiating table: the talks as a place; returning to it resumes them, with its modality
    P("table", "Argentina returned to the negotiating table with Britain on Wednesday.",
      [(N, "occurred", ("Argentina", "United Kingdom"))]),
    P("table", "Iran and Iraq should return to the negotiating table, the Secretary-General said.",
      [(N, "proposed", ("Iran", "Iraq"))]),
    P("table", "Ecuador will return to the bargaining table with the Paris Club next month, officials said.",
      [(N, "planned", ("Ecuador", "Paris Club"))], xfail="the 'with' phrase hung on the verb, not the table"),
    P("table", "Ecuador will come back to the bargaining table with the Paris Club next month, officials said.",
      [(N, "planned", ("Ecuador", "Paris Club"))], xfail="a phrasal 'come back to' takes the 'with' phrase"),
    # -- "talks ... are to resume": the talks as subject of "be to" + infinitive are still ahead
    P("be_to", "Talks between Iran and Iraq are to resume in Geneva on Monday, diplomats said.",
      [(N, "planned", ("Iran", "Iraq"))]),
    P("be_to", "Negotiations between Poland and West Germany on its official debt are to begin in Bonn "
      "next week.", [(N, "planned", ("Germany", "Poland"))]),
    # -- the heads of the two sides of talks meet there
    P("heads", "Japan and the United States will hold semiconductor talks on Thursday. The two sides in the "
      "talks will be headed by Deputy U.S. Trade Representative Michael Smith and Japanese Vice Minister "
      "Makoto Kuroda.", [(MN, "planned", ("Makoto Kuroda", "Michael Smith"))]),
    P("heads", "The two delegations at the talks will be led by Soviet Deputy Foreign Minister Yuri Orlov and "
      "U.S. Assistant Secretary of State Richard Burt.", [(MN, "planned", ("Richard Burt", "Yuri Orlov"))]),
    # -- still unread
    P("session", "Soviet and American arms negotiators held a two-hour session in Geneva on Thursday.",
      [(MN, "occurred", ("Soviet Union", "United States"))], xfail="a session as the talks noun"),
    P("interrupted", "President Ronald Carver announced new aid on Wednesday. Some saw the move as a goodwill "
      "gesture before his annual meeting, on April 5 in Ottawa, with Prime Minister Brian Malone.",
      [(MN, "planned", ("Brian Malone", "Ronald Carver"))], xfail="a 'with' phrase set off by commas"),
    P("nested", "Canadian Prime Minister Brian Malone said he held discussions with the provincial premiers on "
      "the pace of free trade talks with the United States.", [(N, "occurred", ("Canada", "United States"))],
      xfail="talks with one side named, nested under another meeting"),
    P("walkout", "The Egyptian delegation walked out of the talks with Israel on Sunday.",
      [(N, "occurred", ("Egypt", "Israel"))], xfail="a delegation leaving talks"),
]

NEGATIVE = [
    P("topic", "Officials said talks on NATO expansion would dominate the agenda.", []),
    P("owner", "Japan's chip exports to the United States rose 12 pct in January.", []),
    P("position", "Japanese officials said they remain in a weak bargaining position over rice.", []),
    P("one_side", "The Japanese team, led by Vice Minister Makoto Kuroda and Deputy Minister Kenji Sato, arrived "
      "on Sunday.", []),
    P("one_government", "U.S. President Ronald Carver named U.S. Treasury Secretary Paul Baxter to the delegation on "
      "Monday. The choice suggests hard bargaining between the two sides.", []),
    P("table_other", "The minister put a new proposal on the table at home, officials said.", []),
]



@pytest.mark.parametrize("cls,text,want", case_params(POSITIVE))
def test_negotiation_is_found(extract, cls, text, want):
    got = found(extract(text, date=WIRE))
    for types, status, who in want:
        assert meets(got, types, status, who), (types, status, who, got)


@pytest.mark.parametrize("cls,text,want", case_params(NEGATIVE))
def test_no_negotiation_is_found(extract, cls, text, want):
    assert found(extract(text, date=WIRE)) == []
