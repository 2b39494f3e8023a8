"""Classes a fourth battery of made-up probe stories found: calls received from several callers ("received
telephone calls on Thursday from A and B": one call with each, the "from" phrase on the verb), and a second
partner the parser buries in the first partner's time phrase ("met A on Friday and central bank governor B
on Saturday"), a visit to a city that is no capital ("visited Jeddah": its state; not "entered X in Y"), and a
person named with a style taken up by it ("Prince X arrived …. The prince was received by Y"). Made-up
sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    ("calls-received-from-two",
     "Solomon Islands Prime Minister Peter Tuhaika received telephone calls on Thursday from Australian Prime "
     "Minister Gregory Maddock and New Zealand Prime Minister Rachel Tamihana, his office said.",
     [("call", "occurred", ("Gregory Maddock", "Peter Tuhaika")), ("call", "occurred", ("Peter Tuhaika", "Rachel Tamihana"))],
     [("Gregory Maddock", "Rachel Tamihana")]),
    ("one-call-received",
     "Solomon Islands Prime Minister Peter Tuhaika received a telephone call on Thursday from Australian Prime "
     "Minister Gregory Maddock.",
     [("call", "occurred", ("Gregory Maddock", "Peter Tuhaika"))], []),
    ("second-partner-inside-the-first-time-phrase",
     "U.S. Treasury Secretary Ruth Caldecott also met Premier Cao Jianwen on Friday and central bank governor Song "
     "Jiahui on Saturday.",
     [("meet", "occurred", ("Cao Jianwen", "Ruth Caldecott")), ("meet", "occurred", ("Ruth Caldecott", "Song Jiahui"))],
     [("Cao Jianwen", "Song Jiahui")]),
    ("visit-to-a-city-no-capital",
     "Syrian Foreign Minister Walid Tarabishi, who visited Jeddah last week, said the talks went well.",
     [("visit", "occurred", ("Saudi Arabia", "Walid Tarabishi"))], []),
    ("travel-to-a-city-the-ner-calls-a-person",
     "U.S. Secretary of State Ralph Dunmore will travel to Ho Chi Minh City next week.",
     [("visit", "planned", ("Ralph Dunmore", "Vietnam"))], []),
    ("the-prince-received",
     "Saudi Foreign Minister Prince Ziyad bin Hazza al-Saud arrived in Damascus on Tuesday. The prince was received "
     "by President Ghassan Khaddour.",
     [("meet", "occurred", ("Ghassan Khaddour", "Prince Ziyad bin Hazza al-Saud"))], []),
    ("the-two-demonym-officials-visit",
     "WASHINGTON, March 12 - Argentine Economy Minister Raul Ezcurra Lamadrid, accompanied by central bank president "
     "Horacio Villafane, met International Monetary Fund managing director Pierre-Alain Dufourcq today. The two "
     "Argentine officials visited Tokyo last week.",
     [("visit", "occurred", ("Horacio Villafane", "Japan", "Raul Ezcurra Lamadrid"))], []),
    ("negotiations-with-a-hyphenated-bank",
     "Sri Lanka is due to resume negotiations with the Export-Import Bank of China next month.",
     [("negotiate", "planned", ("Export-Import Bank of China", "Sri Lanka"))], []),
    ("talks-with-a-bodys-creditors",
     "PARIS, June 2 - Ivorian Finance Minister Ange Brou held talks with Paris Club creditors on Monday.",
     [("negotiate", "occurred", ("Ange Brou", "Paris Club"))], []),
    ("agreement-on-rescheduling-after-talks",
     "PARIS, June 2 - Ivory Coast reached agreement with its Paris Club creditors on rescheduling 500 mln dlrs of "
     "official debt after two days of negotiations.",
     [("negotiate", "occurred", ("Ivory Coast", "Paris Club"))], []),
    ("a-trip-the-minister-had-planned-called-off",
     "ROME, Oct 9 - A trip to Valletta that Italian Foreign Minister Ugo Ferracuti had planned for next week has "
     "been called off, officials said.",
     [("visit", "negated", ("Malta", "Ugo Ferracuti"))], []),
    ("welcomed-at-a-capitals-airport-at-the-start-of-a-visit",
     "Colombian Vice President Ana Restrepo was welcomed at Quito's airport on Wednesday by Ecuadorian Foreign "
     "Minister Carlos Villacis at the start of a two-day visit.",
     [("visit", "occurred", ("Ana Restrepo", "Ecuador"))], []),
    ("the-visitor-to-be-received",
     "AMMAN, April 6 - Egyptian Foreign Minister Samir Fawzi arrived in Amman today on his first visit to Jordan. "
     "The visitor is due to be received by Prime Minister Adnan Khreisat tomorrow.",
     [("meet", "planned", ("Adnan Khreisat", "Samir Fawzi"))], []),
]


@pytest.mark.parametrize("name,text,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_probe4_meeting_construction(extract, name, text, want, never):
    assert_meetings(extract(text, date="2023-07-09"), name, want, never)


def test_a_letter_received_is_no_call(extract):
    e = extract("Solomon Islands Prime Minister Peter Tuhaika received a letter on Thursday from Australian Prime "
                "Minister Gregory Maddock.", date="2023-07-09")
    assert not e.interactions, e.interactions


def test_entering_a_building_in_a_city_is_no_visit(extract):
    e = extract("Saudi journalist Omar Halabi entered the consulate in Istanbul on October 2.", date="2023-07-09")
    assert not [i for i in e.interactions if i.type == "visit"], e.interactions


def test_separate_meetings_of_no_one_named_link_no_one(extract):
    e = extract("An International Monetary Fund mission wrapped up a visit to Sri Lanka on Tuesday. During its stay in "
                "Colombo, the mission held separate meetings with President Chaminda Wijesekera and central bank "
                "governor Nilanthi Abeywardena, the fund said.", date="2023-03-21")
    assert_meetings(e, "separate", [], never=[("Chaminda Wijesekera", "Nilanthi Abeywardena")])


def test_meetings_between_two_parties_still_link_them(extract):
    e = extract("Western diplomats say the meetings between IMF and Sudanese government officials do not amount to "
                "formal talks.", date="1987-03-21")
    assert_meetings(e, "between", [("meet", None, ("International Monetary Fund", "Sudan"))])


def test_talks_someone_said_would_follow_are_not_his(extract):
    e = extract("BONN, April 3 - Finance Minister Gerd Halder saw no difficulties about Italy joining the G-7 "
                "Washington talks, which he said would be preceded by other informal talks.", date="1987-04-03")
    assert_meetings(e, "said-relative", [], never=[("Gerd Halder", "G7")])


def test_the_visitor_under_a_1987_moscow_dateline_is_the_foreigner(extract):
    e = extract("MOSCOW, March 3 - British Foreign Secretary Alan Dunmore arrived in Moscow today and met Russian "
                "Deputy Premier Ivan Petrov. The visitor was later received by Soviet leader Mikhail Gorbachev.",
                date="1987-03-03")
    assert_meetings(e, "visitor-1987", [("meet", "occurred", ("Alan Dunmore", "Mikhail Gorbachev"))],
                    never=[("Ivan Petrov", "Mikhail Gorbachev")])


def test_a_partner_in_the_time_phrase_meets_once(extract):
    e = extract("U.S. Treasury Secretary Ruth Caldecott also met Premier Cao Jianwen on Friday and central bank "
                "governor Song Jiahui on Saturday.", date="2023-07-09")
    assert sorted(w for t, _, w in found(e) if t == "meet") == [("Cao Jianwen", "Ruth Caldecott"),
                                                                ("Ruth Caldecott", "Song Jiahui")]
