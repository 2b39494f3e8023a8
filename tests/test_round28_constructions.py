"""Classes of round 28, read off long made-up stories (lv and new sets): a description whose own phrase names
its holder ("The U.S. envoy for Yemen, X,") is that person, never someone described the same way before;
"a meeting between the heads of the two services, A of X and B of Y" (a list set off after the plural
between-object); "negotiations between the two governments led by their foreign ministers, A and B"; a
trip's first or last stop told by "a tour that began in A" (leg_verb) and "took him from A to B and on to
C"; "A flew to Amman, and B arrived by road on Monday" (the second arrival is there too).

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, linked


@pytest.mark.parametrize("text,pair,never", [
    ("The U.N. envoy Lars Berglund flew to Muscat on Saturday. The U.S. special envoy for Yemen, Dan Kesselring, "
     "is expected to travel to Saudi Arabia later this month.", ("Dan Kesselring", "Saudi Arabia"), "Lars Berglund"),
    ("The U.N. envoy Lars Berglund flew to Muscat on Saturday. The U.S. special envoy for Yemen, Tom Wexler, is "
     "expected to travel to Saudi Arabia later this month.", ("Saudi Arabia", "Tom Wexler"), "Lars Berglund"),
])
def test_a_description_naming_its_holder_is_that_person(extract, text, pair, never):
    e = extract(text, date="2022-03-04")
    assert_meetings(e, "own holder", [("visit", "planned", pair)], never=[(never, pair[0])])


@pytest.mark.parametrize("text,pair", [
    ("A ceasefire was agreed on Saturday at a meeting between the heads of the two countries' border services, "
     "Ali Rahimov of Kyrgyzstan and Davron Saidov of Tajikistan.", ("Ali Rahimov", "Davron Saidov")),
    ("The deal followed two days of talks between the chief negotiators, Maria Costa of Brazil and Juan Perez "
     "of Argentina.", ("Juan Perez", "Maria Costa")),
    ("The accord capped months of negotiations between the two governments led by their trade ministers, Pedro "
     "Alcantara of Chile and Jorge Villanueva of Peru.", ("Jorge Villanueva", "Pedro Alcantara")),
])
def test_persons_listed_after_a_plural_party_are_the_parties(extract, text, pair):
    e = extract(text, date="2021-08-20")
    assert linked(e, *pair), found(e)


def test_a_list_that_speaks_is_no_party_of_the_talks_before(extract):
    e = extract("Talks between the two neighbours resumed on Monday, Kyrgyz Foreign Minister Ali Rahimov and "
                "his deputy Bakyt Osmonov said.", date="2021-08-20")
    assert not linked(e, "Ali Rahimov", "Bakyt Osmonov"), found(e)


@pytest.mark.parametrize("text,visits", [
    ("Brazilian Foreign Minister Ana Pereira arrived in Lima on Friday, the second stop of a three-nation tour "
     "that began Thursday in Bolivia.", [("Ana Pereira", "Peru"), ("Ana Pereira", "Bolivia")]),
    ("Japanese Foreign Minister Taro Kono is expected to stop in Hanoi on Sunday, at the end of a trip that began "
     "Friday in Thailand and also takes him to Laos.", [("Taro Kono", "Thailand"), ("Laos", "Taro Kono")]),
    ("The talks came days after Secretary of State John Miller ended his fourth trip to the region, a tour that "
     "took him from Amman to the Egyptian resort of Sharm el-Sheikh and on to Doha.",
     [("Jordan", "John Miller"), ("Egypt", "John Miller"), ("John Miller", "Qatar")]),
])
def test_each_leg_of_a_tour_is_a_visit(extract, text, visits):
    e = extract(text, date="2019-05-04")
    assert_meetings(e, "legs", [("visit", None, pair) for pair in visits])


def test_a_campaign_that_began_somewhere_is_no_trip(extract):
    e = extract("Colombian President Ivan Mora spoke on Monday about a rebel campaign that began in Venezuela.",
                date="2019-05-04")
    assert not linked(e, "Ivan Mora", "Venezuela"), found(e)


def test_a_second_arrival_without_a_place_shares_the_first(extract):
    e = extract("Egyptian Foreign Minister Ali Hassan flew to Amman on Sunday night, and Palestinian Foreign "
                "Minister Omar Khalil arrived by road from Ramallah on Monday morning.", date="2019-05-04")
    assert_meetings(e, "second arrival", [("visit", "occurred", ("Jordan", "Omar Khalil")),
                                          ("visit", "occurred", ("Ali Hassan", "Jordan"))])


def test_a_second_arrival_with_its_own_place_goes_there(extract):
    e = extract("Egyptian Foreign Minister Ali Hassan flew to Amman on Sunday night, and Palestinian Foreign "
                "Minister Omar Khalil arrived in Cairo on Monday.", date="2019-05-04")
    assert not linked(e, "Omar Khalil", "Jordan"), found(e)
