"""Classes of round 21, read off the tuning Reuters stories: a body owned by a state speaks, not the
state ("a spokesman for Ruritania's Foreign Ministry"); a royal without an office travels for a state
("Prince X went to Y"); "B will accompany A" makes B a traveller of A's visit told in the story; a
body's organ ("the council of OPEC met") sits for the body, with its chair ("chaired by X", "under the
chairmanship of X") or host ("hosted by X"); "held talks on the sidelines of the summit with X".

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

from tests.test_quote_constructions import speaker

OWNED_BODY = [
    ("BEIJING, May 4 - \"China firmly rejects these claims,\" said a spokesman for China's Foreign Ministry.",
     "firmly rejects", "China's Foreign Ministry"),
    ("MOSCOW, May 4 - \"The exercise posed no threat to anyone,\" an official of Russia's Defence Ministry told "
     "reporters.", "posed no threat", "Russia's Defence Ministry"),
    ("CAIRO, May 4 - \"The crossing will stay open through the holiday,\" said a statement from Egypt's Foreign "
     "Ministry.", "stay open", "Egypt's Foreign Ministry"),
]


@pytest.mark.parametrize("text,fragment,who", OWNED_BODY)
def test_a_body_a_state_owns_speaks_not_the_state(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2023-05-04") == who


def test_a_possessive_state_alone_still_speaks(extract):
    text = "ANKARA, May 4 - \"We will answer this in due course,\" said a statement on Turkey's behalf."
    assert speaker(extract, text, "answer this", date="2023-05-04") == "Turkey"


def test_royals_without_an_office_make_a_visit(extract):
    e = extract("LONDON, March 3 - Britain's Prince Edmund and Princess Clara went to Jordan in November.",
                date="1987-03-03")
    assert_meetings(e, "royals", [("visit", "occurred", ("Jordan", "Prince Edmund", "Princess Clara"))])


def test_a_private_person_going_abroad_makes_no_visit(extract):
    e = extract("LONDON, March 3 - Edmund Clarke went to Jordan in November.", date="1987-03-03")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


def test_who_will_accompany_a_visitor_visits_too(extract):
    e = extract("TOKYO, March 3 - Prime Minister Kenji Arata will visit Washington next month. Foreign Minister "
                "Taro Ishibe will accompany Arata, ministry officials said.", date="1987-03-03")
    assert_meetings(e, "accompany", [("visit", "planned", ("Kenji Arata", "United States")),
                                     ("visit", "planned", ("Taro Ishibe", "United States"))])


def test_accompanying_someone_who_makes_no_visit_is_no_visit(extract):
    e = extract("TOKYO, March 3 - Foreign Minister Taro Ishibe accompanied Prime Minister Kenji Arata to a "
                "factory outside Osaka.", date="1987-03-03")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


SITTINGS = [
    # a body's organ named by a common noun with the body in its "of" phrase
    ("ABU DHABI, March 3 - The general assembly of the Gulf Development Corporation met in Abu Dhabi under the "
     "chairmanship of Bahrain's Finance Minister, Ibrahim Khalil.", ("Gulf Development Corporation", "Ibrahim Khalil")),
    ("VIENNA, March 3 - The council of OPEC met in Vienna under the chairmanship of Nigerian Oil Minister Tam "
     "Obi.", ("OPEC", "Tam Obi")),
    # the chair in a passive participle after the meeting verb
    ("VIENNA, March 3 - OPEC met in Vienna, chaired by Bahrain's Finance Minister, Ibrahim Khalil.",
     ("OPEC", "Ibrahim Khalil")),
    ("DOHA, March 3 - U.S. envoy John Hale met Taliban negotiators in Doha, hosted by Qatar's foreign minister, "
     "Ahmed al-Rumi.", ("Ahmed al-Rumi", "John Hale", "Taliban")),
]


@pytest.mark.parametrize("text,who", SITTINGS)
def test_a_body_sitting_with_its_chair(extract, text, who):
    assert_meetings(extract(text, date="1987-03-03"), "sitting", [("meet", "occurred", who)])


def test_a_host_of_a_visitor_makes_no_visit_of_his_own(extract):
    e = extract("PARIS, March 3 - Prime Minister Kenji Arata will visit Berlin next month. German Chancellor Otto "
                "Brandt will host Arata at his residence.", date="1987-03-03")
    assert not any(f[0] == "visit" and "Otto Brandt" in f[2] for f in found(e)), found(e)


MARGIN_NOUNS = [
    # the parser hangs "with X" on the margin noun or its gathering, not on the meeting noun
    ("RIYADH, Dec 14 - Iraqi Foreign Minister Haidar al-Rawi held talks on the sidelines of the summit with "
     "Kuwaiti Foreign Minister Nasser al-Sabah.", ("Haidar al-Rawi", "Nasser al-Sabah")),
    ("RIYADH, Dec 14 - Iraqi Foreign Minister Haidar al-Rawi, who arrived on Monday, held bilateral talks on the "
     "sidelines with Kuwaiti Foreign Minister Nasser al-Sabah on the waterway.", ("Haidar al-Rawi", "Nasser al-Sabah")),
    ("LIMA, Nov 15 - New Zealand Trade Minister Hamish Collins had a brief conversation on the margins of the "
     "meeting with Chinese Vice Minister of Commerce Li Qingyun.", ("Hamish Collins", "Li Qingyun")),
]


@pytest.mark.parametrize("text,who", MARGIN_NOUNS)
def test_a_meeting_noun_with_its_partner_hung_on_a_margin_phrase(extract, text, who):
    assert_meetings(extract(text, date="2022-12-14"), "margins", [("meet|negotiate|call", "occurred", who)])


def test_a_topic_with_a_with_phrase_is_no_partner_of_a_meeting_noun(extract):
    e = extract("LONDON, May 4 - British Trade Minister Hamish Collins held talks on a trade deal with "
                "industry leaders on the sidelines of the fair.", date="2022-12-14")
    assert not [f for f in found(e) if "Hamish Collins" in f[2] and len(f[2]) > 1 and f[0] != "visit"], found(e)


def test_that_was_how_names_the_speaker_of_the_quote_before(extract):
    text = ("BONN, June 13 - “We are not asking for charity; we are asking for the money that was promised.” That "
            "was how Bangladesh’s climate envoy, Sadia Rahman, summed up the position of the poorest countries.")
    assert speaker(extract, text, "not asking for charity", date="2023-06-13") == "Sadia Rahman"


def test_that_is_how_with_no_person_names_no_speaker(extract):
    text = ("BONN, June 13 - “We will not give up on this agreement ever.” That is how the system has always "
            "worked in Bonn.")
    assert speaker(extract, text, "give up on this", date="2023-06-13") is None


INTERRUPTED = [
    ("TALLINN, Jan 16 - Finnish Defence Minister Mikko Lahti said the inquiry must finish. A Chinese Foreign "
     "Ministry spokesperson, asked about the ship, said: “We had nothing to do with the incident.”",
     "nothing to do", "Chinese Foreign Ministry"),
    ("TALLINN, Jan 16 - Finnish Defence Minister Mikko Lahti said the inquiry must finish. A Chinese Foreign "
     "Ministry spokesperson, asked about a ship seen near the cable, said Beijing “had nothing to do with the "
     "incident.”", "nothing to do", "Chinese Foreign Ministry"),
]


@pytest.mark.parametrize("text,fragment,who", INTERRUPTED)
def test_a_participle_set_off_by_commas_keeps_the_subject_speaking(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2024-01-16") == who


def test_the_interrupting_participle_is_no_reported_speech(extract):
    e = extract(INTERRUPTED[0][0], date="2024-01-16")
    assert not [q for q in e.quotes if q.kind == "indirect" and "asked about" in q.text], e.quotes


def test_a_clause_with_an_apposition_before_a_named_speaker_stays_reported_speech(extract):
    e = extract("MANILA, May 4 - The fourth replenishment of the soft-loan window, the Asian Development Fund, "
                "brought it to 3.6 billion dlrs, from 3.2 billion, Fujimori said.", date="1987-05-04")
    assert [q for q in e.quotes if q.kind == "indirect" and "replenishment" in q.text], e.quotes


def test_a_by_phrase_a_time_phrase_parts_from_the_visit_noun(extract):
    e = extract("WASHINGTON, March 3 - Yoder also said he did not see any way the chip dispute could be resolved "
                "before or during a Washington visit later this month by Japanese Prime Minister Kenji Arata.",
                date="1987-03-03")
    assert_meetings(e, "displaced-by", [("visit", None, ("Kenji Arata", "United States"))])


def test_a_by_phrase_of_the_verb_itself_is_no_visitor(extract):
    e = extract("WASHINGTON, March 3 - The dispute could be settled after a Washington visit by Japanese trade "
                "officials, a report by Senator Tom Yoder said.", date="1987-03-03")
    assert not [f for f in found(e) if "Tom Yoder" in f[2]], found(e)


def test_a_bodys_one_word_name_the_ner_passed_over_still_speaks(extract):
    text = ("PARIS, March 3 - French export credit agency Coface suspended its cover for export contracts with "
            "Nigeria in 1983. \"We have an open position regarding Nigeria,\" Coface sources said.")
    assert speaker(extract, text, "open position", date="1987-03-03") == "Coface"


def test_a_two_letter_term_is_no_body_mention(extract):
    e = extract("BEIJING, March 3 - China's leaders want AI companies to compete abroad. The AI Forum said it "
                "would meet in May. Chinese AI models can rival the best, experts say.", date="2025-03-03")
    assert not [a for a in e.actors if a.name == "AI"], [a.name for a in e.actors]


PORTFOLIOS = [
    ("DAR ES SALAAM, April 26 - \"Tanzania remains committed to the mediation,\" the Tanzanian Ministry of Foreign "
     "Affairs and East African Cooperation said in a statement.", "remains committed",
     "Tanzanian Ministry of Foreign Affairs and East African Cooperation"),
    ("ROME, April 26 - \"Italy remains committed to the talks,\" the Ministry of Foreign Affairs and International "
     "Cooperation said on Monday.", "remains committed", "Ministry of Foreign Affairs and International Cooperation"),
    ("BERLIN, Sept 6 - Germany's Federal Ministry for Economic Affairs and Climate Action said the tanks were full. "
     "\"We are ready for the winter now,\" the ministry said.", "ready for the winter",
     "Germany's Federal Ministry for Economic Affairs and Climate Action"),
]


@pytest.mark.parametrize("text,fragment,who", PORTFOLIOS)
def test_a_ministry_whose_portfolio_joins_two_fields_keeps_its_whole_name(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2016-04-26") == who


def test_two_bodies_joined_by_and_stay_two(extract):
    e = extract("WASHINGTON, April 26 - The World Bank and IMF said in a joint statement that they were ready.",
                date="2016-04-26")
    assert {"World Bank", "International Monetary Fund"} <= {a.name for a in e.actors}, [a.name for a in e.actors]


POSTED = [
    # a source with no state voice placed in a capital is nobody's voice; an official there is the state's
    ("BANGKOK, June 16 - Thailand protested to Laos over the shelling. \"Both sides are playing to domestic "
     "audiences,\" said an Asian diplomat in Bangkok.", "playing to domestic", None),
    ("BEIJING, June 16 - \"The market will not recover before spring,\" said a Western analyst in Beijing.",
     "will not recover", None),
    ("BEIJING, June 16 - \"We will stay here for now,\" said an official in Beijing.", "stay here", "China"),
]


@pytest.mark.parametrize("text,fragment,who", POSTED)
def test_where_a_voiceless_source_sits_is_not_who_speaks(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-06-16") == who


def test_bare_talks_after_a_lead_visit_are_the_visitor_and_the_named_host(extract):
    e = extract("NAIROBI, March 3 - Japanese Foreign Minister Kenta Arai arrived in Nairobi on Monday at the "
                "invitation of Kenyan Foreign Minister Faith Njeri. The talks focused on trade and security.",
                date="2022-03-03")
    assert_meetings(e, "lead-host", [("negotiate|meet", None, ("Faith Njeri", "Kenta Arai"))])


def test_bare_talks_after_a_lead_visit_with_no_host_named_link_no_one(extract):
    e = extract("NAIROBI, March 3 - Japanese Foreign Minister Kenta Arai arrived in Nairobi on Monday for a "
                "three-day visit. The talks focused on trade and security.", date="2022-03-03")
    assert not [f for f in found(e) if f[0] in ("meet", "negotiate")], found(e)



def test_a_bodys_mission_and_its_head_visit_where_they_are(extract):
    e = extract("CAIRO, March 3 - An IMF mission headed by Hans-Peter Wendt has been in Cairo since last week for "
                "talks on the loan.", date="2022-03-03")
    got = found(e)
    assert any(f[0] == "visit" and {"Hans-Peter Wendt", "Egypt"} <= set(f[2]) for f in got), got
    assert not [f for f in got if f[0] != "visit" and set(f[2]) == {"Hans-Peter Wendt", "International Monetary Fund"}]


TRIP_PHASES = [
    # "the first stop on a tour" read as the object of "arrived" is no carried load
    ("Japanese Foreign Minister Kenji Sato arrived in Nairobi on Monday at the invitation of Kenyan Foreign "
     "Minister Faith Wanjiku Njoroge, the first stop on a four-nation African tour.", ("Kenji Sato", "Kenya")),
    # "travels on to X": the "to" hung on "on"
    ("Japanese Foreign Minister Kenji Sato met Kenyan officials in Nairobi on Monday. Sato travels on to Tanzania, "
     "Mozambique and Madagascar later in the week.", ("Kenji Sato", "Tanzania")),
    # a body's mission and its head, there with no purpose told
    ("CAIRO, May 4 - An IMF mission led by Hans-Peter Wendt has been in Cairo since April 21, officials said.",
     ("Egypt", "Hans-Peter Wendt")),
]


@pytest.mark.parametrize("text,who", TRIP_PHASES)
def test_visits_told_through_a_trip_phase_or_an_onward_leg(extract, text, who):
    got = found(extract(text, date="2019-05-14"))
    assert any(f[0] == "visit" and set(who) <= set(f[2]) for f in got), got


def test_carrying_someone_is_still_no_visit(extract):
    e = extract("LIMA, May 14 - Peruvian Air Force planes flew the Bolivian refugees to Chile on Monday.",
                date="2019-05-14")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


TOUR_LEGS = [
    # a trip noun the object of a phase verb, its place on the verb
    ("BANGKOK, Aug 11 - Indonesian Foreign Minister Raden Wiryadi began his tour in Hanoi on Monday.",
     ("Raden Wiryadi", "Vietnam")),
    ("BANGKOK, Aug 11 - Indonesian Foreign Minister Raden Wiryadi made a stop in Vienna on Monday.",
     ("Austria", "Raden Wiryadi")),
    # "His first stop will be Hanoi"; "Hanoi, where he arrives"
    ("BANGKOK, Aug 11 - Indonesian Foreign Minister Raden Wiryadi left Jakarta today on a tour of Indochina. His "
     "first stop will be Hanoi, where he arrives on Wednesday.", ("Raden Wiryadi", "Vietnam")),
    # "X, in Oslo on the first leg of a European tour,"
    ("Norway and Japan will work together on wind power. Japanese Prime Minister Satoshi Nakada, in Oslo on the "
     "first leg of a European tour, travels to Copenhagen on Tuesday.", ("Norway", "Satoshi Nakada")),
]


@pytest.mark.parametrize("text,who", TOUR_LEGS)
def test_visits_told_through_the_legs_of_a_tour(extract, text, who):
    got = found(extract(text, date="1987-08-11"))
    assert any(f[0] == "visit" and set(who) <= set(f[2]) for f in got), got


def test_a_stop_at_a_place_at_home_is_no_visit(extract):
    e = extract("JAKARTA, Aug 11 - Indonesian Foreign Minister Raden Wiryadi began his tour in Jakarta on Monday.",
                date="1987-08-11")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


def test_bare_talks_after_an_arrival_and_a_visit_noun_of_one_trip(extract):
    e = extract("NAIROBI, March 9 - West German Economic Cooperation Minister Hartmut Lemke arrived in Nairobi today "
                "for a four-day visit as the guest of Kenyan Finance Minister Joseph Kiprono Mwangi.\n    The talks, "
                "held at the Treasury later in the day, focused on a credit for rural roads, an official said.",
                date="1987-03-09")
    assert_meetings(e, "one-trip", [("negotiate|meet", None, ("Hartmut Lemke", "Joseph Kiprono Mwangi"))])


def test_a_surname_the_tagger_reads_as_an_adjective_is_still_the_person(extract):
    e = extract("NAIROBI, March 9 - West German Economic Cooperation Minister Hartwig Lemmerz met Kenyan officials. "
                "Lemmerz leaves for Tanzania on Friday.", date="1987-03-09")
    assert_meetings(e, "adj-surname", [("visit", None, ("Hartwig Lemmerz", "Tanzania"))])


def test_a_hyphenated_surname_the_tokenizer_cuts_is_still_the_person(extract):
    e = extract("Hungarian Foreign Minister Zsolt Benedek wrote to his Croatian counterpart, Ivana Perković-Marić. "
                "A meeting between Benedek and Perković-Marić that had been planned for Thursday in Vienna was "
                "called off.", date="2015-09-23")
    assert_meetings(e, "hyphenated", [("meet", None, ("Ivana Perković-Marić", "Zsolt Benedek"))])


def test_a_portfolio_half_the_ner_reads_as_a_people_joins_its_ministry(extract):
    text = ("Malawi said Tuesday it would take the lake dispute to arbitration.\n\nAccording to a statement from the "
            "Tanzanian Ministry of Foreign Affairs and East African Cooperation, \"Tanzania remains committed to "
            "resolving the matter through the mediation panel.\"")
    assert speaker(extract, text, "remains committed", date="2016-04-26") == (
        "Tanzanian Ministry of Foreign Affairs and East African Cooperation")


BODY_JUST_BEFORE = [
    ("The Kenyan Foreign Ministry summoned the Ugandan envoy on Monday. \"We expect an apology before the end of the "
     "week,\" an official said.", "expect an apology", "Kenyan Foreign Ministry"),
    ("Germany's Federal Ministry for Economic Affairs said storage was full. The ministry has been negotiating with "
     "Norway for more gas. \"We expect to sign a long-term contract before Christmas,\" one official told Reuters.",
     "sign a long-term contract", "Germany's Federal Ministry for Economic Affairs"),
]


@pytest.mark.parametrize("text,fragment,who", BODY_JUST_BEFORE)
def test_one_unnamed_official_right_after_a_bodys_sentence_speaks_for_it(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2022-09-06") == who


def test_some_delegates_after_a_bodys_sentence_are_not_its_voice(extract):
    e = extract("MANILA, April 29 - The Asian Development Bank has restructured its departments. But some delegates "
                "said the bank was putting too much emphasis on lending more money.", date="1987-04-29")
    assert not [q for q in e.quotes if "too much emphasis" in q.text and q.speaker], e.quotes


def test_the_ministry_as_a_subject_is_the_body_named_before(extract):
    e = extract("Germany's Federal Ministry for Economic Affairs said storage was full. The ministry has been "
                "negotiating with Norway and Qatar for more supplies.", date="2022-09-06")
    got = found(e)
    assert any("Norway" in f[2] and "Germany's Federal Ministry for Economic Affairs" in f[2] for f in got), got


STATE_GROUPS = [
    # "brought A together in Accra": "together" hung on the place phrase
    ("ACCRA, Nov 28 - The meeting brought the foreign ministers of Ghana and Togo together in Accra today for "
     "five hours of talks.", ("Ghana", "Togo")),
    # "between the two countries' foreign ministers" after "officials said"
    ("Chile and Argentina agreed Thursday to map glaciers, officials said after a meeting between the two "
     "countries' foreign ministers.", ("Argentina", "Chile")),
]


@pytest.mark.parametrize("text,who", STATE_GROUPS)
def test_meetings_of_two_states_officials(extract, text, who):
    assert_meetings(extract(text, date="1987-11-28"), "state-groups", [("meet", None, who)])


def test_a_single_ministers_possessive_is_no_group(extract):
    e = extract("Chile and Argentina agreed to map glaciers, officials said after a talk with Chile's foreign "
                "minister.", date="1987-11-28")
    assert not [f for f in found(e) if set(f[2]) == {"Argentina", "Chile"}], found(e)
