"""Construction suite for meetings as wire stories tell them: made-up sentences only (names,
places and wording of no real article), one group per class of construction.

Same case shape as ``test_meeting_constructions``: (name, text, date, wanted meetings as
(types, status, participants), pairs never linked).
"""
from __future__ import annotations

import pytest
from test_meeting_constructions import found, has, linked

CASES = [
    # --- an institution's meeting: its participants are those who open, chair, address or
    # attend it, in whichever sentence they do; the institution whose meeting it is takes part --
    ("gathering-opened-of-body",
     "Kenyan Finance Minister Amos Kiprono opened the annual meeting of the Asian Development Bank in Manila "
     "on Monday.", None,
     [("meet", "occurred", ("Amos Kiprono", "Asian Development Bank"))], []),
    ("gathering-told-same-meeting",
     "Kenyan Finance Minister Amos Kiprono told the annual meeting of the International Monetary Fund that debt "
     "relief was urgent. Swedish Finance Minister Eva Lind told the same meeting that growth had slowed.", None,
     [("meet", "occurred", ("Amos Kiprono", "Eva Lind", "International Monetary Fund"))], []),
    ("gathering-opened-then-told-the-meeting",
     "Chilean Trade Minister Rosa Fuentes opened a conference of Pacific trade ministers in Lima. Peruvian "
     "Trade Minister Tomas Arriaga told the conference that tariffs must fall.", None,
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("gathering-chaired-attended-by",
     "The talks, chaired by Kenyan Foreign Minister Amos Kiprono, were attended by Ugandan Foreign Minister "
     "Samuel Mwangi.", None,
     [("meet|negotiate", "occurred", ("Amos Kiprono", "Samuel Mwangi"))], []),
    ("gathering-which-will-be-attended-by",
     "Norway will host a meeting on fishing next week, which will be attended by Chile, Peru and Ecuador.",
     None, [("meet", "planned", ("Chile", "Ecuador", "Norway", "Peru"))], []),
    ("gathering-spoke-at",
     "Danish Trade Minister Lars Dahl spoke at the opening session of the OPEC meeting in Vienna on Tuesday. "
     "Algerian Oil Minister Karim Haddad also spoke at the meeting.", None,
     [("meet", "occurred", ("Karim Haddad", "Lars Dahl", "OPEC"))], []),
    ("gathering-back-reference-same-noun",
     "European ministers met in Oslo to prepare for next week's meetings of the International Monetary Fund. "
     "Swedish Finance Minister Eva Lind, who hosted the talks, said debt relief was urgent.", None,
     [], [("Eva Lind", "International Monetary Fund")]),
    # --- a body's own unnamed gathering ("the Fund ended a three-day meeting"): "the meeting" refers
    # back to it, and the body takes part with those who address, chair or attend it ----------------
    ("gathering-body-ended-then-told-the-meeting",
     "The Caribbean Fisheries Bank today wound up a four-day meeting in Lima. Debt relief was urgent, "
     "Kenyan Finance Minister Amos Kiprono told the meeting.", None,
     [("meet", "occurred", ("Amos Kiprono", "Caribbean Fisheries Bank"))], []),
    ("gathering-body-held-then-chaired",
     "The Andean Grain Council held a two-day meeting in Quito on Monday. Chilean Trade Minister Rosa "
     "Fuentes, who chaired the meeting, said quotas would rise. Peruvian Trade Minister Tomas Arriaga "
     "addressed the meeting.", None,
     [("meet", "occurred", ("Andean Grain Council", "Rosa Fuentes", "Tomas Arriaga"))], []),
    ("gathering-body-opened-its-conference",
     "The Nordic Shipping Union opened its annual conference in Oslo on Tuesday. Swedish Transport Minister "
     "Eva Lind told the conference that freight rates had fallen.", None,
     [("meet", "occurred", ("Eva Lind", "Nordic Shipping Union"))], []),
    # --- a body's ministers gathering: the body owns the meeting, the states its ministers are
    # listed "from" take part, and so does whoever speaks or acts "at the meeting" ------------------
    ("gathering-ministers-of-body-then-ministers-from",
     "QUITO, May 4 - Finance ministers of the Southern Grain Council opened a two-day meeting here today. "
     "Officials said the ministers from Peru, Bolivia and Ecuador would discuss a common tariff.", None,
     [("meet", "occurred", ("Bolivia", "Ecuador", "Peru", "Southern Grain Council"))], []),
    ("gathering-ministers-ended-talks-ministers-from",
     "Trade ministers of the five-nation Southern Grain Council have ended talks in Montevideo. But the "
     "ministers from Argentina, Uruguay and Paraguay did not agree on a common tariff.", None,
     [("meet|negotiate", "occurred", ("Argentina", "Paraguay", "Southern Grain Council", "Uruguay"))], []),
    ("gathering-at-meeting-of-ministers-state-called-for",
     "At a meeting of Southern Grain Council farm ministers, Chile called for a full debate on quotas, "
     "diplomats said.", None,
     [("meet", "occurred", ("Chile", "Southern Grain Council"))], []),
    ("gathering-at-meeting-then-will-advise-the-meeting",
     "At a meeting of Southern Grain Council farm ministers, Chile called for a full debate on quotas. Peru "
     "will advise the meeting later today that it cannot accept the cuts, diplomats said.", None,
     [("meet", None, ("Chile", "Peru", "Southern Grain Council"))], []),
    ("gathering-will-press-at-the-meeting-of",
     "Chile will press for lower tariffs at the meeting of the Southern Grain Council tomorrow, Chilean "
     "officials said.", None,
     [("meet", "planned", ("Chile", "Southern Grain Council"))], []),
    ("gathering-person-said-at-the-meeting-of",
     "Kenyan Finance Minister Amos Kiprono said at the meeting of the African Grain Bank that debt relief "
     "was urgent.", None,
     [("meet", "occurred", ("African Grain Bank", "Amos Kiprono"))], []),
    # --- officials "seen arriving" for the gathering the story's arrivals were for -------------------
    ("gathering-seen-arriving-included",
     "Top officials of Pacific nations arrived at the Finance Ministry in Lima to begin a meeting of the "
     "Andean Grain Council. Officials seen arriving included Chilean Trade Minister Rosa Fuentes and Peruvian "
     "Trade Minister Tomas Arriaga. Also seen arriving were Kenyan Finance Minister Amos Kiprono and Swedish "
     "Finance Minister Eva Lind.", None,
     [("meet", "occurred", ("Amos Kiprono", "Andean Grain Council", "Eva Lind", "Rosa Fuentes",
                            "Tomas Arriaga"))], []),
    ("gathering-ministers-arrived-for-talks",
     "Trade ministers arrived in Oslo on Monday for talks on fishing quotas. Among those seen arriving were "
     "Chilean Trade Minister Rosa Fuentes and Danish Trade Minister Lars Dahl.", None,
     [("meet|negotiate", "occurred", ("Lars Dahl", "Rosa Fuentes"))], []),
    # --- departures: "left for X" is a visit to X -------------------------------------------------
    ("depart-leaves-for",
     "Swiss Economy Minister Hans Keller, who leaves for Nairobi on Monday, met bankers in Geneva.", None,
     [("visit", "planned", ("Hans Keller", "Kenya"))], []),
    ("depart-left-for",
     "Danish Trade Minister Lars Dahl left for Tokyo on Sunday.", None,
     [("visit", "occurred", ("Japan", "Lars Dahl"))], []),
    ("depart-left-place-for",
     "Danish Trade Minister Lars Dahl left Seoul yesterday for Manila.", None,
     [("visit", "occurred", ("Lars Dahl", "Philippines"))], []),
    ("depart-where-he-will-meet",
     "Danish Trade Minister Lars Dahl left for Tokyo on Sunday, where he will meet Japanese Prime Minister "
     "Kenji Sato.", None,
     [("visit", None, ("Japan", "Lars Dahl")), ("meet", "planned", ("Kenji Sato", "Lars Dahl"))], []),
    # --- tours: one meeting per stop -------------------------------------------------------------
    ("tour-left-for-two-capitals",
     "Swiss Economy Minister Hans Keller left for Lima and Quito on Sunday to meet President Tomas Arriaga of "
     "Peru and President Rosa Fuentes of Ecuador.", None,
     [("visit", None, ("Hans Keller", "Peru")), ("visit", None, ("Ecuador", "Hans Keller")),
      ("meet", None, ("Hans Keller", "Tomas Arriaga")), ("meet", None, ("Hans Keller", "Rosa Fuentes"))],
     [("Tomas Arriaga", "Rosa Fuentes")]),
    ("tour-one-stop-stays-one-meeting",
     "Swiss Economy Minister Hans Keller will visit Lima, where he will meet Peruvian Finance Minister Tomas "
     "Arriaga and Chilean Finance Minister Rosa Fuentes.", None,
     [("meet", "planned", ("Hans Keller", "Rosa Fuentes", "Tomas Arriaga"))], []),
    # --- states as parties, named through their officials' nationality ---------------------------
    ("nationals-open-talks-with",
     "Senior Kenyan officials will open talks with Norwegian negotiators in Oslo tomorrow.", None,
     [("negotiate|meet", "planned", ("Kenya", "Norway"))], []),
    ("nationals-talks-between",
     "Talks between Chilean and Peruvian officials ended without agreement on Friday.", None,
     [("negotiate|meet", "occurred", ("Chile", "Peru"))], []),
    ("nationals-negotiators-are-meeting",
     "Chilean and Peruvian negotiators are meeting in Quito to settle the dispute, officials said.", None,
     [("negotiate|meet", None, ("Chile", "Peru"))], []),
    # --- signing together: the signatories met ------------------------------------------------
    ("signed-by-two",
     "The fisheries treaty was signed by Kenyan Foreign Minister Amos Kiprono and Norwegian Foreign Minister "
     "Lars Dahl in Oslo.", None,
     [("meet", "occurred", ("Amos Kiprono", "Lars Dahl"))], []),
    ("two-signed",
     "Kenyan Foreign Minister Amos Kiprono and Norwegian Foreign Minister Lars Dahl signed a fisheries accord "
     "on Monday.", None,
     [("meet", "occurred", ("Amos Kiprono", "Lars Dahl"))], []),
    ("will-sign-with",
     "Chilean President Rosa Fuentes will sign a border treaty with Peruvian President Tomas Arriaga next week.",
     None, [("meet", "planned", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    # --- a group whose members the story lists ----------------------------------------------------
    ("group-dash-members",
     "The finance ministers of the Andean group - Chile, Peru and Ecuador - met in Quito on Sunday.", None,
     [("meet", "occurred", ("Chile", "Ecuador", "Peru"))], []),
    # --- a group's members listed after a dash at its meal or meeting ---------------------------
    ("group-members-at-dinner",
     "Bolivia was angered at not being invited to a working dinner of the Andean countries - Chile, Peru and "
     "Ecuador.", None,
     [("meet", None, ("Chile", "Ecuador", "Peru"))], []),
    ("group-members-meeting-of",
     "Officials said a meeting of the Nordic states - Norway, Sweden and Denmark - would be held in Oslo.", None,
     [("meet", "planned", ("Denmark", "Norway", "Sweden"))], []),
    # --- a speech act addressed to a person, still to come: a planned meeting (CAMEO consult) ----
    ("expected-to-tell-person",
     "Later this week, Chilean President Rosa Fuentes is expected to tell President Tomas Arriaga of Peru that "
     "the border will reopen, officials said.", None,
     [("meet", "planned", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("will-tell-person",
     "Kenyan Foreign Minister Amos Kiprono will tell Norwegian Prime Minister Lars Dahl on Friday that Kenya "
     "wants more aid.", None,
     [("meet", "planned", ("Amos Kiprono", "Lars Dahl"))], []),
    ("will-assure-person",
     "Swiss Economy Minister Hans Keller plans to assure Peruvian Finance Minister Tomas Arriaga that the loan "
     "is safe.", None,
     [("meet", "planned", ("Hans Keller", "Tomas Arriaga"))], []),
    # --- a purpose after a departure: the meeting is still ahead -----------------------------------
    ("left-to-meet",
     "Danish Trade Minister Lars Dahl left for Tokyo on Sunday to meet Japanese Prime Minister Kenji Sato.", None,
     [("meet", "planned", ("Kenji Sato", "Lars Dahl"))], []),
    ("departed-to-hold-talks",
     "Kenyan Foreign Minister Amos Kiprono departed for Oslo yesterday to hold talks with Norwegian Foreign Minister "
     "Lars Dahl.", None,
     [("meet|negotiate", "planned", ("Amos Kiprono", "Lars Dahl"))], []),
    # --- talks whose parties only the story's lead names --------------------------------------------
    ("talks-parties-from-lead",
     "LIMA, May 4 - Chile and Peru are expected to sign a fishing accord in Quito next month, officials said. "
     "A draft would cut quotas by half. Talks are due to begin in Quito on Monday.", None,
     [("negotiate|meet", "planned", ("Chile", "Peru"))], []),
    ("negotiations-parties-of-sentence",
     "Kenya and Norway reached a deal on fishing rights after 18 months of negotiations, officials said.", None,
     [("negotiate", "occurred", ("Kenya", "Norway"))], []),
    # --- a title and a mission in a list of persons met ----------------------------------------------
    ("met-president-and-ambassador-to",
     "Economy Minister Hans Keller met President Tomas Arriaga and Swiss ambassador to Peru Rosa Fuentes to "
     "discuss the issue.", None,
     [("meet", "occurred", ("Hans Keller", "Rosa Fuentes", "Tomas Arriaga"))], []),
    ("pronoun-attended-summit-with",
     "Kenyan President Amos Kiprono tested positive for flu. This comes a week after he attended a summit with "
     "President of Chile Pedro Alvarez.", None,
     [("meet", "occurred", ("Amos Kiprono", "Pedro Alvarez"))], []),
    # --- "the two sides/countries/nations": the two states the story has just named ----------------
    ("two-countries-negotiators-meeting",
     "OSLO, May 3 - Norway and Chile are close to a fishing pact, officials said. Negotiators for the two "
     "countries have been meeting for more than a year to work out an agreement.", None,
     [("meet|negotiate", "occurred", ("Chile", "Norway"))], []),
    ("two-sides-would-meet",
     "LIMA, May 3 - Peru will ask Ecuador for urgent talks on the border dispute. Officials said the two sides "
     "would probably meet next week.", None,
     [("meet|negotiate", "planned", ("Ecuador", "Peru"))], []),
    ("two-sides-need-to-hold-talks",
     "OSLO, May 3 - Norway sent a protest note to Chile over fishing. Officials said the two sides needed to "
     "hold talks urgently about the quota.", None,
     [("meet|negotiate", None, ("Chile", "Norway"))], []),
    ("two-nations-talks-between",
     "Peru and Ecuador have been at odds over the border for years. Few details have been released on the "
     "talks between the two nations.", None,
     [("meet|negotiate", None, ("Ecuador", "Peru"))], []),
    # --- a meeting in a phrase that describes a person: that person met the partner -----------------
    ("apposition-briefing-after-meeting-with",
     "Peruvian Defence Minister Tomas Arriaga, briefing reporters after a separate meeting with Kenyan "
     "Foreign Minister Amos Kiprono, said the talks went well.", None,
     [("meet", "occurred", ("Amos Kiprono", "Tomas Arriaga"))], []),
    ("apposition-fresh-from-meeting-with",
     "Kenyan Foreign Minister Amos Kiprono, fresh from a meeting with Swiss Economy Minister Hans Keller, "
     "told reporters the dispute was over.", None,
     [("meet", "occurred", ("Amos Kiprono", "Hans Keller"))], []),
    ("apposition-after-series-of-talks-with",
     "Chilean Trade Minister Rosa Fuentes, after a series of talks with Danish Trade Minister Lars Dahl, "
     "said tariffs would fall.", None,
     [("meet|negotiate", "occurred", ("Lars Dahl", "Rosa Fuentes"))], []),
]


# classes not yet handled (kept visible as expected failures until their rule lands)
PENDING: set[str] = set()


def _cases(cases):
    return [pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True)] if c[0] in PENDING else [])
            for c in cases]


@pytest.mark.parametrize("name,text,date,want,never", _cases(CASES))
def test_wire_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-03-16")
    for types, status, who in want:
        assert has(e, types, status, *who), (types, status, who, [(t, s, w) for t, s, w, _ in found(e)])
    for a, b in never:
        assert not linked(e, a, b), (a, b, [(t, s, w) for t, s, w, _ in found(e)])


NOT_MEETINGS = [
    ("signed-alone", "Kenya signed the fisheries convention on Monday, officials said."),
    ("signed-law", "Kenyan President Amos Kiprono signed the budget bill, Finance Minister Ruth Wanjiru said."),
    ("left-office", "Danish Trade Minister Lars Dahl left the ministry for a job in Tokyo."),
    ("told-reporters-meeting", "Kenyan Finance Minister Amos Kiprono told reporters after a cabinet meeting "
                               "that Swedish Finance Minister Eva Lind was wrong."),
    ("will-tell-reporters", "Kenyan Finance Minister Amos Kiprono will tell reporters on Friday that Swedish "
                            "Finance Minister Eva Lind was wrong."),
    ("talks-lead-three-states", "OSLO, May 4 - Chile, Peru and Kenya criticised fishing quotas. Talks are due "
                                "to begin on Monday."),
    ("talks-lead-one-state", "OSLO, May 4 - Chile said its exports rose in April. Talks are due to begin "
                             "on Monday."),
    ("told-news-conference", "Kenyan Finance Minister Amos Kiprono told a news conference in Nairobi that "
                             "the International Monetary Fund was too strict."),
    ("two-sides-at-war", "Iran and Iraq shelled border towns on Monday. Both sides reported heavy losses."),
    ("body-rejected-talks-told-reporters", "The Andean Grain Council rejected talks on quotas. Chilean "
                                           "Trade Minister Rosa Fuentes told reporters the quotas were fair."),
    ("body-held-meeting-no-speaker", "The Andean Grain Council held a meeting in Quito on Monday. Chilean "
                                     "Trade Minister Rosa Fuentes said quotas were fair."),
    ("seen-arriving-no-gathering", "Chilean Trade Minister Rosa Fuentes was seen arriving at the airport "
                                   "with Danish Trade Minister Lars Dahl on Monday."),
    ("arrived-home-after-talks", "Chilean Trade Minister Rosa Fuentes arrived home after talks on quotas. "
                                 "Danish Trade Minister Lars Dahl was seen arriving at his office."),
    ("apposition-critic-of-talks", "Kenyan Senator Ruth Wanjiru, a critic of talks with Swedish Finance "
                                   "Minister Eva Lind, said the debt was too high."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_wire_no_meeting(extract, name, text):
    assert found(extract(text, date="1987-03-16")) == []


@pytest.mark.parametrize("text", [
    "In 2014, Kenya signed a fisheries treaty with Norway, officials recalled.",
    '"Kenya and Norway signed a fisheries treaty and then ignored it," Kenyan Senator Ruth Wanjiru said.',
])
def test_background_signing_of_states_is_no_meeting(extract, text):
    assert not linked(extract(text, date="1987-03-16"), "Kenya", "Norway")


def test_states_signing_today_met(extract):
    e = extract("Kenya and Norway signed a fisheries treaty in Oslo on Monday.", date="1987-03-16")
    assert has(e, "meet", "occurred", "Kenya", "Norway")
