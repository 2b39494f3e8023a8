"""Construction suite for multi-party wire meetings (round 7): at a ministers' gathering every named participant
belongs to ONE meeting (GUIDELINES: a summit is one entry listing every named participant), however the wire
links them to it — "attended by A and by B", "hosted by the chairman, X", "X, who hosted the talks", "Y would
report to the meeting", "Z told reporters after the meeting" — and a person named beside a title is the party,
not the title's body or state ("Turkey's ambassador in Athens, X, was due to meet …", "the vice minister of the
Ministry of Trade, X, flew in for talks"). Made-up sentences only; same case shape as ``test_wire_constructions``.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, linked

CASES = [
    # (wire9) "quoted X as saying at the same meeting": the object of "quoted" speaks at, so attends, the meeting
    ("quoted-as-saying-at-the-meeting",
     "LUXEMBOURG, June 15 - Farm reforms will go to a summit, Belgian finance minister Jan Peeters said today. "
     "Peeters was speaking at a news conference after chairing a joint meeting of EC finance and agriculture "
     "ministers. Diplomats quoted EC Commission president Pierre Dumont as saying at the same meeting that it "
     "would be a disaster.", None,
     [("meet", None, ("European Union", "Jan Peeters", "Pierre Dumont"))], []),
    # --- a gathering of office holders named by their demonym or body still takes in who refers back to it ----
    ("demonym-named-ministers-gathering-and-host",
     "KNOKKE, Belgium, April 5 - Western creditors reached agreement, Swiss Finance Minister Anna Keller said. "
     "She was speaking after an informal gathering of European finance ministers held to prepare for the "
     "spring meetings. Danish Finance Minister Lars Dahl said he had insisted at the gathering that debtors "
     "be heard. Dutch Finance Minister Jan de Boer, who hosted the talks, said the ideas got a warm welcome.",
     None, [("meet|negotiate", None, ("Anna Keller", "Jan de Boer", "Lars Dahl"))], []),  # wire10: "was speaking
    # after an informal gathering of European finance ministers": she attended it too
    # --- every agent of "attended by …, and by …" ---------------------------------------------------------
    ("attended-by-and-by",
     "BRUSSELS, June 29 - A specially convened Kenyan-Ugandan meeting on the sidelines of a summit of African "
     "leaders failed to make progress. The meeting was attended by trade ministers from both countries and by "
     "Kenyan President Daniel Mwangi, his Prime Minister John Otieno, and by President Samuel Okello of "
     "Uganda.", None, [("meet", None, ("Daniel Mwangi", "John Otieno", "Samuel Okello"))], []),
    # --- "a meeting of the ministers hosted by X": the participle the parser hangs on the "of" noun -------------
    ("hosted-by-on-the-of-noun",
     "GENVAL, Belgium, June 2 - The plans were discussed at an informal meeting of the ministers hosted in the "
     "village by the council's current chairman, Belgium's Paul Peeters. French minister Jean Dubois told "
     "reporters farmers should not rely on aid.", None,
     [("meet", None, ("Jean Dubois", "Paul Peeters"))], []),
    # --- "reminded the news conference": briefing the press at the gathering ----------------------------------
    ("reminded-the-news-conference",
     "KASHIKOJIMA, Japan, April 26 - Four trade ministers ended a weekend meeting with a frank confession. "
     "Japanese Trade Minister Taro Kimura told a news conference the talks went well. U.S. Trade "
     "Representative John Hale reminded the news conference that results take time.", None,
     [("meet", None, ("John Hale", "Taro Kimura"))], []),
    # --- "would report to the meeting": the hosted talks, not the Fund's meetings named to date them ------------
    ("report-to-the-meeting-not-the-dated-one",
     "BRUSSELS, April 3 - European finance ministers meet in Belgium this weekend to discuss the currency "
     "float. Belgian Finance Minister Jan Peeters, who will host the informal talks, said the ministers would "
     "discuss the markets. The talks are being held to coordinate positions ahead of the spring meetings of "
     "the International Monetary Fund in Washington next week. He said Commission President Marc Olivier "
     "would report to the meeting on capital movements.", None,
     [("meet|negotiate", None, ("Jan Peeters", "Marc Olivier"))],
     [("Marc Olivier", "International Monetary Fund")]),
    # --- "bring X to the meeting" -------------------------------------------------------------------------
    ("bring-to-the-meeting",
     "WASHINGTON, April 6 - Officials expect progress at Wednesday's meeting of leading industrial nations. "
     "Japanese Finance Minister Taro Kimura is expected to bring a stimulus package to the meeting, which will "
     "be attended by West Germany, France and Britain.", None,
     [("meet", None, ("France", "Germany", "Taro Kimura", "United Kingdom"))], []),
    # --- an office holder who speaks right after the gathering took part in it --------------------------------
    ("spoke-after-the-meeting",
     "OSLO, May 4 - Fisheries ministers of eleven states ended a two-day meeting on quotas. Peruvian Fisheries "
     "Minister Tomas Arriaga told reporters after the meeting that stocks were falling. Chilean Fisheries "
     "Minister Rosa Fuentes, speaking after the meeting, said the quotas were too high.", None,
     [("meet", None, ("Rosa Fuentes", "Tomas Arriaga"))], []),
    # --- the sentence after a gathering: "It will be chaired by X, and Y and Z are expected to attend" ---------
    ("it-chaired-by-and-bare-attend-next-sentence",
     "BEIJING, May 3 - Spokesman Li Wei noted that China will convene a meeting in Beijing with Iran and Peru on "
     "Friday, to try to facilitate a deal. It will be chaired by Executive Vice Foreign Minister Ma Jun, and "
     "Peruvian Deputy Foreign Minister Rosa Fuentes and Iranian Deputy Foreign Minister Reza Karimi are expected "
     "to attend.", "2025-03-14",
     [("meet", "planned", ("Ma Jun", "Reza Karimi", "Rosa Fuentes"))], []),
    # --- "Also seen arriving were A and B and C": the list the parser split, read in word order ---------------
    ("seen-arriving-list-split-by-parser",
     "WASHINGTON, April 8 - Top officials of leading industrial nations arrived at the Treasury main building to "
     "begin a meeting of the Group of Five. Officials seen arriving by Reuter correspondents included Japanese "
     "Finance Minister Amos Kiprono and central bank governor Paul Otieno. Also seen arriving were French "
     "Finance Minister Carlos Ruiz and France's central bank governor Rosa Fuentes and British Chancellor of the "
     "Exchequer and central bank governor John Hale.", "1987-04-08",
     [("meet", None, ("Amos Kiprono", "Carlos Ruiz", "John Hale", "Paul Otieno", "Rosa Fuentes"))], []),
    # --- a person named beside a title is the party, not the title's state or body ----------------------------
    ("states-title-apposition-before-verb",
     "Turkey's ambassador in Athens, Nazmi Aksoy, was due to meet Greek Prime Minister Nikos Pappas today.",
     None, [("meet", "planned", ("Nazmi Aksoy", "Nikos Pappas"))], [("Turkey", "Nikos Pappas")]),
    ("bodys-title-apposition-no-body-party",
     "The vice minister of the Ministry of International Trade and Industry, Taro Kimura, flew in from Tokyo "
     "for the talks with Deputy U.S. Trade Representative John Hale.", None,
     [("negotiate", None, ("John Hale", "Taro Kimura"))],
     [("Ministry of International Trade and Industry", "Taro Kimura"),
      ("Ministry of International Trade and Industry", "John Hale")]),
    ("body-written-before-title-no-second-subject",
     "TOKYO, April 8 - Ministry of International Trade and Industry (MITI) Vice Minister Taro Kimura leaves for "
     "Washington today with data he hopes will refute U.S. charges.", None,
     [("visit", None, ("Taro Kimura", "United States"))],
     [("Ministry of International Trade and Industry", "Taro Kimura")]),
    ("appositive-title-body-no-party",
     "WASHINGTON, April 8 - Taro Kimura, vice minister of Japan's Ministry of International Trade and Industry "
     "(MITI), is to hold two days of meetings with the Deputy U.S. Trade Representative, John Hale.", None,
     [("meet", "planned", ("John Hale", "Taro Kimura"))],
     [("Ministry of International Trade and Industry", "John Hale")]),
]

# an analyst who comments after a gathering is no delegate to it
NEVER = [
    ("analyst-after-the-meeting",
     "OSLO, May 4 - Fisheries ministers of eleven states ended a two-day meeting on quotas. Peruvian Fisheries "
     "Minister Tomas Arriaga told reporters the talks had gone well. Economist Karl Berg said after the meeting "
     "that stocks were falling.", ("Karl Berg", "Tomas Arriaga")),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_wire_multiparty_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-03-16")
    assert_meetings(e, name, want, never)


@pytest.mark.parametrize("name,text,pair", NEVER, ids=[c[0] for c in NEVER])
def test_wire_multiparty_never_links(extract, name, text, pair):
    e = extract(text, date="1987-03-16")
    assert not linked(e, *pair), found(e)



def test_delegations_led_by_their_heads_met(extract):
    """"The delegations, led by A and B, met": each head is a party, not only the first."""
    from meeting_helpers import assert_meetings

    e = extract("MOSCOW, March 31 - The delegations, led by Soviet Deputy Foreign Minister Ivan Lapin and Chinese "
                "Vice Foreign Minister Zhou Minghua, met eight times at the Foreign Ministry's guest house.",
                date="1987-03-31")
    assert_meetings(e, "delegations-led-by", [("meet", "occurred", ("Ivan Lapin", "Zhou Minghua"))])
