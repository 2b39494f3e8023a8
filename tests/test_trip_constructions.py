"""Construction suite for trips (trips11): where a trip came from ("left Paris today for London", "arrived from
Helsinki", "flew in from Tokyo" under the host's dateline), a trip's stops told in a relative clause ("his
trip, which has taken him to A, B and C", "a tour which includes A and B"), and the status of a leg inside
another clause ("after having completed a trip to A", "X, who is in Rome today, will fly to Tokyo");
"England" is the United Kingdom. Made-up sentences only; same case shape as ``test_wire_journey_constructions``.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

from diplomap.extract.dates import resolve_date

CASES = [
    # --- where a trip came from: an official of another state leaving or arriving from a place was there ------
    ("left-capital-for-capital",
     "LONDON, March 27 - Nigerian Finance Minister Amos Kiprono left Paris today for London.", None,
     [("visit", "occurred", ("Amos Kiprono", "France")), ("visit", None, ("Amos Kiprono", "United Kingdom"))], []),
    ("will-leave-capital-for-capital",
     "LONDON, March 27 - Kenyan Finance Minister Amos Kiprono will leave Rome tomorrow for Bonn.", None,
     [("visit", None, ("Amos Kiprono", "Italy")), ("visit", "planned", ("Amos Kiprono", "Germany"))], []),
    ("left-own-capital-is-no-visit-there",
     "BONN, May 2 - French Foreign Minister Paul Arnaud left Paris today for Bonn.", None,
     [("visit", None, ("Germany", "Paul Arnaud"))], [("Paul Arnaud", "France")]),
    ("arrived-from-capital",
     "MOSCOW, April 9 - Secretary of State Paul Hale arrived from Helsinki aboard a U.S. Air Force plane.", None,
     [("visit", "occurred", ("Finland", "Paul Hale"))], []),
    ("flew-in-from-home-under-dateline",
     "WASHINGTON, April 9 - Japanese Vice Minister Taro Sato flew in from Tokyo for the talks.", None,
     [("visit", "occurred", ("Taro Sato", "United States"))], [("Taro Sato", "Japan")]),
    ("flew-in-yesterday-for-talks",
     "NAIROBI, June 1 - Ugandan Foreign Minister John Okello flew in yesterday for talks.", None,
     [("visit", "occurred", ("John Okello", "Kenya"))], []),
    ("on-his-way-back-from-capital",
     "TOKYO, March 2 - American Secretary of State George Hale, on his way back from Peking, said the talks "
     "went well.", None, [("visit", "occurred", ("China", "George Hale"))], []),
    ("on-his-way-home-from-state-stopped-in",
     "LIMA, March 2 - Japanese Foreign Minister Ken Ito, on his way home from Brazil, stopped in Lima.", None,
     [("visit", "occurred", ("Brazil", "Ken Ito")), ("visit", "occurred", ("Ken Ito", "Peru"))], []),
    # --- a trip's stops in a relative clause on the trip noun -------------------------------------------------
    ("trip-which-has-taken-him-to-list",
     "RIO, March 5 - Brazilian Finance Minister Tomas Arvelo told reporters his trip, which has already taken "
     "him to London, Paris and Bonn, was aimed at explaining his stance.", None,
     [("visit", "occurred", ("Tomas Arvelo", "United Kingdom")), ("visit", "occurred", ("France", "Tomas Arvelo")),
      ("visit", "occurred", ("Germany", "Tomas Arvelo"))], []),
    ("tour-which-includes-list",
     "QUITO, March 5 - Brazilian President Tomas Arvelo arrived for a four-day visit, opening a Latin American "
     "tour which includes Bolivia and Guatemala.", None,
     [("visit", "planned", ("Bolivia", "Tomas Arvelo")), ("visit", "planned", ("Guatemala", "Tomas Arvelo"))], []),
    # --- status of a leg inside another clause -----------------------------------------------------------------
    ("after-having-completed-trip-occurred",
     "RIO, March 5 - Brazilian Finance Minister Tomas Arvelo will fly to Tokyo on Sunday, after having "
     "completed a week-long trip to the United States, France and Italy.", None,
     [("visit", "planned", ("Japan", "Tomas Arvelo")), ("visit", "occurred", ("Tomas Arvelo", "United States")),
      ("visit", "occurred", ("France", "Tomas Arvelo")), ("visit", "occurred", ("Italy", "Tomas Arvelo"))], []),
    ("having-visited-opening-clause",
     "RIO, March 5 - Having visited Paris, Brazilian Finance Minister Tomas Arvelo will fly to Tokyo on Sunday.",
     None, [("visit", "occurred", ("France", "Tomas Arvelo")), ("visit", "planned", ("Japan", "Tomas Arvelo"))], []),
    ("who-is-in-capital-today-will-fly",
     "RIO, March 5 - Brazilian Finance Minister Tomas Arvelo, who is in Rome today, will fly to Tokyo on Sunday.",
     None, [("visit", "occurred", ("Italy", "Tomas Arvelo")), ("visit", "planned", ("Japan", "Tomas Arvelo"))], []),
    ("who-met-yesterday-will-fly",
     "RIO, March 5 - Brazilian Finance Minister Tomas Arvelo, who met French Prime Minister Paul Arnaud "
     "yesterday, will fly to Tokyo on Sunday.", None,
     [("meet", "occurred", ("Paul Arnaud", "Tomas Arvelo"))], []),
    ("who-will-meet-stays-planned",
     "RIO, March 5 - Brazilian Finance Minister Tomas Arvelo, who will meet French Prime Minister Paul Arnaud, "
     "said prices would rise.", None, [("meet", "planned", ("Paul Arnaud", "Tomas Arvelo"))], []),
    # --- a yearless day is the one nearest the story; a stretch of days is dated by its first -----------------
    ("visit-on-a-range-of-days-ahead-planned",
     "WASHINGTON, April 24 - Former Japanese Foreign Minister Taro Sato was here paving the way for the "
     "April 29-May 2 visit of Prime Minister Ken Ito.", "1987-04-24",
     [("visit", "planned", ("Ken Ito", "United States"))], []),
    # --- a date behind the story on a trip noun makes the trip past, whatever the modality above it ------------
    ("briefing-on-visit-last-week-occurred",
     "WASHINGTON, April 9 - Foreign Secretary John Hale's mission was to brief Secretary of State Paul Arnaud "
     "on British Prime Minister Mary Stone's visit to the Soviet Union last week.", "1987-04-09",
     [("visit", "occurred", ("Mary Stone", "Soviet Union"))], []),
    ("agreed-to-visit-last-week-stays-planned",
     "WASHINGTON, April 9 - British Prime Minister Mary Stone agreed to visit the Soviet Union last week.",
     "1987-04-09", [("visit", "planned", ("Mary Stone", "Soviet Union"))], []),
    ("visit-on-monday-stays-planned",
     "WASHINGTON, April 9 - British Prime Minister Mary Stone's visit to the Soviet Union on Monday will be "
     "short.", "1987-04-09", [("visit", "planned", ("Mary Stone", "Soviet Union"))], []),
    # --- England is the United Kingdom -------------------------------------------------------------------------
    # two states' leaders touring a site together were together; a couple abroad visit their host
    ("two-leaders-toured-a-memorial",
     "PARIS, March 5 - French President Louis Marceau and West German Chancellor Klaus Becker visited the "
     "memorial.", None, [("visit", "occurred", ("Louis Marceau", "Klaus Becker"))], []),
    ("couple-visited-a-state",
     "PARIS, March 5 - French President Louis Marceau and his wife Anne Marceau visited Japan.", None,
     [("visit", "occurred", ("Louis Marceau", "Anne Marceau", "Japan"))], []),
    ("trip-to-england",
     "RIO, March 5 - Brazilian Finance Minister Tomas Arvelo visited England last week.", None,
     [("visit", "occurred", ("Tomas Arvelo", "United Kingdom"))], []),
]

NOT_MEETINGS = [
    ("comes-from-is-no-trip", "LAGOS, June 1 - Kenyan Foreign Minister John Kamau, who comes from Mombasa, spoke."),
    ("expert-flew-in-to-help", "NAIROBI, June 1 - Ugandan expert John Okello has flown in to help."),
    ("headed-a-delegation-is-no-departure",
     "TOKYO, March 2 - Kenyan Trade Minister John Kamau headed the Japanese delegation, officials said."),
    ("private-person-left-capital", "LONDON, March 27 - Farmer Amos Kiprono left Paris today for Rome."),
    ("on-his-way-back-from-own-capital",
     "TOKYO, March 2 - Japanese Foreign Minister Ken Ito, on his way back from Tokyo, said the talks went well."),
    ("tour-with-no-traveller", "RIO, March 5 - The tour, which included Bolivia and Guatemala, was a success."),
    ("bank-of-england", "LONDON, March 5 - Bank of England officials said rates would hold."),
    # one state's people touring a site together have no host: no visit between them
    ("leader-and-sister-toured-a-factory",
     "SEOUL, March 5 - North Korean leader Pak Chol Su and his sister Pak Yong Mi visited a tractor factory."),
    ("president-and-wife-visited-a-hospital",
     "PARIS, March 5 - French President Louis Marceau and his wife Anne Marceau visited the hospital."),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_trip_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-03-16")
    assert_meetings(e, name, want, never)


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_trip_no_meeting(extract, name, text):
    assert found(extract(text, date="1987-03-16")) == [], found(extract(text, date="1987-03-16"))


@pytest.mark.parametrize("text,future,want", [
    ("April 29", False, "1987-04-29"),  # five days ahead, not last year's
    ("Feb. 18", True, "1987-02-18"),  # two months back, not next year's
    ("April 29-May 2", False, "1987-04-29"),
    ("April 16 to 27", False, "1987-04-16"),
    ("March 3, 1986", False, "1986-03-03"),
    ("on Monday", True, "1987-04-27"),  # a weekday keeps the side the status gives
])
def test_yearless_day_nearest_the_story(text, future, want):
    assert resolve_date(text, "1987-04-24", future=future) == want


def test_stops_on_a_tour_are_visits(extract):
    e = extract("Chinese Foreign Minister Liu Jianming wrapped up a four-nation African tour in Tanzania on Saturday "
                "after stops in Egypt, Tunisia and Togo.", date="2024-01-14")
    assert_meetings(e, "stops-on-a-tour", [("visit", "occurred", ("Liu Jianming", state))
                                           for state in ("Egypt", "Tunisia", "Togo", "Tanzania")])


def test_a_stop_to_fighting_is_no_visit(extract):
    assert found(extract("The army called for a stop to the fighting in Sudan.", date="2024-01-14")) == []


def test_a_counterpart_holds_the_office_of_the_one_whose_counterpart_he_is(extract):
    """"X met his Slovenian counterpart, Y. Y is expected to make a return visit": Y is a foreign minister (an
    official), so his trip is a visit."""
    e = extract("Slovak Foreign Minister Marek Hudak met his Slovenian counterpart, Tomaz Vrhunc, in Ljubljana. "
                "Vrhunc is expected to make a return visit to Bratislava in the autumn.", date="2019-03-20")
    assert next(a for a in e.actors if a.name == "Tomaz Vrhunc").role == "Foreign Minister"
    assert_meetings(e, "counterpart-return-visit", [("visit", "planned", ("Tomaz Vrhunc", "Slovakia"))])
