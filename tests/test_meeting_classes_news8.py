"""Construction suite for classes of meeting constructions in modern stories (branch news8).

Every sentence is invented (names, places and wording of no real article):

- "the Afghan government and the Taliban held talks", "Kabul and the Taliban", "the Colombian government
  resumed peace talks with the National Liberation Army": an armed group (organizations.csv category
  armed_group) speaks for no state, so a government's talks with rebels of its own country are a
  negotiation of the two; before, the state was dropped as "already represented" by the group, as it is
  by its own officials ("Rubio and other U.S. officials" still counts the United States once);
- "X will unveil his plan at the U.N. General Assembly", "X told the Security Council", "X addressed the
  European Parliament": one side's speech before a body that is a gathering meets no one (the dev gold and
  the blind gold list no body beside its lone speaker); envoys of two states at one session still meet
  (tests/test_meeting_venue_constructions.py);
- "A, joined by B, met C", "A, accompanied by B and D, held talks with C", "A met C in Lima, accompanied by B":
  the "by" phrase of a companion verb's passive participle (companion_verb: join, accompany) on a party's
  name or on the meeting verb names more participants (GUIDELINES: a meeting lists every named participant),
  as "along with B" did; not "A was joined by B in condemning the attack" (no meeting);
- "The Taliban seized the city … the deal Washington negotiated with the insurgents", "Egypt held talks with the
  militants": a definite plural combatant noun (combatant_noun) with nothing naming whose is the one armed group
  the story has named before it; two armed groups named, or none, leave it no one;
- "met the group's leaders in Doha": an unnamed group that is someone's (a possessor, an "of" phrase) is no
  officials of the place it is met in ("met officials in Lima" still meets Peru);
- "was flown to Germany for treatment": a trip for medical care is private, no visit (private_trip_noun:
  treatment, surgery), as one on holiday was;
- "A and B discussed trade by phone", "A met B in a video call", "A discussed it with B during a call": a meet
  or negotiate verb whose own phrase names a call is a call (GUIDELINES: "phone or video call"), as "spoke with"
  already was; "met B in Lima" stays a meeting.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, linked

CASES = [
    # --- a government and its own rebels ----------------------------------------------------
    ("government-and-rebels-held-talks",
     "The Afghan government and the Taliban held peace talks in Doha on Saturday.",
     [("negotiate|meet", "occurred", ("Afghanistan", "Taliban"))]),
    ("capital-and-rebels",
     "Kabul and the Taliban held talks in Doha on Saturday.",
     [("negotiate|meet", "occurred", ("Afghanistan", "Taliban"))]),
    ("government-of-state-and-rebels",
     "The government of Afghanistan and the Taliban held talks in Doha on Saturday.",
     [("negotiate|meet", "occurred", ("Afghanistan", "Taliban"))]),
    ("government-resumed-talks-with-rebels",
     "The Colombian government resumed peace talks with the National Liberation Army in Havana.",
     [("negotiate|meet", "occurred", ("Colombia", "National Liberation Army"))]),
    # --- companions named in a passive participle's "by" phrase ------------------------------
    ("joined-by-on-the-subject",
     "Chilean President Rosa Fuentes, joined by Foreign Minister Pablo Ortiz, met Peruvian President Carlos "
     "Mendoza in Lima on Monday.",
     [("meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz", "Rosa Fuentes"))]),
    ("accompanied-by-two-on-the-subject",
     "Chilean President Rosa Fuentes, accompanied by Foreign Minister Pablo Ortiz and Trade Minister Luis "
     "Soto, held talks with Peruvian President Carlos Mendoza.",
     [("negotiate|meet", "occurred", ("Carlos Mendoza", "Luis Soto", "Pablo Ortiz", "Rosa Fuentes"))]),
    ("accompanied-by-on-the-verb",
     "Chilean President Rosa Fuentes met Peruvian President Carlos Mendoza in Lima on Monday, accompanied by "
     "Foreign Minister Pablo Ortiz.",
     [("meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz", "Rosa Fuentes"))]),
    # --- "the insurgents": the one armed group named before --------------------------------
    ("talks-with-the-insurgents",
     "The Taliban seized the district on Monday. The United States held talks with the insurgents in Doha last "
     "year.",
     [("negotiate|meet", "occurred", ("Taliban", "United States"))]),
    ("deal-negotiated-with-the-militants",
     "Hamas fired rockets on Monday. The truce Egypt negotiated with the militants in Cairo collapsed.",
     [("negotiate|meet", "occurred", ("Egypt", "Hamas"))]),
    ("officials-in-a-capital-still-the-state",
     "Chilean Foreign Minister Pablo Ortiz met government officials in Lima on Monday.",
     [("meet", "occurred", ("Pablo Ortiz", "Peru"))]),
    # --- a meeting verb whose own phrase names a call ---------------------------------------
    ("discussed-by-phone",
     "Chilean President Rosa Fuentes and Peruvian President Carlos Mendoza discussed trade by phone on Monday.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("met-in-a-video-call",
     "Chilean President Rosa Fuentes met Peruvian President Carlos Mendoza in a video call on Monday.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("discussed-during-a-call",
     "Chilean President Rosa Fuentes discussed trade with Peruvian President Carlos Mendoza during a call on "
     "Monday.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("met-in-a-city-stays-a-meeting",
     "Chilean President Rosa Fuentes met Peruvian President Carlos Mendoza in Lima on Monday.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("rebels-with-foreign-state",
     "The Taliban held talks with Pakistan in Doha on Saturday.",
     [("negotiate|meet", "occurred", ("Pakistan", "Taliban"))]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_meeting_class(extract, name, text, want):
    assert_meetings(extract(text), name, want)


def test_own_officials_still_stand_for_their_state(extract):
    e = extract("U.S. Secretary of State Mark Dalton and other U.S. officials met Peruvian President Carlos "
                "Mendoza in Lima on Monday.")
    assert not any("United States" in w for _, _, w in found(e)), found(e)
    assert linked(e, "Mark Dalton", "Carlos Mendoza"), found(e)


NOT_MEETINGS = [
    ("unveil-plan-at-assembly", "Chilean President Rosa Fuentes will unveil her water plan at the U.N. General "
                                "Assembly next week."),
    ("told-the-council", "Peruvian Ambassador Ana Rojas told the Security Council on Monday that the truce was "
                         "holding."),
    ("addressed-parliament", "Bolivian President Luis Mamani addressed the European Parliament on Tuesday."),
    ("two-armed-groups-named", "The Taliban and Hamas issued statements on Monday. Egypt held talks with the "
                               "militants in Cairo."),
    ("the-groups-leaders-in-a-capital", "U.S. envoy Mark Dalton met the group's leaders in Doha on Tuesday."),
    ("flown-abroad-for-treatment", "Russian opposition leader Pavel Orlov was flown to Germany for treatment on "
                                   "Saturday."),
    ("joined-by-in-condemning", "Chilean President Rosa Fuentes was joined by Peruvian President Carlos Mendoza "
                                "in condemning the attack."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_no_meeting_class(extract, name, text):
    e = extract(text)
    assert found(e) == [], (name, found(e))
