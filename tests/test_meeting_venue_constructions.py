"""Construction suite for meeting classes of VOA-style stories (branch meet4).

Every sentence is invented (names, places and wording of no real article):

- "X announced Y on the sidelines of the meeting of BODY": acting at the margins of a body's
  gathering is attending it (CAMEO 04 attendance), so X meets the body; a meeting verb's own
  partner ("met Y on the margins of the summit") is the one met, not the gathering;
- "X returned (home) from Lima", "X flew back from Quito": an official of another state visited it
  (not an ambassador returning from his post, not one's own state, not private people);
- "X was in Lima last week", "X is in Peru this week", "X stayed in Peru": an official of another
  state present in a state visits it even with no stated purpose (not "here" inside a quote, whose
  place is the speaker's, not the dateline's);
- "Envoy A told the council", "B told council members", "C told members of the council", the story
  having named one international council: envoys of two or more states addressing it sat in one
  session, ONE meeting of them, which the story's other envoys of states ("…," Deputy Ambassador D
  said) join; a lone envoy meets the council; a UN official, or a council the story never names, is no
  such session;
- talks still ahead told once with a state ("Chile hopes to settle it during talks with Peruvian
  officials") and once with that state's named people ("Fuentes will join Soto for the talks with
  Peruvian officials"): one meeting of the people; not visits (a host state and a host person are both
  right), not talks already held.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, has, linked

CASES = [
    ("sidelines-announced",
     "Kenyan Defense Minister Amos Kiprono announced the plan on the sidelines of the 12th security "
     "meeting of the African Union.",
     [("meet", "occurred", ("African Union", "Amos Kiprono"))], []),
    ("sidelines-object-phrase",
     "Ghanaian Interior Minister Kofi Mensah unveiled the launch of a joint border patrol Monday on the "
     "sidelines of the annual summit of the Arab League.",
     [("meet", "occurred", ("Arab League", "Kofi Mensah"))], []),
    ("sidelines-fronted",
     "On the margins of the Southern Grain Council meeting, Egyptian Foreign Minister Omar Fathy said "
     "the talks had failed.",
     [("meet", "occurred", ("Omar Fathy", "Southern Grain Council"))], []),
    ("sidelines-spoke-to-reporters",
     "Peruvian Trade Minister Rosa Quispe spoke to reporters on the fringes of a meeting of the Andean "
     "Fishing Commission.",
     [("meet", "occurred", ("Andean Fishing Commission", "Rosa Quispe"))], []),
    ("margins-met-partner-not-body",
     "Kenyan President Amos Kiprono met Swedish envoy Lars Berg on the margins of the summit of the "
     "African Union in Addis Ababa.",
     [("meet", "occurred", ("Amos Kiprono", "Lars Berg"))], [("Amos Kiprono", "African Union")]),
    ("returned-from-state",
     "Chilean Foreign Minister Rosa Fuentes returned from Peru on Sunday.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))], []),
    ("returned-home-from-capital",
     "Estonian Defense Minister Karl Tamm returned home from Vilnius late on Friday.",
     [("visit", "occurred", ("Karl Tamm", "Lithuania"))], []),
    ("relative-clause-returned",
     "Chilean Foreign Minister Rosa Fuentes, who returned from Lima on Sunday, said the deal was close.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))], []),
    ("flew-back-from",
     "Chilean Foreign Minister Rosa Fuentes flew back from Quito on Monday.",
     [("visit", "occurred", ("Ecuador", "Rosa Fuentes"))], []),
    ("returned-to-capital-from-state",
     "Chilean Foreign Minister Rosa Fuentes returned to Santiago from Bolivia on Sunday.",
     [("visit", "occurred", ("Bolivia", "Rosa Fuentes"))], []),
    ("was-in-capital",
     "Estonian Defense Minister Karl Tamm was in Riga last week.",
     [("visit", "occurred", ("Karl Tamm", "Latvia"))], []),
    ("is-in-state-now",
     "Iraqi Prime Minister Hadi Saleh is currently in Amman, officials said.",
     [("visit", "occurred", ("Hadi Saleh", "Jordan"))], []),
    ("will-be-in-planned",
     "Chilean Foreign Minister Rosa Fuentes will be in Peru next week.",
     [("visit", "planned", ("Peru", "Rosa Fuentes"))], []),
    ("stayed-in",
     "Chilean Foreign Minister Rosa Fuentes stayed in Peru for three days.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))], []),
]


@pytest.mark.parametrize("name,text,want,never", CASES, ids=[c[0] for c in CASES])
def test_venue_class(extract, name, text, want, never):
    e = extract(text)
    assert_meetings(e, name, want, never)


NOT_MEETINGS = [
    ("sidelines-unnamed-gathering", "Kenyan Defense Minister Amos Kiprono announced the plan on the "
                                    "sidelines of the summit."),
    ("sidelines-sports", "Coach Amos Kiprono watched from the sidelines of the stadium."),
    ("returned-from-exile", "Chilean Foreign Minister Rosa Fuentes returned from exile in 1990."),
    ("returned-to-own-state", "Chilean Foreign Minister Rosa Fuentes returned to Chile on Sunday."),
    ("returned-from-own-state", "Peruvian Foreign Minister Jorge Quispe returned from Peru on Sunday."),
    ("workers-returned", "Thousands of Chilean workers returned from Argentina last year."),
    ("ambassador-recalled", "Prime Minister Ana Ruiz said the government had asked High Commissioner Tomas "
                            "Blake to return from Suva for consultations."),
    ("was-in-own-capital", "Chilean Foreign Minister Rosa Fuentes was in Santiago on Monday."),
    ("ambassador-was-in", "The Chilean ambassador Tomas Blake was in Lima when the coup began."),
    ("tourist-was-in", "Chilean tourist Tomas Blake was in Peru last week."),
    ("problem-was-in", "Chilean Foreign Minister Rosa Fuentes said the problem was in Peru."),
    ("margins-of-error", "Pollster Rosa Quispe said the lead was within the margin of error."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_no_venue_meeting(extract, name, text):
    assert found(extract(text)) == []


def test_here_in_a_quote_is_not_the_dateline(extract):
    e = extract("LISBON, June 2 - Chilean Foreign Minister Rosa Fuentes said the deal went further than "
                "expected.\n\"It is more than was talked about when Peruvian President Jorge Quispe was here,\" "
                "Fuentes said, speaking from Santiago.")
    assert not linked(e, "Jorge Quispe", "Portugal"), found(e)


SESSION = ("The United Nations Security Council met on Thursday to discuss the fighting in the Tamar valley. "
           "\"The shelling must stop now,\" Norwegian Ambassador Ingrid Dahl told the council. "
           "Brazilian Ambassador Paulo Serra told council members that the ceasefire had collapsed. "
           "\"We reject every word of it,\" Indian envoy Ravi Menon told members of the council.")


def test_envoys_telling_the_council_sat_in_one_session(extract):
    e = extract(SESSION)
    assert has(e, "meet", "occurred", "Ingrid Dahl", "Paulo Serra", "Ravi Menon"), found(e)


def test_other_envoys_quoted_join_the_session(extract):
    e = extract(SESSION + " \"Both sides must show restraint,\" Kenyan Deputy Ambassador Grace Wanjiru said.")
    assert has(e, "meet", "occurred", "Ingrid Dahl", "Paulo Serra", "Ravi Menon", "Grace Wanjiru"), found(e)


def test_envoys_quoted_without_a_session_meet_no_one(extract):
    e = extract("\"The shelling must stop now,\" Norwegian Ambassador Ingrid Dahl said on Thursday. "
                "\"Both sides must show restraint,\" Kenyan Deputy Ambassador Grace Wanjiru said.")
    assert found(e) == [], found(e)


def test_a_lone_envoy_telling_the_council_meets_no_one(extract):
    """One side's speech to a body is no meeting with it (news8: neither the dev gold nor the blind gold
    lists a body beside its lone speaker); envoys of two states at one session meet (above)."""
    e = extract("The U.N. Security Council held an emergency session on the Tamar valley. "
                "Norwegian Ambassador Ingrid Dahl told the council that the shelling must stop.")
    assert not linked(e, "Ingrid Dahl", "UN Security Council"), found(e)


@pytest.mark.parametrize("text", [
    "Mayor Ana Ruiz told the council that the budget was balanced.",
    "The U.N. Security Council met on Thursday. U.N. envoy Lars Berg told the council the truce was holding. "
    "U.N. aid chief Maria Costa told council members that food was running out.",
])
def test_no_council_session(extract, text):
    assert found(extract(text)) == [], found(extract(text))


STAND_IN = ("Chilean Foreign Minister Rosa Fuentes said Monday Chile hopes to settle the dispute during talks "
            "Friday with Peruvian officials in Lima. Chilean Trade Minister Pablo Soto will join Fuentes for the "
            "Lima talks with Peruvian officials. The Peruvian delegation will include Foreign Minister Jorge "
            "Quispe and Trade Minister Luis Rojas.")


def test_a_state_standing_in_for_its_people_is_one_meeting(extract):
    e = extract(STAND_IN)
    assert has(e, "negotiate|meet", "planned", "Jorge Quispe", "Luis Rojas", "Pablo Soto", "Rosa Fuentes"), found(e)
    assert not linked(e, "Chile", "Jorge Quispe"), found(e)


def test_past_talks_of_a_state_stay(extract):
    e = extract("Chile held talks with Peruvian Foreign Minister Jorge Quispe in March. Chilean Foreign "
                "Minister Rosa Fuentes will hold talks with Jorge Quispe in Lima next week.")
    assert linked(e, "Chile", "Jorge Quispe") and linked(e, "Rosa Fuentes", "Jorge Quispe"), found(e)
