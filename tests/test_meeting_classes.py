"""Construction suite for classes of meeting constructions (branch meet3).

Every sentence is invented (names, places and wording of no real article):

- "A and B discussed X", "A discussed X with B": CAMEO 040/046 (discussions); the object of
  "discuss" is a topic, never a party;
- "X, en route to Lima, said", "asked while en route to Lima", "on his way to Peru": an official
  on the road to a foreign state is visiting it;
- "A has told B that …", "A assured B on Monday": a speech act addressed in person to an official
  of another state is a meeting (not "in a letter", not by phone, not to one's own ministers);
- "A and B were moving towards talks": the subjects are the parties;
- "X will go to Tokyo for talks", "came to Lima to discuss": going to a state for business visits it;
- "gave a warm welcome on Thursday to X", "hosted a dinner on Friday for X": the guest of a hospitality
  noun hung on its verb;
- "A and B, who met …"; "raise it with B when they meet": a bare "they" meeting is the persons named;
- "received a (phone) call from X": the receiver and the caller;
- "met regional leaders, including X and Y": a group noun's named members take part;
- "A, along with B, met C", "attended the summit together with B": co-participants;
- "visiting Minister X said" in a story filed from a foreign capital: X visits that state;
- "the G-7 Lima talks", "at the Lima summit": a city naming a meeting says where it is held, not
  who takes part (a hyphenated pair of capitals, "Lima-Quito talks", still names two parties).
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    # --- discuss ---------------------------------------------------------------------------
    ("discussed-joint-subjects",
     "Chilean President Rosa Fuentes and IMF Managing Director Karl Weber discussed the debt on Monday.",
     [("negotiate|meet", "occurred", ("Karl Weber", "Rosa Fuentes"))], []),
    ("discussed-with",
     "Chilean President Rosa Fuentes discussed the loan with Japanese Prime Minister Kenji Sato on Monday.",
     [("negotiate|meet", "occurred", ("Kenji Sato", "Rosa Fuentes"))], []),
    ("said-had-discussed-with",
     "Japanese Prime Minister Kenji Sato said he had discussed the matter with Chilean President Rosa Fuentes.",
     [("negotiate|meet", "occurred", ("Kenji Sato", "Rosa Fuentes"))], []),
    ("discussed-topic-countries-are-no-party",
     "Chilean President Rosa Fuentes and Japanese Prime Minister Kenji Sato discussed Peru and Bolivia.",
     [("negotiate|meet", "occurred", ("Kenji Sato", "Rosa Fuentes"))],
     [("Rosa Fuentes", "Peru"), ("Kenji Sato", "Bolivia")]),
    ("will-discuss-with",
     "Chilean President Rosa Fuentes will discuss trade with Japanese Prime Minister Kenji Sato next week.",
     [("negotiate|meet", "planned", ("Kenji Sato", "Rosa Fuentes"))], []),
    ("to-discuss-with-planned",
     "Chilean President Rosa Fuentes plans to discuss trade with Japanese Prime Minister Kenji Sato.",
     [("negotiate|meet", None, ("Kenji Sato", "Rosa Fuentes"))], []),
    # --- en route / on the way to a foreign place ------------------------------------------------
    ("asked-while-en-route",
     "Asked by reporters while en route to Lima, Peru, on Monday, Japanese Foreign Minister Kenji Sato said "
     "trade would improve.",
     [("visit", None, ("Kenji Sato", "Peru"))], []),
    ("apposition-en-route",
     "Japanese Foreign Minister Kenji Sato, en route to Lima, said trade would improve.",
     [("visit", None, ("Kenji Sato", "Peru"))], []),
    ("on-his-way-to",
     "Japanese Foreign Minister Kenji Sato, on his way to Peru, told reporters trade would improve.",
     [("visit", None, ("Kenji Sato", "Peru"))], []),
    # --- a title coordinated apart from its holder's name ---------------------------------------
    ("title-misparsed-as-conjunct",
     "Chilean Treasury Secretary Pablo Ortiz met Austrian Finance Minister Lukas Gruber and Bundesbank President "
     "Karl Otto Kuehl in Vienna on Monday.",
     [("meet", "occurred", ("Karl Otto Kuehl", "Lukas Gruber", "Pablo Ortiz"))], [("Pablo Ortiz", "Bundesbank")]),
    # --- a foreign official told in person -----------------------------------------------------
    ("has-told-foreign-minister",
     "Chilean Finance Minister Rosa Fuentes has told Peruvian Finance Minister Tomas Villaverde that the debt "
     "is a matter for the banks, a spokesman said.",
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Villaverde"))], []),
    ("said-he-told-here",
     "Chilean Finance Minister Rosa Fuentes said she told Peruvian Finance Minister Tomas Villaverde here in "
     "February that Chile would not intervene.",
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Villaverde"))], []),
    ("assured-foreign-president",
     "Chilean President Rosa Fuentes assured Peruvian President Tomas Villaverde on Monday that the border "
     "would stay open.",
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Villaverde"))], []),
    # --- moving towards talks -------------------------------------------------------------------
    ("moving-towards-talks",
     "Chilean Foreign Minister Rosa Fuentes said Chile and Peru were moving towards talks on the border.",
     [("negotiate", None, ("Chile", "Peru"))], []),
    # --- going to a state for talks --------------------------------------------------------------
    ("will-go-to-for-talks",
     "LIMA, March 3 - Chilean Trade Minister Rosa Fuentes will go to Tokyo next week for talks on trade, "
     "officials said.",
     [("visit", "planned", ("Japan", "Rosa Fuentes"))], []),
    ("came-to-to-discuss",
     "Chilean envoy Rosa Fuentes came to Lima on Monday to discuss the border.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))], []),
    ("headed-to-for-talks-with",
     "Chilean Foreign Minister Rosa Fuentes headed to Lima on Monday for talks with Peruvian President Tomas "
     "Villaverde.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes")), ("negotiate|meet", "occurred", ("Rosa Fuentes",
                                                                                      "Tomas Villaverde"))], []),
    # --- hospitality given to a guest (CAMEO 043) ------------------------------------------------
    ("gave-a-welcome-on-day-to",
     "French President Paul Girard gave a warm welcome on Thursday to South African leader Jan Botha, who is "
     "seeking to end his country's isolation.",
     [("meet", "occurred", ("Jan Botha", "Paul Girard"))], []),
    ("gave-a-welcome-to",
     "French President Paul Girard gave a warm welcome to South African leader Jan Botha on Thursday.",
     [("meet", "occurred", ("Jan Botha", "Paul Girard"))], []),
    ("hosted-a-dinner-for",
     "French President Paul Girard hosted a dinner on Friday for South African leader Jan Botha.",
     [("meet", "occurred", ("Jan Botha", "Paul Girard"))], []),
    # --- "A and B, who met …": the relative clause hung on the first of two ------------------------
    ("conjoined-who-met",
     "Chilean Trade Minister Rosa Fuentes spoke on Monday. Peruvian Trade Minister Tomas Villaverde spoke too. "
     "Fuentes and Villaverde, who met in Lima last week, agreed to set up a joint commission.",
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Villaverde"))], []),
    # --- "when they meet": the persons the sentence names -----------------------------------------
    ("raise-with-when-they-meet",
     "Chilean Trade Minister Rosa Fuentes said she would raise the issue with Peruvian Trade Minister Tomas "
     "Villaverde when they meet next week.",
     [("meet", "planned", ("Rosa Fuentes", "Tomas Villaverde"))], []),
    ("proposed-in-letter-that-they-meet",
     "Chilean Prime Minister Rosa Fuentes proposed in a letter to Peruvian Prime Minister Jorge Salinas that "
     "they meet to discuss the border.",
     [("meet", None, ("Jorge Salinas", "Rosa Fuentes"))], []),
    ("they-meet-previous-sentence",
     "Chilean President Rosa Fuentes will visit Lima next month for talks with Peruvian President Jorge Salinas. "
     "Officials said she would raise the border when they meet.",
     [("meet", "planned", ("Jorge Salinas", "Rosa Fuentes"))], []),
    # --- "the two leaders": heads of state or government, not the spokesman named since ---------------
    ("two-leaders-are-heads",
     "Chilean President Rosa Fuentes flies to Lima on Wednesday. Two rounds of talks between Fuentes and Peruvian "
     "Prime Minister Jorge Salinas are set for Thursday and Friday. A bill drafted by Senator Pablo Ortiz would "
     "cut imports from Peru. Foreign Ministry spokesman Luis Mora said he was optimistic about the results of "
     "talks between the two leaders.",
     [("negotiate|meet", None, ("Jorge Salinas", "Rosa Fuentes"))], [("Luis Mora", "Pablo Ortiz")]),
    # --- "at Friday's meeting": a dated possessive refers back to the gathering named ----------------
    ("at-fridays-meeting-refers-back",
     "Chilean Ambassador Rosa Fuentes spoke at a meeting of the Andean Council on Friday. Peruvian Ambassador "
     "Jorge Salinas dismissed the accusations at Friday's meeting.",
     [("meet", "occurred", ("Andean Council", "Jorge Salinas", "Rosa Fuentes"))], []),
    ("last-years-meeting-is-another",
     "Chilean President Rosa Fuentes is attending a Pacific Forum meeting for the first time. Bolivia, which "
     "complained at last year's meeting, stayed away.",
     [("meet", "occurred", ("Pacific Forum", "Rosa Fuentes"))], [("Bolivia", "Rosa Fuentes")]),
    # --- a call received from a caller -----------------------------------------------------------
    ("received-a-phone-call-from",
     "Chilean President Rosa Fuentes received a phone call from Peruvian President Jorge Salinas on Monday.",
     [("call", "occurred", ("Jorge Salinas", "Rosa Fuentes"))], []),
    ("got-a-call-from",
     "Chilean President Rosa Fuentes got a congratulatory call from Peruvian President Jorge Salinas.",
     [("call", "occurred", ("Jorge Salinas", "Rosa Fuentes"))], []),
    # --- a group's named members: "leaders, including X and Y" ------------------------------------
    ("met-leaders-including",
     "Chilean President Rosa Fuentes met regional leaders, including Peruvian President Jorge Salinas, in Quito.",
     [("meet", "occurred", ("Jorge Salinas", "Rosa Fuentes"))], []),
    ("met-with-leaders-including-two",
     "Chilean President Rosa Fuentes met with African leaders, including Kenyan President Jorge Salinas and "
     "Nigerian President Luis Aranda.",
     [("meet", "occurred", ("Jorge Salinas", "Luis Aranda", "Rosa Fuentes"))], []),
    # --- "along with" / "together with" -----------------------------------------------------------
    ("attended-along-with",
     "Chilean President Rosa Fuentes attended the summit along with Peruvian President Jorge Salinas.",
     [("meet", "occurred", ("Jorge Salinas", "Rosa Fuentes"))], []),
    ("subject-together-with",
     "Chilean President Rosa Fuentes, together with Peruvian President Jorge Salinas, met Bolivian President "
     "Luis Aranda in La Paz.",
     [("meet", "occurred", ("Jorge Salinas", "Luis Aranda", "Rosa Fuentes"))], []),
    ("subject-along-with",
     "Chilean President Rosa Fuentes, along with Peruvian President Jorge Salinas, met Bolivian President Luis "
     "Aranda in La Paz.",
     [("meet", "occurred", ("Jorge Salinas", "Luis Aranda", "Rosa Fuentes"))], []),
    # --- "visiting X said" under the host's dateline ----------------------------------------------
    ("visiting-official-under-dateline",
     "LIMA, April 1 - Chile's policy is fair, visiting Chilean Finance Minister Pablo Ortiz told a press "
     "conference.",
     [("visit", None, ("Pablo Ortiz", "Peru"))], []),
    ("expected-here-for-talks",
     "LIMA, April 1 - Chilean Finance Minister Pablo Ortiz is expected here next week for talks on debt, "
     "officials said.",
     [("visit", None, ("Pablo Ortiz", "Peru"))], []),
    # --- a city naming a meeting is where it is held --------------------------------------------
    ("joining-the-city-talks",
     "Japanese Prime Minister Kenji Sato saw no difficulty about Chile joining the G-7 Lima talks next month.",
     [], [("Chile", "Peru"), ("Peru", "Group of Seven")]),
    ("attended-city-summit-with",
     "Chilean President Rosa Fuentes attended the Lima summit with Japanese Prime Minister Kenji Sato.",
     [("meet", "occurred", ("Kenji Sato", "Rosa Fuentes"))], [("Rosa Fuentes", "Peru"), ("Kenji Sato", "Peru")]),
    ("capital-pair-still-parties",
     "Officials said the Lima-Santiago talks would resume on Monday.",
     [("negotiate|meet", None, ("Chile", "Peru"))], []),
    ("city-visit-still-a-destination",
     "Japanese Prime Minister Kenji Sato's Lima visit was a success, officials said.",
     [("visit", None, ("Kenji Sato", "Peru"))], []),
]


@pytest.mark.parametrize("name,text,want,never", CASES, ids=[c[0] for c in CASES])
def test_meeting_class(extract, name, text, want, never):
    e = extract(text, date="2025-02-16")
    assert_meetings(e, name, want, never)


NOT_MEETINGS = [
    ("discussed-with-reporters", "Chilean President Rosa Fuentes discussed Peru's debt with reporters."),
    ("discussed-a-country", "Chilean President Rosa Fuentes discussed the crisis in Bolivia on Monday."),
    ("acted-without-consulting", "President Tomas Villaverde acted without consulting Chile or Bolivia."),
    ("discussed-tension-between", "Alliance ambassadors met to discuss tension between Chile and Peru."),
    ("discussed-alone", "Japanese Prime Minister Kenji Sato will discuss the budget on Monday."),
    ("migrants-en-route", "Peruvian migrants en route to Chile were stopped at the border."),
    # (stopping in Lima is a visit to Peru since news7, as a stopover was: the class here is the way home)
    ("en-route-home", "Japanese Foreign Minister Kenji Sato rested briefly en route to Tokyo."),
    ("way-to-a-deal", "Japanese Foreign Minister Kenji Sato said Peru was on the way to a deal."),
    ("told-in-a-letter", "Chilean President Rosa Fuentes told Peruvian President Tomas Villaverde in a letter "
                         "that the border would stay open."),
    ("told-own-minister", "Chilean President Rosa Fuentes told Chilean Finance Minister Pablo Ortiz to cut the "
                          "budget."),
    ("told-reporters", "Chilean President Rosa Fuentes told reporters that Peru was wrong."),
    ("went-on-holiday", "Chilean President Rosa Fuentes went to Lima on holiday last year."),
    ("went-to-the-polls", "Chilean voters will go to the polls next week, Chilean President Rosa Fuentes said."),
    ("gave-a-speech-to-a-crowd", "French President Paul Girard gave a speech on Thursday to students in Lyon."),
    ("they-meet-a-group", "Chilean President Rosa Fuentes said the farmers would protest when they meet on "
                          "Monday."),
    ("call-from-voters", "Chilean President Rosa Fuentes received calls from voters in Peru on Monday."),
    ("delayed-by-calls-from", "The program was delayed by calls from Chile, Peru and Bolivia for cuts in its "
                              "budget."),
    ("call-for-calm", "Chilean President Rosa Fuentes renewed her call for calm in Peru."),
    ("sanctions-on-countries-including", "Chilean President Rosa Fuentes imposed sanctions on several "
                                         "countries, including Peru and Bolivia."),
    ("went-along-with-the-deal", "Chilean President Rosa Fuentes said she would go along with the deal "
                                 "between Peru and Bolivia."),
    ("visiting-at-home-dateline", "LIMA, April 1 - Visiting Peruvian Finance Minister Jorge Salinas said debt "
                                  "talks would resume."),
    ("raised-at-city-summit", "Canada raised the issue at the Lima summit last year."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_no_meeting_class(extract, name, text):
    assert found(extract(text)) == [], name


def test_words_told_in_phone_conversations_are_no_meeting(extract):
    e = extract("Chilean President Rosa Fuentes and Bolivian President Luis Aranda told Peruvian President Tomas "
                "Villaverde in phone conversations that trade would grow.")
    assert not [w for t, _, w in found(e) if t == "meet"], found(e)
