"""Meetings with bodies and their gatherings (branch bodies15): made-up passages in the style of wire copy.
Each positive passage lists the meetings an annotator would record (types joined with "|"; a meeting
matches when it has one of the types, the status unless None, and exactly the named parties); each
negative names pairs that must never be linked.
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import assert_meetings, found

WIRE = "1987-04-02"
M = "meet"


def C(cls, text, want, never=()):
    return pytest.param(text, tuple(want), tuple(never), id=cls)


CASES = [
    # -- "X left for <place> to attend <gathering>": the parser makes the place the subject of "to attend"
    C("for_place_to_attend", "Japanese Finance Minister Kiichi Miyazawa left for Washington to attend the G-7 "
      "meeting.", [(M, "planned", ("G7", "Kiichi Miyazawa"))], [("G7", "United States")]),
    C("for_place_to_attend", "Korean Finance Minister Chung In-yong will leave for Washington to attend the "
      "OPEC meeting.", [(M, "planned", ("Chung In-yong", "OPEC"))], [("OPEC", "United States")]),
    C("for_place_to_attend", "Nigerian Oil Minister Rilwanu Lukman flew to Geneva to attend a meeting of the "
      "Group of Seven.", [], [("G7", "Switzerland")]),
    C("for_place_to_attend", "The Peruvian delegation left for Caracas to take part in the talks.",
      [], []),
    # -- journeys told as nouns toward or back from a body's gathering
    C("journey_to_gathering", "OPEC conference president Rilwanu Lukman expects next week's meeting in Vienna "
      "to be calm. Lukman told reporters ahead of his departure on Sunday for the conference that prices would "
      "hold.", [(M, None, ("OPEC", "Rilwanu Lukman"))]),
    C("journey_to_gathering", "OPEC oil ministers will meet in Vienna next week. Nigerian Oil Minister Rilwanu "
      "Lukman told reporters ahead of his departure for the conference that prices would hold.",
      [(M, "planned", ("OPEC", "Rilwanu Lukman"))]),
    C("journey_to_gathering", "Nigerian Oil Minister Rilwanu Lukman, speaking on his return from the OPEC "
      "meeting in Vienna, said prices would hold.", [(M, "occurred", ("OPEC", "Rilwanu Lukman"))]),
    C("journey_to_gathering", "Japanese Finance Minister Kiichi Miyazawa said on his return from the annual "
      "meeting of the Asian Development Bank that the yen was stable.",
      [(M, "occurred", ("Asian Development Bank", "Kiichi Miyazawa"))]),
]

CASES += [
    # -- a body's name in wire capitals: only its first word capitalised
    C("wire_capitals", "Japanese Finance Minister Kiichi Miyazawa leaves on April 7 to attend the IMF and World "
      "bank meetings.", [(M, "planned", ("Kiichi Miyazawa", "World Bank")),
                         (M, "planned", ("International Monetary Fund", "Kiichi Miyazawa"))]),
    C("wire_capitals", "Peruvian Finance Minister Ivan Kolar held talks with the International monetary fund on "
      "Monday.", [("negotiate", "occurred", ("International Monetary Fund", "Ivan Kolar"))]),
    # -- the IMF's committees of the 1980s wire: known bodies, met by whoever goes to their meetings
    C("fund_committees", 'British Chancellor Nigel Lawson said: "On Tuesday I shall be going to Washington for '
      'meetings of the (IMF) Interim Committee and Development Committee."',
      [(M, "planned", ("IMF Interim Committee", "Nigel Lawson")), (M, "planned", ("Development Committee",
                                                                                  "Nigel Lawson"))]),
]

CASES += [
    # -- a body described, not named: "the seven leading industrial nations" is the Group of Seven
    C("described_body", "Japan will seek to strengthen the accord at the meeting of the group of seven leading "
      "industrial nations tomorrow, Japanese officials said.", [(M, None, ("G7", "Japan"))]),
    C("described_body", "Canadian Finance Minister Michael Wilson will attend next week's meeting of the seven "
      "major industrialised countries in Washington.", [(M, "planned", ("G7", "Michael Wilson"))]),
]

CASES += [
    # -- a body's or state's mission is its delegation; mediators stand for their state
    C("mission", "An IMF mission held talks with Peruvian officials in Lima on Monday.",
      [("negotiate", "occurred", ("International Monetary Fund", "Peru"))]),
    C("mission", "Nigerian officials held talks with an IMF mission in Lagos on Monday.",
      [("negotiate", "occurred", ("International Monetary Fund", "Nigeria"))]),
    C("mission", "A Nigerian mission held talks with IMF officials in Washington on Monday.",
      [("negotiate", "occurred", ("International Monetary Fund", "Nigeria"))]),
    C("mission", "The IMF mission will hold talks with Nigerian Finance Minister Chu Okongwu next week.",
      [("negotiate", "planned", ("Chu Okongwu", "International Monetary Fund"))]),
    C("mediators", "A Hamas delegation met Egyptian mediators in Cairo on Saturday.",
      [(M, "occurred", ("Egypt", "Hamas"))]),
    # -- "ruled out talks with": a meeting refused
    C("rule_out", "Greek Prime Minister Andreas Papandreou ruled out talks with Turkey.",
      [("negotiate", "negated", ("Andreas Papandreou", "Turkey"))]),
    C("rule_out", "Greek Prime Minister Andreas Papandreou has ruled out a meeting with Turkish Prime Minister "
      "Turgut Ozal.", [(M, "negated", ("Andreas Papandreou", "Turgut Ozal"))]),
]

CASES += [
    # -- an invitation for talks: the invitee meets the partner named, or else the one who invites
    C("invitation", "Venezuela invited Canadian Energy Minister Marcel Masse to Caracas for talks with Oil Minister "
      "Arturo Hernandez Grisanti.", [("negotiate", "proposed", ("Arturo Hernandez Grisanti", "Marcel Masse"))],
      [("Arturo Hernandez Grisanti", "Venezuela")]),
    C("invitation", "President Ronald Reagan invited Soviet leader Mikhail Gorbachev to Washington for talks.",
      [("negotiate", "proposed", ("Mikhail Gorbachev", "Ronald Reagan"))]),
    C("invitation", "President Ronald Reagan invited Soviet leader Mikhail Gorbachev to Washington for a summit.",
      [(M, "proposed", ("Mikhail Gorbachev", "Ronald Reagan"))]),
]

CASES += [
    # -- who presides over or sponsors a meeting takes part: "under the chairmanship/auspices/mediation of X"
    C("presiding", "OPEC oil ministers met in Vienna under the chairmanship of Nigerian Oil Minister Rilwanu "
      "Lukman.", [(M, "occurred", ("OPEC", "Rilwanu Lukman"))]),
    C("presiding", "Iran and Iraq held talks in Geneva under the auspices of the United Nations.",
      [("negotiate", "occurred", ("Iran", "Iraq", "United Nations"))]),
    C("presiding", "Israel and Hamas held indirect talks under Egyptian auspices.",
      [("negotiate", "occurred", ("Egypt", "Hamas", "Israel"))]),
    # -- a relative clause at the gathering: "a meeting at which X spoke"
    C("at_which", "The U.N. Security Council held an emergency meeting on Friday, at which the Iraqi envoy Ismat "
      "Kittani spoke.", [(M, "occurred", ("Ismat Kittani", "UN Security Council"))]),
    C("at_which", "EC farm ministers held a meeting in Brussels at which West German Agriculture Minister Ignaz "
      "Kiechle opposed the plan.", [(M, "occurred", ("European Union", "Ignaz Kiechle"))]),
]

NEGATIVES = [
    # a journey to a place, not a gathering: no body met
    C("journey_to_place", "OPEC ministers agreed on prices last week. Nigerian Oil Minister Rilwanu Lukman "
      "told reporters ahead of his departure for Vienna that prices would hold.", [], [("OPEC", "Rilwanu Lukman")]),
    # a gathering no one is said to travel to, and its officer's title alone
    C("title_only", "OPEC conference president Rilwanu Lukman said prices would hold.", [],
      [("OPEC", "Rilwanu Lukman")]),
    # the journey of someone else than the speaker: the owner goes, not the one who speaks of it
    C("other_owner", "OPEC oil ministers will meet in Vienna next week. Nigerian Oil Minister Rilwanu Lukman "
      "said the conference would be calm. The journalists' departure for the conference was delayed.",
      [], [("OPEC", "Rilwanu Lukman")]),
    # wire capitals need the name's first word capitalised: a party's own "general assembly" is no UN body
    C("wire_capitals_lower", "Peruvian Finance Minister Ivan Kolar told the party's general assembly in Lima that "
      "the budget would pass.", [], [("Ivan Kolar", "UN General Assembly")]),
    # without the number, "major industrial countries" is the rich world, and "the six" neither group
    C("undescribed_body", "Canadian Finance Minister Michael Wilson will attend a meeting of the six leading "
      "industrial countries in Paris.", [], [("G7", "Michael Wilson")]),
    C("undescribed_body", "Canadian Finance Minister Michael Wilson said imports from major industrial "
      "countries rose last year.", [], [("G7", "Michael Wilson")]),
    # a state's government at large is no presiding party: "under the leadership of X" is not in the list
    C("leadership", "Under the leadership of President Alan Garcia, Peru held talks with Bolivia on Monday.",
      [("negotiate", None, ("Bolivia", "Peru"))], [("Alan García", "Bolivia")]),
    # a relative clause about the gathering that places no one at it
    C("which_not_at", "OPEC oil ministers will hold a meeting in Vienna, which Nigerian Oil Minister Rilwanu "
      "Lukman described as vital.", [], [("OPEC", "Rilwanu Lukman")]),
    # a return from talks with a partner is not a gathering of a body
    C("return_from_talks", "Nigerian Oil Minister Rilwanu Lukman said on his return from talks in Caracas "
      "that prices would hold.", [], [("OPEC", "Rilwanu Lukman")]),
]


@pytest.mark.parametrize("text,want,never", CASES + NEGATIVES)
def test_body_meeting(extract, text, want, never):
    assert_meetings(extract(text, date=WIRE), text[:60], want, never)


def test_described_bodies_expand_to_plain_aliases():
    from diplomap.extract.knowledge_descriptions import expand

    phrases = expand("seven leading|major |western industrial nations|countries")
    assert "seven leading western industrial nations" in phrases and "seven major industrial countries" in phrases
    assert "Seven leading industrial nations" in phrases  # a sentence's start
    assert all(p.startswith(("seven", "Seven")) for p in phrases)


def test_described_bodies_are_aliases_of_known_bodies(nlp):
    from diplomap.extract.knowledge import load_knowledge

    kb = load_knowledge()
    assert kb.organization("the seven leading industrial nations").name == "G7"
    assert kb.organization("major industrial countries") is None


@pytest.mark.parametrize("text", [
    # a mission that is a task, not a delegation, meets no one
    "China's lunar mission landed on the far side of the moon on Monday, Chinese officials said.",
    "The U.N. peacekeeping mission in Mali said two soldiers were killed.",
])
def test_no_meeting(extract, text):
    assert not found(extract(text, date=WIRE)), text
