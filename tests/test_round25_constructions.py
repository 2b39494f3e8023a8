"""Classes of round 25, read off a new battery of made-up probes (p8) written around meetings told across
sentences: talks between states or bodies whose sides' heads are named in sentences of their own ("The
Soviet delegation is led by A", "B led the West German side", "Norway is represented by C", "…, and the IMF
team by D"); time spent closeted with a party; names after portfolios of several words and after an
associate noun ("his counter-part X"); a military rank the NER tags apart from the name; a facilitator's
arrival; and from its quote battery, "a spokesperson for the agency" after the agency was named.

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, linked

from tests.test_quote_constructions import speaker

SIDE_HEADS = [
    ("VIENNA, May 5 - An Austrian delegation opened talks with Hungary on Tuesday on a new border crossing, the "
     "Austrian Foreign Ministry said.\n    Hungary is represented by Deputy Foreign Minister Laszlo Veres.\n"
     "    The Austrian delegation is led by State Secretary Ferdinand Haberl, a ministry official said.",
     ("Laszlo Veres", "Ferdinand Haberl")),
    ("ROME, June 2 - Senior Italian and Spanish finance officials held consultations in Rome on Monday, a Treasury "
     "spokesman said.\n    Director General Carlo Benedetti led the Italian side, while Spain was represented by "
     "Treasury director Ramon Aguirre.",
     ("Carlo Benedetti", "Ramon Aguirre")),
    ("WASHINGTON, June 16 - Zambia has begun a new round of talks with the World Bank on a structural adjustment "
     "loan, bank sources said.\n    The Zambian side is led by Finance Minister Gibson Mwanza, and the World Bank "
     "team by Henrik Lindqvist, a regional director.",
     ("Gibson Mwanza", "Henrik Lindqvist")),
]


@pytest.mark.parametrize("text,who", SIDE_HEADS)
def test_the_heads_of_the_sides_of_talks_meet_in_them(extract, text, who):
    e = extract(text, date="1987-06-16")
    assert_meetings(e, "side heads", [("negotiate|meet", "occurred", who)])


def test_a_side_head_without_talks_between_the_parties_meets_no_one(extract):
    e = extract("BONN, March 3 - The West German delegation to the Geneva disarmament conference is led by "
                "Ambassador Reinhard Vollmer, the Foreign Ministry said.\n    France is represented by "
                "Ambassador Jacques Morand, who arrived on Monday.", date="1987-03-03")
    assert not linked(e, "Reinhard Vollmer", "Jacques Morand")


PRIVATE_COMPANY = [
    ("Iraqi envoy Samir Haddad was closeted for two hours on Monday with Kurdish leader Aziz Barzan at his "
     "headquarters, political sources said.", "1987-05-04", ("Samir Haddad", "Aziz Barzan")),
    ("The mediator, Karin Solberg, spent more than three hours with rebel commander Joseph Lagu on Sunday, "
     "the mission said.", "2019-05-04", ("Karin Solberg", "Joseph Lagu")),
]


@pytest.mark.parametrize("text,date,who", PRIVATE_COMPANY)
def test_time_spent_closeted_with_a_party_is_a_meeting(extract, text, date, who):
    e = extract(text, date=date)
    assert_meetings(e, "company", [("meet", "occurred", who)])


def test_time_spent_in_a_place_is_no_meeting(extract):
    e = extract("TOKYO, May 3 - Iranian Foreign Minister Ali Velayati spent three days in China last week and "
                "the weekend with his family, officials said.", date="1987-05-03")
    assert_meetings(e, "stay", [("visit", "occurred", ("Ali Velayati", "China"))])
    assert not [f for f in found(e) if f[0] == "meet"], found(e)


TWO_WORD_PORTFOLIOS = [
    ("Irish Minister for Foreign Affairs Fergal Moriarty visited the United Kingdom on Wednesday.", "Fergal Moriarty"),
    ("Nigerian Minister for Water Resources Suleiman Adamu said the dam would open in May.", "Suleiman Adamu"),
]


@pytest.mark.parametrize("text,name", TWO_WORD_PORTFOLIOS)
def test_a_name_after_a_two_word_portfolio_is_the_persons(extract, text, name):
    e = extract(text, date="2019-05-04")
    assert name in [a.name for a in e.actors if a.kind == "person"], [(a.name, a.kind) for a in e.actors]


def test_a_military_rank_tagged_apart_from_the_name_is_no_one(extract):
    e = extract("The eastern commander Field Marshal Salem Haftar met U.N. envoy Ingrid Holm in Benghazi.",
                date="2019-05-04")
    assert_meetings(e, "rank", [("meet", "occurred", ("Salem Haftar", "Ingrid Holm"))])
    assert "Field Marshal" not in [a.name for a in e.actors], [a.name for a in e.actors]


def test_a_facilitator_arriving_in_a_state_visits_it(extract):
    e = extract("Norwegian facilitator Erik Dahl arrived in Sri Lanka on Sunday on a fact-finding mission for "
                "the peace process.", date="2005-02-16")
    assert_meetings(e, "facilitator", [("visit", "occurred", ("Erik Dahl", "Sri Lanka"))])


def test_a_name_after_an_associate_noun_is_a_person(extract):
    """The NER tags the name a place or work; "counter-part" is written with a hyphen in wire copy."""
    e = extract("Austrian Farm Minister Josef Riegler said he had rounded on his West German counter-part Ignaz Huber "
                "on Sunday.", date="1987-03-31")
    assert "Ignaz Huber" in [a.name for a in e.actors if a.kind == "person"], [(a.name, a.kind) for a in e.actors]


def test_a_portfolio_of_several_words_ends_on_its_plural(extract):
    e = extract("According to Danish Minister for Foreign Economic Relations Kirsten Holmgaard, the ministers agreed "
                "to freeze new export credits.", date="1987-06-16")
    assert "Kirsten Holmgaard" in [a.name for a in e.actors if a.kind == "person"], [a.name for a in e.actors]


def test_the_age_description_is_the_person_whose_age_was_given(extract):
    text = ("Former trade minister Ramon Aguilera, 68, who now heads a farmers' union, met Agriculture Minister Lucia "
            "Ferreyra on Wednesday. “We want a fair price, not a favour,” the 68-year-old said after the meeting.")
    assert speaker(extract, text, "We want a fair price", date="2019-06-18") == "Ramon Aguilera"


def test_a_quote_a_speaker_says_in_a_statement_stays_the_speakers(extract):
    text = "Trade Minister Anna Lindgren said in a statement that the quotas were “a gift to the big exporters.”"
    assert speaker(extract, text, "a gift to the big", date="1987-07-09") == "Anna Lindgren"


TITLES_WITH_PORTFOLIOS_AS_SUBJECTS = [
    ("Irish Minister for Foreign Affairs Fergal Moriarty visited the United Kingdom on Wednesday.",
     "visit", ("Fergal Moriarty", "United Kingdom")),
    ("Deputy Minister for Foreign Economic Relations Ivan Kalinin met West German Economics Minister Martin "
     "Bangemann in Bonn.", "meet", ("Ivan Kalinin", "Martin Bangemann")),
]


@pytest.mark.parametrize("text,kind,who", TITLES_WITH_PORTFOLIOS_AS_SUBJECTS)
def test_the_name_after_a_titles_portfolio_is_the_subject_and_the_portfolio_no_one(extract, text, kind, who):
    e = extract(text, date="1987-05-04")
    assert_meetings(e, "portfolio subject", [(kind, "occurred", who)])
    assert not [a.name for a in e.actors if a.name.endswith(("Affairs", "Relations"))], [a.name for a in e.actors]


# negotiations by class: bargaining verbs and an accord "hammered out in talks"; a state's dealings with its own
# party or movement; the parties a meeting noun's "involving" clause lists
NEGOTIATIONS = [
    ("Australian and Japanese officials bargained for two days over access for Australian beef.", "occurred",
     ("Australia", "Japan"), "1987-03-30"),
    ("Canadian and American negotiators haggled over lumber quotas in Ottawa on Monday.", "occurred",
     ("Canada", "United States"), "1987-03-30"),
    ("Canada and the United States hammered out a new lumber accord in four days of talks in Washington.", "occurred",
     ("Canada", "United States"), "1987-03-30"),
    ("South Africa will not negotiate with the African National Congress while it refuses to renounce violence.",
     "negated", ("South Africa", "African National Congress"), "1987-08-11"),
    ("Zimbabwe held talks with the Movement for Democratic Change on Monday.", "occurred",
     ("Zimbabwe", "Movement for Democratic Change"), "1987-08-11"),
    ("The talks, involving Ethiopia, Egypt and Sudan, have been stalled for more than a year.", "occurred",
     ("Ethiopia", "Egypt", "Sudan"), "2019-07-10"),
    ("The negotiations, which involve Serbia and Kosovo, will resume in Brussels next week.", "planned",
     ("Serbia", "Kosovo"), "2019-07-10"),
]


@pytest.mark.parametrize("text,status,who,date", NEGOTIATIONS)
def test_negotiations_by_class(extract, text, status, who, date):
    e = extract(text, date=date)
    assert_meetings(e, "negotiation", [("negotiate", status, who)])


def test_playing_a_role_in_talks_is_no_party_to_them(extract):
    e = extract("Chancellor Helmut Weber credited Britain for playing a constructive role in talks with Ukraine.",
                date="2024-03-30")
    assert not linked(e, "Helmut Weber", "Ukraine"), found(e)


def test_a_name_spelled_by_the_acronym_in_brackets_after_it_is_one_body(extract):
    e = extract("The Movement for the Liberation of the Casamance Valley (MLCV) has offered to negotiate with Senegal's "
                "government on a ceasefire.", date="2009-06-15")
    assert "Movement for the Liberation of the Casamance Valley" in [a.name for a in e.actors], [a.name for a in e.actors]
    assert_meetings(e, "spelled", [("negotiate", "proposed", ("Movement for the Liberation of the Casamance Valley",
                                                                "Senegal"))])


def test_a_demonym_set_beside_the_name_of_an_international_official_names_him(extract):
    text = ("GENEVA, June 23 - The chief representative in Kenya of the World Food Programme, Lars Tveiten, a "
            "61-year-old Dane, appealed on Tuesday for more food aid.\n    “The rations we can give today are far "
            "too small,” the Dane said at a news conference.")
    assert speaker(extract, text, "The rations we can give", date="1987-06-23") == "Lars Tveiten"


def test_a_deal_involving_states_is_no_meeting(extract):
    e = extract("A deal involving Russia and Iran was signed in Tehran on Monday.", date="2019-07-10")
    assert not linked(e, "Russia", "Iran"), found(e)


POSTED_ADVISERS = [
    ("U.N. special adviser on Cyprus Espen Bjornstad met separately Tuesday with Greek Cypriot leader Nikos "
     "Kyprianides and Turkish Cypriot leader Mehmet Aydinli.",
     [("meet", "occurred", ("Espen Bjornstad", "Nikos Kyprianides")), ("meet", "occurred", ("Espen Bjornstad",
                                                                                           "Mehmet Aydinli"))]),
    ("The EU special representative on Kosovo Lars Wennberg met Serbian President Tomislav Jovic in Belgrade.",
     [("meet", "occurred", ("Lars Wennberg", "Tomislav Jovic"))]),
]


@pytest.mark.parametrize("text,want", POSTED_ADVISERS)
def test_a_name_after_an_advisers_posting_is_the_subject(extract, text, want):
    e = extract(text, date="2019-07-10")
    assert_meetings(e, "posted adviser", want, never=[("Nikos Kyprianides", "Mehmet Aydinli")])


# the quote's speaker, by class: a body's unnamed voice named by a body noun ("a spokesperson for the agency"), the
# same voice named again ("the spokesman", "officials of the bank"), a remark noun's author ("a remark by X that")
QUOTE_SPEAKERS = [
    ("The World Food Programme says it has reached 300,000 flood victims in Sindh. “We are running out of time "
     "and out of money,” a spokesperson for the agency said in Islamabad.", "We are running out", "World Food Programme", "2022-09-06"),
    ("The International Atomic Energy Agency sent inspectors to the plant on Monday. “The inspectors found no "
     "sign of diversion,” a spokesman for the agency told reporters in Vienna.", "The inspectors found",
     "International Atomic Energy Agency", "2022-09-06"),
    ("Foreign Minister Peter Mwale told reporters the talks had gone well. He rejected last week's remark by "
     "Portuguese envoy Rui Tavares that the embargo “would hurt the poorest families first.”",
     "would hurt the poorest", "Rui Tavares", "1987-07-09"),
    ("Trade Minister Anna Lindgren opened the meeting on Monday. She dismissed Danish minister Ole Brandt's claim "
     "that the quotas were “a gift to the big exporters and nobody else.”", "a gift to the big exporters",
     "Ole Brandt", "1987-07-09"),
    ("NEW YORK, Sept 9 - Chase Manhattan Bank will not join a new money package for Brazil until Brasilia reaches "
     "agreement with the International Monetary Fund, a spokesman for the bank said.\n    \"Our position has not "
     "changed since the moratorium was announced in February,\" the spokesman told Reuters.",
     "Our position has not changed", "Chase Manhattan Bank", "1987-09-09"),
    ("QUITO, April 2 - A mission from the World Bank left Quito on Thursday without reaching agreement with Ecuador "
     "on a new loan, officials of the bank said.\n    \"The gap on the fiscal deficit remains too wide for us to "
     "recommend a loan to the board,\" officials of the bank said in a statement issued in Washington.",
     "The gap on the fiscal deficit", "World Bank", "1987-09-09"),
]


@pytest.mark.parametrize("text,fragment,who,date", QUOTE_SPEAKERS)
def test_the_speaker_of_a_quote_by_class(extract, text, fragment, who, date):
    assert speaker(extract, text, fragment, date=date) == who


def test_the_two_leaders_are_the_last_two_persons_titled_so(extract):
    e = extract("U.N. envoy Espen Holm met separately on Tuesday with Greek Cypriot leader Nikos Kyprianides and "
                "Turkish Cypriot leader Mehmet Aydinli. The two leaders will meet in Nicosia next Wednesday.",
                date="2019-07-10")
    assert_meetings(e, "the two leaders", [("meet", "planned", ("Nikos Kyprianides", "Mehmet Aydinli"))])
