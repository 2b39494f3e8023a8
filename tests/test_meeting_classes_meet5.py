"""Construction suite for classes of meeting constructions (branch meet5).

Every sentence is invented (names, places and wording of no real article):

- "A spoke to B", "A has talked to B", "A is not interested in talking to Peru": speaking or talking
  TO a named person or state is a conversation between them (GUIDELINES: "spoke with" is a call), as
  "spoke with" already was; "spoke to reporters", "talked to voters" name no party;
- "A dined / lunched / breakfasted with B": a shared meal is a meeting (CAMEO 040/042 examples);
- "during a stopover in Lima", "made a stopover in Peru": a stopover is a short visit;
- "left Lima at the end of a four-day visit", "left Peru after a visit": the place a departure verb
  leaves when a visit ends is where the visit was (not "after a visit by X": X's visit);
- "A met on the sidelines of the summit with B": the "with" phrase the parser hangs on the gathering
  named in the margin phrase still names whom the verb's subject met;
- "A will unveil the plan at the X summit": the "at" phrase of a gathering hung on the verb's object
  still puts the verb's subject at the gathering (as "unveiled it at the summit" did);
- "X urged Y to hold talks", "X called on Y to open a dialogue", "X called for Y to lift the ban and
  establish a dialogue", "X invited Y to talks": talks proposed between X and Y (CAMEO 02x appeals);
  "X urged A and B to hold talks": between A and B; not "urged Y to hold talks with Z" (Y and Z), not
  "urged Y to hold elections", not "asked X to hold a news conference";
- phone calls told through what was said in them: "X called Y to congratulate her", "X phoned to thank
  Y" (a call verb's purpose names the one called), "X congratulated Y by telephone" (a speech act with its
  own phone phrase), "Y said X said in a telephone conversation that …" (a call reported by the one who
  took it); not "said in a phone call with reporters", not "called on Y to", not "called for talks";
- a JOINT news conference is an appearance side by side ("speaking at a joint news conference with X",
  "A and B held a joint press conference", "told a joint news conference with X"): a meeting of those who
  hold it; a plain news conference is still given to reporters;
- "met A on Tuesday and with B on Wednesday", "will hold talks with A on Tuesday and with B on
  Wednesday": the second "with" phrase, joined by the parser to the phrase before it, is a second
  meeting (one with A, one with B; A and B did not meet);
- "laid a wreath in Lima during her state visit", "speaking in Lima during her visit": where the one on
  a visit acts during it is where the visit goes (not "during a visit by X": X's);
- "Peruvian officials said talks with Chile would resume": a state speaking through its officials is the
  other side of the talks it reports (as a person speaker was);
- "X raised the issue with Y", "said he would raise it with Y": a matter taken up with a party, as
  "discussed it with Y" (the object is the topic); not "raised tariffs on Peruvian goods", not "issues
  raised by the two sides", not "raised its budget along with Peru" (a co-raiser);
- a document handed over in person: "X handed Y a letter from Z", "X delivered a message from Z to Y",
  "the new ambassador presented his credentials to Y": X met Y; not "sent a letter to Y", not "delivered
  aid to Peru", not "presented the plan to reporters";
- "A and B, meeting in Quito, agreed …": a gerund in apposition to the subjects is their meeting;
- "flew into Lima": "into" names a visit's destination as "to" does;
- "the issue was discussed at length with X, Chilean officials said": a passive meeting verb with no agent
  is the reporting speaker's (a person, or a state through its officials), and its "with" phrase, hung by
  the parser on the noun of another phrase ("at length", "at the palace"), names the partner;
- "X, in a visit earlier this week with Y, raised …": the "with" phrase the parser hangs on the
  preposition of the meeting noun (or on the name it describes, after the noun) is the noun's;
- "X arrived yesterday", "X, who arrived yesterday, said" with no place, in a story filed from LIMA: an
  official of another known state arrived there, a visit (not one's own state's dateline: home; not
  "arrived in Quito": its own place; not private people);
- "Chile, Peru and Bolivia agreed … after X visited them": "them" as an object is the last coordination of
  two or more actors named as a subject before it in its sentence (a visit to each; not a group of no
  actors: "migrants and farmers arrived and X met them");
- "meet commitments", "meet its needs", "meet the deadline": "meet" as "satisfy" is no meeting;
- "A and B met in Quito. … talks between the two sides": a city that is where something happened
  ("in Quito") is no side that "the two sides" / "the two countries" refer back to.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    # --- speaking / talking to a named party ------------------------------------------------
    ("spoke-to-person",
     "Chilean Finance Minister Pablo Ortiz spoke to Peruvian President Carlos Mendoza on Monday.",
     [("call|meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("talked-to-person",
     "Norwegian envoy Ingrid Solberg talked to Kenyan President David Otieno last week about the border.",
     [("call|meet", "occurred", ("David Otieno", "Ingrid Solberg"))]),
    ("has-not-spoken-to",
     "Chilean Finance Minister Pablo Ortiz has not spoken to Peruvian President Carlos Mendoza since March.",
     [("call|meet", None, ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("will-talk-to-state",
     "Chilean Finance Minister Pablo Ortiz will talk to Peru about the border next week.",
     [("call|meet|negotiate", "planned", ("Pablo Ortiz", "Peru"))]),
    ("not-interested-in-talking-to",
     "Chilean Finance Minister Pablo Ortiz is not interested in talking to Peru.",
     [("call|meet|negotiate", "negated", ("Pablo Ortiz", "Peru"))]),
    ("willing-to-talk-to-state",
     "Chile is willing to talk to Peru about the dam.",
     [("call|meet|negotiate", None, ("Chile", "Peru"))]),
    ("prepared-to-meet-is-an-offer",
     "Chilean Finance Minister Pablo Ortiz said he was prepared to meet Peruvian President Carlos Mendoza.",
     [("meet", "proposed", ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("preparing-to-meet-is-planned",
     "Chilean Finance Minister Pablo Ortiz is preparing to meet Peruvian President Carlos Mendoza.",
     [("meet", "planned", ("Carlos Mendoza", "Pablo Ortiz"))]),
    # --- shared meals ---------------------------------------------------------------------
    ("dined-with",
     "Chilean Finance Minister Pablo Ortiz dined with Peruvian President Carlos Mendoza on Monday.",
     [("meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("will-dine-with",
     "Norwegian envoy Ingrid Solberg will dine with Kenyan President David Otieno in Nairobi on Friday.",
     [("meet", "planned", ("David Otieno", "Ingrid Solberg"))]),
    ("lunched-with",
     "Chilean Finance Minister Pablo Ortiz lunched with Peruvian President Carlos Mendoza on Monday.",
     [("meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("breakfasted-with",
     "Norwegian envoy Ingrid Solberg breakfasted with Kenyan President David Otieno before the vote.",
     [("meet", "occurred", ("David Otieno", "Ingrid Solberg"))]),
    # --- stopovers ------------------------------------------------------------------------
    ("made-a-stopover-in",
     "Chilean Finance Minister Pablo Ortiz made a brief stopover in Peru on Monday.",
     [("visit", "occurred", ("Pablo Ortiz", "Peru"))]),
    ("talks-during-a-stopover",
     "Norwegian envoy Ingrid Solberg held talks with Kenyan President David Otieno during a stopover in "
     "Nairobi.",
     [("negotiate|meet", "occurred", ("David Otieno", "Ingrid Solberg")),
      ("visit", "occurred", ("Ingrid Solberg", "Kenya"))]),
    ("arrived-after-a-stopover",
     "Chilean Finance Minister Pablo Ortiz arrived last night after a brief stopover in Lima, where he met "
     "Peruvian Finance Minister Ana Rojas.",
     [("visit", "occurred", ("Pablo Ortiz", "Peru")), ("meet", "occurred", ("Ana Rojas", "Pablo Ortiz"))]),
    # --- leaving the place of a visit -----------------------------------------------------
    ("left-at-the-end-of-a-visit",
     "Chilean President Rosa Fuentes left Lima on Monday at the end of a four-day visit.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))]),
    ("left-after-a-visit",
     "Norwegian envoy Ingrid Solberg left Kenya on Sunday after a three-day visit.",
     [("visit", "occurred", ("Ingrid Solberg", "Kenya"))]),
    ("before-leaving-at-the-end-of",
     "Chilean President Rosa Fuentes repeated her warning before leaving Lima yesterday at the end of a "
     "four-day visit.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))]),
    # --- "with" hung on the gathering of a margin phrase ----------------------------------
    ("met-on-the-sidelines-with",
     "Chilean President Rosa Fuentes met on the sidelines of the summit with Peruvian President Carlos Mendoza.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("unveil-at-the-summit-object-attached",
     "Kenyan Finance Minister Grace Wanjiru will unveil the plan at the African Union summit next week.",
     [("meet", "planned", ("African Union", "Grace Wanjiru"))]),
    ("announced-at-the-summit-object-attached",
     "Kenyan Finance Minister Grace Wanjiru announced the new fund at the African Union summit on Monday.",
     [("meet", "occurred", ("African Union", "Grace Wanjiru"))]),
    ("two-sides-not-the-venue",
     "Chile and Peru met in Quito last month. The next round of talks between the two sides is expected in "
     "Geneva.",
     [("negotiate|meet", "planned", ("Chile", "Peru"))]),
    ("two-countries-not-the-venue",
     "Chilean and Peruvian diplomats met at Quito on Monday. The two countries agreed to meet again in May.",
     [("meet|negotiate", None, ("Chile", "Peru"))]),
    ("urged-to-hold-talks",
     "Ecuadorian President Jorge Salinas urged Peru to hold talks.",
     [("negotiate|meet", "proposed", ("Jorge Salinas", "Peru"))]),
    ("called-on-to-open-a-dialogue",
     "Norwegian envoy Ingrid Solberg called on the Kenyan government to open a dialogue.",
     [("negotiate|meet", "proposed", ("Ingrid Solberg", "Kenya"))]),
    ("called-for-to-establish-a-dialogue",
     "Ecuadorian President Jorge Salinas called for Peru to lift the ban and establish a constructive dialogue "
     "to resolve differences.",
     [("negotiate|meet", "proposed", ("Jorge Salinas", "Peru"))]),
    ("invited-to-talks",
     "Ecuadorian President Jorge Salinas invited Peru to talks in Quito.",
     [("negotiate|meet", "proposed", ("Jorge Salinas", "Peru"))]),
    ("encouraged-to-engage-in-dialogue",
     "Norwegian envoy Ingrid Solberg encouraged Kenyan President David Otieno to engage in dialogue.",
     [("negotiate|meet", "proposed", ("David Otieno", "Ingrid Solberg"))]),
    ("urged-two-to-hold-talks",
     "Ecuadorian President Jorge Salinas urged Chile and Peru to hold talks.",
     [("negotiate|meet", "proposed", ("Chile", "Peru"))]),
    ("urged-to-hold-talks-with-a-third",
     "Ecuadorian President Jorge Salinas urged Peru to hold talks with Bolivia.",
     [("negotiate|meet", None, ("Bolivia", "Peru"))]),
    ("called-to-congratulate",
     "Peruvian President Carlos Mendoza called Chilean President Rosa Fuentes to congratulate her.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("phoned-to-thank",
     "Kenyan President David Otieno phoned to thank Norwegian Prime Minister Ingrid Solberg for the aid.",
     [("call", "occurred", ("David Otieno", "Ingrid Solberg"))]),
    ("congratulated-by-telephone",
     "Chilean President Rosa Fuentes congratulated Peruvian President Carlos Mendoza by telephone.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("warned-over-the-phone",
     "Kenyan President David Otieno warned Norwegian Prime Minister Ingrid Solberg over the phone on Monday.",
     [("call", "occurred", ("David Otieno", "Ingrid Solberg"))]),
    ("said-in-a-telephone-conversation-reported",
     "Chilean President Rosa Fuentes said Peruvian President Carlos Mendoza said in a telephone conversation "
     "on Tuesday that trade would grow.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("speaking-at-a-joint-news-conference-with",
     "Speaking at a joint news conference with Peruvian President Carlos Mendoza, Chilean President Rosa "
     "Fuentes said trade would grow.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("held-a-joint-press-conference",
     "Kenyan President David Otieno and Norwegian Prime Minister Ingrid Solberg held a joint press conference "
     "in Nairobi.",
     [("meet", "occurred", ("David Otieno", "Ingrid Solberg"))]),
    ("told-a-joint-news-conference-with",
     "Chilean President Rosa Fuentes told a joint news conference with Peruvian President Carlos Mendoza that "
     "trade would grow.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("met-with-on-day-and-with-on-day",
     "Chilean President Rosa Fuentes met with Peruvian President Carlos Mendoza on Tuesday and with Bolivian "
     "President Luis Arce on Wednesday.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes")), ("meet", "occurred", ("Luis Arce", "Rosa Fuentes"))]),
    ("talks-with-on-day-and-with-on-day",
     "Norwegian envoy Ingrid Solberg is scheduled to hold talks with Kenyan President David Otieno on Tuesday "
     "and with Ugandan President Samuel Okello on Wednesday.",
     [("negotiate|meet", "planned", ("David Otieno", "Ingrid Solberg")),
      ("negotiate|meet", "planned", ("Ingrid Solberg", "Samuel Okello"))]),
    ("laid-a-wreath-during-a-visit",
     "Chilean President Rosa Fuentes laid a wreath in Lima on Monday during her state visit.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))]),
    ("speaking-in-during-a-visit",
     "Norwegian envoy Ingrid Solberg, speaking in Nairobi during her visit, said aid would grow.",
     [("visit", "occurred", ("Ingrid Solberg", "Kenya"))]),
    ("state-officials-said-talks-with",
     "LIMA, March 3 - Peruvian officials said talks with Chile on fishing rights would resume next month.",
     [("negotiate|meet", "planned", ("Chile", "Peru"))]),
    ("state-officials-said-the-talks-with",
     "Kenyan officials said the talks with Uganda had gone well.",
     [("negotiate|meet", "occurred", ("Kenya", "Uganda"))]),
    ("raised-the-issue-with",
     "Chilean Finance Minister Pablo Ortiz raised the border dispute with Peruvian President Carlos Mendoza on "
     "Monday.",
     [("negotiate|meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("would-raise-it-with",
     "Norwegian envoy Ingrid Solberg said she would raise the matter with Kenyan President David Otieno.",
     [("negotiate|meet", "planned", ("David Otieno", "Ingrid Solberg"))]),
    ("state-raised-with-state",
     "Chile raised the matter with Peru at the United Nations.",
     [("negotiate|meet", "occurred", ("Chile", "Peru"))]),
    ("handed-a-letter",
     "Chilean Finance Minister Pablo Ortiz handed Peruvian President Carlos Mendoza a letter from Chilean "
     "President Rosa Fuentes.",
     [("meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("delivered-a-message-to",
     "Norwegian envoy Ingrid Solberg delivered a message from the Norwegian king to Kenyan President David "
     "Otieno.",
     [("meet", "occurred", ("David Otieno", "Ingrid Solberg"))]),
    ("presented-credentials-to",
     "The new Chilean ambassador, Pablo Ortiz, presented his credentials to Peruvian President Carlos Mendoza "
     "on Monday.",
     [("meet", "occurred", ("Carlos Mendoza", "Pablo Ortiz"))]),
    ("conjoined-subjects-meeting-in",
     "Chilean Finance Minister Pablo Ortiz and Peruvian Finance Minister Ana Rojas, meeting in Quito, agreed to "
     "cut tariffs.",
     [("meet", "occurred", ("Ana Rojas", "Pablo Ortiz"))]),
    ("flew-into",
     "LIMA, March 3 - Chilean Finance Minister Pablo Ortiz flew into Lima yesterday.",
     [("visit", "occurred", ("Pablo Ortiz", "Peru"))]),
    ("passive-discussed-at-length-with-reported",
     "This issue was discussed at length with Peruvian President Carlos Mendoza and several senators, Chilean "
     "officials said.",
     [("negotiate|meet", "occurred", ("Carlos Mendoza", "Chile"))]),
    ("passive-discussed-with-person-reported",
     "The border was discussed with Kenyan President David Otieno, Norwegian envoy Ingrid Solberg said.",
     [("negotiate|meet", "occurred", ("David Otieno", "Ingrid Solberg"))]),
    ("met-at-the-palace-with",
     "Chilean President Rosa Fuentes met at the palace with Peruvian President Carlos Mendoza.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("in-a-visit-this-week-with",
     "Chilean President Rosa Fuentes, in a visit earlier this week with Peruvian President Carlos Mendoza, "
     "raised the border issue.",
     [("meet|visit", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("arrived-under-dateline",
     "LIMA, March 3 - Peru and Chile signed a trade pact today. Chilean President Rosa Fuentes arrived "
     "yesterday.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))]),
    ("who-arrived-under-dateline",
     "NAIROBI, May 5 - Kenya signed a health accord today. Norwegian envoy Ingrid Solberg, who arrived "
     "yesterday, said aid would grow.",
     [("visit", "occurred", ("Ingrid Solberg", "Kenya"))]),
    ("visited-them-coordinated-states",
     "Chile, Peru and Bolivia agreed to cut output after Ecuadorian President Jorge Salinas visited them in "
     "May.",
     [("visit", None, ("Chile", "Jorge Salinas")), ("visit", None, ("Jorge Salinas", "Peru")),
      ("visit", None, ("Bolivia", "Jorge Salinas"))]),
    ("had-met-them-coordinated-persons",
     "Chilean President Rosa Fuentes and Peruvian President Carlos Mendoza said Ecuadorian President Jorge "
     "Salinas had met them on Monday.",
     [("meet", "occurred", ("Carlos Mendoza", "Jorge Salinas", "Rosa Fuentes"))]),
    ("will-meet-on-the-margins-with",
     "Norwegian envoy Ingrid Solberg will meet on the margins of the Geneva conference with Kenyan President "
     "David Otieno.",
     [("meet", "planned", ("David Otieno", "Ingrid Solberg"))]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_meeting_class(extract, name, text, want):
    e = extract(text)
    assert_meetings(e, name, want)
    if name in ("met-with-on-day-and-with-on-day", "talks-with-on-day-and-with-on-day"):  # two meetings
        assert all(len(w) == 2 for _, _, w in found(e)), found(e)
    if name.startswith("two-"):  # the venue's state is no side
        assert not [w for _, _, w in found(e) if "Ecuador" in w], found(e)
    if name in ("urged-two-to-hold-talks", "urged-to-hold-talks-with-a-third"):  # the urger is no party
        assert not [w for _, _, w in found(e) if "Jorge Salinas" in w], found(e)


NOT_MEETINGS = [
    ("spoke-to-reporters", "Chilean Finance Minister Pablo Ortiz spoke to reporters in Lima on Monday."),
    ("talked-to-voters", "Chilean President Rosa Fuentes talked to voters in Peru on Monday."),
    ("spoke-about-a-person", "Chilean Finance Minister Pablo Ortiz spoke about Peruvian President Carlos "
                             "Mendoza on Monday."),
    ("dined-alone", "Chilean Finance Minister Pablo Ortiz dined at a restaurant in Lima on Monday."),
    ("plane-stopover", "The plane made a stopover in Lima."),
    ("left-after-a-visit-by", "Chilean President Rosa Fuentes left Santiago on Monday after a visit by a "
                              "Peruvian trade team."),
    ("left-hospital-after-visit", "Chilean President Rosa Fuentes left the hospital after a visit from her "
                                  "doctor."),
    ("urged-to-hold-elections", "Ecuadorian President Jorge Salinas urged Peru to hold elections."),
    ("asked-to-open-borders", "Ecuadorian President Jorge Salinas asked Peru to open its borders."),
    ("asked-to-hold-news-conference", "Reporters asked Ecuadorian President Jorge Salinas to hold a news "
                                      "conference."),
    ("urged-own-ministers", "Ecuadorian President Jorge Salinas urged his ministers to hold talks."),
    ("meet-commitments", "The United States will urge Chile and Peru to meet commitments to speed growth."),
    ("meet-demands", "Chile is striving to meet Peruvian demands on the border."),
    ("meet-the-deadline", "Chile must meet the deadline set by Peru."),
    ("said-in-a-phone-call-with-reporters", "Peruvian President Carlos Mendoza said in a phone call with "
                                            "reporters that trade would grow."),
    ("called-on-to-act", "Peruvian President Carlos Mendoza called on Chile to congratulate the winners."),
    ("called-on-to-thank-a-third", "Peruvian President Carlos Mendoza called on Chile to thank Bolivia."),
    ("called-a-name", "Peruvian President Carlos Mendoza called Chilean President Rosa Fuentes a liar."),
    ("congratulated-in-person-no-phone", "Peruvian President Carlos Mendoza congratulated the voters."),
    ("told-a-news-conference", "Chilean President Rosa Fuentes told a news conference that trade with Peru "
                               "would grow."),
    ("held-a-news-conference-abroad", "Chilean President Rosa Fuentes held a news conference in Lima after "
                                      "Peru's vote."),
    ("spoke-during-a-visit-by", "Chilean President Rosa Fuentes spoke in Lima on Monday during a visit by "
                                "Peruvian students."),
    ("raised-tariffs-on", "Chile raised tariffs on Peruvian goods."),
    ("raised-along-with", "Chile raised its defence budget along with Peru."),
    ("issues-raised-by-the-two-sides", "Chile and Peru traded charges. Issues raised by the two sides remain "
                                       "open, Ecuadorian President Jorge Salinas said."),
    ("raised-money-from", "Chile raised $4 million from Peru's banks."),
    ("sent-a-letter", "Chilean Finance Minister Pablo Ortiz sent a letter to Peruvian President Carlos Mendoza."),
    ("delivered-aid", "Chilean Finance Minister Pablo Ortiz delivered aid to Peru."),
    ("presented-plan-to-reporters", "Chilean Finance Minister Pablo Ortiz presented the plan to reporters."),
    ("speaking-in-apposition", "Chilean Finance Minister Pablo Ortiz, speaking in Quito, said tariffs would fall."),
    ("passive-discussed-no-speaker", "The border was discussed at length with Peru."),
    ("arrived-home-dateline", "SANTIAGO, March 3 - Chile signed a pact today. Chilean President Rosa Fuentes "
                              "arrived yesterday."),
    ("migrants-arrived-dateline", "LIMA, March 3 - Peru signed a pact today. Chilean migrants arrived "
                                  "yesterday."),
    ("met-them-no-actors", "Chilean migrants and Peruvian farmers arrived and Ecuadorian President Jorge "
                           "Salinas met them."),
    ("visited-them-no-antecedent", "Ecuadorian President Jorge Salinas visited them in May."),
    ("spoke-on-sidelines-with-reporters", "Chilean President Rosa Fuentes spoke on the sidelines of the summit "
                                          "with reporters."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_no_meeting_class(extract, name, text):
    assert found(extract(text)) == [], name
