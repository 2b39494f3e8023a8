"""Construction suite for visits told beyond a plain "to" phrase (travel15): a journey noun's own stops ("a
tour of A, B and C", ``circuit_noun``), places apposed to a group noun ("visited OPEC members A, B and C",
"flew to two Gulf states, A and B"), being on a trip under a dateline ("X is on the first leg of a tour of
European capitals"), a visit in a trip's "with" phrase ("flying to Tokyo, with a possible visit to Canada",
no dateline visit then), a state's mission abroad ("a Brazilian mission is now in Japan"), a traveller
awaited or coming ("X is expected in Seoul", "X is due here", "X would come to Tokyo"), a trip's own
itinerary verb ("his trip will include stops in A and B", "will take him to A and B"), a stretch or a stay
("in the middle of a visit to A", "a week-long stay in A"), going on or back ("proceeds to Seoul", "X, back
from Tokyo, said"), acting in a list of states ("they sought support in A, B and C": ``errands``) and an
invitation ("was invited to Tokyo for talks", "Y invited X to Tokyo": a proposed visit). Made-up sentences
only; same case shape as ``test_trip_constructions``."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    # --- a tour's own "of" phrase names its stops, not the dateline's state ----------------------------------
    ("tour-of-three-states",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo began a tour of Japan, South Korea and China on "
     "Monday.",
     [("visit", "occurred", ("Japan", "Tomas Arvelo")), ("visit", "occurred", ("South Korea", "Tomas Arvelo")),
      ("visit", "occurred", ("China", "Tomas Arvelo"))], [("Peru", "Tomas Arvelo")]),
    ("will-start-tour-of-two-states",
     "OSLO, May 4 - Kenyan Foreign Minister John Kamau will start a tour of Denmark and Sweden next week.",
     [("visit", "planned", ("Denmark", "John Kamau")), ("visit", "planned", ("John Kamau", "Sweden"))],
     [("John Kamau", "Norway")]),
    # --- places apposed to a group noun -----------------------------------------------------------------------
    ("visited-members-list",
     "LIMA, March 5 - Iranian Oil Minister Reza Tabari also visited OPEC members Gabon, Algeria and Libya.",
     [("visit", "occurred", ("Gabon", "Reza Tabari")), ("visit", "occurred", ("Algeria", "Reza Tabari")),
      ("visit", "occurred", ("Libya", "Reza Tabari"))], []),
    ("visited-producers-two-word-state",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo visited the oil producers Saudi Arabia, Kuwait "
     "and Qatar.",
     [("visit", "occurred", ("Saudi Arabia", "Tomas Arvelo")), ("visit", "occurred", ("Kuwait", "Tomas Arvelo")),
      ("visit", "occurred", ("Qatar", "Tomas Arvelo"))], []),
    ("flew-to-two-states-comma-list",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo flew to two Gulf states, Kuwait and Bahrain, last "
     "week.",
     [("visit", "occurred", ("Kuwait", "Tomas Arvelo")), ("visit", "occurred", ("Bahrain", "Tomas Arvelo"))], []),
    # --- on a trip: the subject travels, the dateline's state hosts --------------------------------------------
    ("is-on-first-leg-of-tour-not-lead",
     "LONDON, March 2 - Talks went badly. Brazilian Finance Minister Tomas Arvelo is on the first leg of a tour "
     "of European capitals.",
     [("visit", "occurred", ("Tomas Arvelo", "United Kingdom"))], []),
    ("is-on-tour-of-countries",
     "ROME, March 17 - Talks went badly. American Trade Representative Paul Hale is on a lobbying tour of EC "
     "countries.",
     [("visit", "occurred", ("Italy", "Paul Hale"))], []),
    # --- a state's mission abroad -------------------------------------------------------------------------------
    ("mission-is-in-state-for-talks",
     "LIMA, March 5 - A Brazilian mission is now in Japan for talks with creditor banks.",
     [("visit", "occurred", ("Brazil", "Japan"))], []),
    ("mission-is-in-state",
     "LIMA, March 5 - Debt talks dragged on. A Brazilian mission is now in Japan.",
     [("visit", "occurred", ("Brazil", "Japan"))], []),
    # --- a trip's companion phrase and the lead's dateline -------------------------------------------------------
    ("with-a-possible-visit",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo has decided to extend his tour, flying on Sunday to "
     "Tokyo to talk to officials, with a possible visit to Canada before he returns home.",
     [("visit", None, ("Japan", "Tomas Arvelo")), ("visit", "proposed", ("Canada", "Tomas Arvelo"))],
     [("Peru", "Tomas Arvelo")]),
    # --- awaited somewhere, coming somewhere ----------------------------------------------------------------------
    ("is-expected-in-capital",
     "TOKYO, June 2 - U.S. Secretary of State George Hale is expected in Seoul next week.",
     [("visit", "planned", ("George Hale", "South Korea"))], []),
    ("is-due-here",
     "WASHINGTON, June 2 - Japanese Prime Minister Taro Sato is due here on Wednesday.",
     [("visit", "planned", ("Taro Sato", "United States"))], []),
    ("is-expected-here",
     "WASHINGTON, June 2 - Japanese Prime Minister Taro Sato is expected here on Wednesday.",
     [("visit", "planned", ("Taro Sato", "United States"))], []),
    ("would-come-to-capital",
     "TOKYO, June 2 - Japan's foreign minister said U.S. Secretary of State George Hale would come to Tokyo next "
     "month.",
     [("visit", "planned", ("George Hale", "Japan"))], []),
    # --- a trip's itinerary told by its own verb -------------------------------------------------------------------
    ("trip-will-include-stops-in",
     "TOKYO, June 2 - U.S. Secretary of State George Hale's trip to Asia will include stops in Japan, South Korea "
     "and China.",
     [("visit", "planned", ("George Hale", "Japan")), ("visit", "planned", ("George Hale", "South Korea")),
      ("visit", "planned", ("China", "George Hale"))], []),
    ("trip-will-take-him-to",
     "TOKYO, June 2 - U.S. Secretary of State George Hale's Asian trip will take him to Japan and South Korea.",
     [("visit", "planned", ("George Hale", "Japan")), ("visit", "planned", ("George Hale", "South Korea"))], []),
    # --- acting in a list of places: a trip through each ------------------------------------------------------
    ("they-sought-support-in-list",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo and Brazilian central bank chief Jose Ramos visited "
     "Washington last week. This week they have sought official support in Britain, France and Italy.",
     [("visit", "occurred", ("Jose Ramos", "Tomas Arvelo", "United States")),
      ("visit", "occurred", ("Tomas Arvelo", "United Kingdom")), ("visit", "occurred", ("France", "Tomas Arvelo")),
      ("visit", "occurred", ("Italy", "Tomas Arvelo"))], []),
    ("held-talks-in-capitals",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo held talks in Bonn, Paris and Rome this week.",
     [("visit", "occurred", ("Germany", "Tomas Arvelo")), ("visit", "occurred", ("France", "Tomas Arvelo")),
      ("visit", "occurred", ("Italy", "Tomas Arvelo"))], []),
    # --- a stretch of a trip, a stay, going on, being back ------------------------------------------------------
    ("in-the-middle-of-a-visit",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo is in the middle of a visit to Japan.",
     [("visit", None, ("Japan", "Tomas Arvelo"))], []),
    ("ended-a-stay-in",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo ended a week-long stay in Japan on Monday.",
     [("visit", "occurred", ("Japan", "Tomas Arvelo"))], []),
    ("proceeds-to-capital",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo proceeds to Seoul tomorrow.",
     [("visit", "planned", ("South Korea", "Tomas Arvelo"))], []),
    ("back-from-capital-apposed",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo, back from Tokyo, said the talks went well.",
     [("visit", "occurred", ("Japan", "Tomas Arvelo"))], []),
    ("is-just-back-from",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo is just back from Seoul.",
     [("visit", "occurred", ("South Korea", "Tomas Arvelo"))], []),
    # --- an invitation is a visit offered ----------------------------------------------------------------------
    ("invited-object-to-capital",
     "TOKYO, June 2 - President Reagan invited Japanese Prime Minister Taro Sato to Washington.",
     [("visit", "proposed", ("Taro Sato", "United States"))], [("Ronald Reagan", "United States")]),
    ("invited-to-capital-for-talks",
     "LIMA, March 5 - Brazilian Finance Minister Tomas Arvelo was invited to Tokyo for talks with Japanese "
     "Finance Minister Kiichi Sato.",
     [("visit", "proposed", ("Japan", "Tomas Arvelo")), ("negotiate", "proposed", ("Kiichi Sato", "Tomas Arvelo"))],
     []),
]

NOT_VISITS = [
    ("commented-on-the-tour",
     "ROME, March 17 - Talks went badly. American Trade Representative Paul Hale commented on the tour."),
    ("reported-on-others-tour",
     "ROME, March 17 - Talks went badly. American Trade Representative Paul Hale reported on a tour of European "
     "capitals by Japanese officials."),
    ("on-tour-at-home",
     "PARIS, March 17 - Talks went badly. French Trade Minister Paul Arnaud is on a tour of European capitals."),
    ("tour-of-duty", "NAIROBI, June 1 - Talks went badly. Kenyan General John Kamau began a tour of duty."),
    ("criticised-members-list",
     "LIMA, March 5 - Talks went badly. Iranian Oil Minister Reza Tabari criticised OPEC members Gabon and Algeria."),
    ("mission-at-home", "LIMA, March 5 - Debt talks dragged on. A Brazilian mission is now in Brazil."),
    ("expected-growth-in-state",
     "TOKYO, June 2 - Talks went well. U.S. Secretary of State George Hale expected growth in Japan next year."),
    ("came-to-power", "TOKYO, June 2 - Talks went well. Japanese Prime Minister Taro Sato came to power in 1982."),
    ("came-home-to-capital",
     "TOKYO, June 2 - Talks went well. Japanese Prime Minister Taro Sato would come back to Tokyo next month."),
    ("trip-took-place-in-home",
     "TOKYO, June 2 - Talks went well. Japanese Prime Minister Taro Sato's trip will include stops in Japan."),
    ("served-in-list",
     "LIMA, March 5 - Talks went well. Brazilian Finance Minister Tomas Arvelo served in Angola and Mozambique."),
    ("invested-in-list",
     "LIMA, March 5 - Talks went well. Brazilian Finance Minister Tomas Arvelo invested in Angola and Mozambique."),
    ("said-in-one-place",
     "LIMA, March 5 - Talks went well. Brazilian Finance Minister Tomas Arvelo said in Angola that prices rose."),
    ("list-in-a-noun-phrase",
     "LIMA, March 5 - Talks went well. Brazilian Finance Minister Tomas Arvelo warned of unrest in Angola and "
     "Mozambique."),
    ("list-at-home",
     "LIMA, March 5 - Talks went well. Brazilian Finance Minister Tomas Arvelo held talks in Brasilia and Rio."),
    ("back-from-home", "LIMA, March 5 - Talks went well. Brazilian Finance Minister Tomas Arvelo, back from "
     "Brasilia, said prices rose."),
    ("drew-back-from", "LIMA, March 5 - Talks went well. Brazilian Finance Minister Tomas Arvelo pulled back from "
     "Angola."),
    ("court-stay", "LIMA, March 5 - Talks went well. The court granted a stay on Monday."),
    ("proceeded-to-item", "LIMA, March 5 - Talks went well. The vote proceeded to the next item."),
    ("went-on-vacation-to", "LIMA, March 5 - Talks went well. Chilean President Rosa Fuentes will go to Peru on "
     "vacation."),
    ("headed-delegation-to", "LIMA, March 5 - Talks went well. Chilean Foreign Minister Pablo Ortiz headed the "
     "delegation to Bolivia."),
    ("peacekeeping-mission-no-state",
     "BEIRUT, March 5 - Fighting went on. A peacekeeping mission is now in Lebanon."),
]


@pytest.mark.parametrize("name,text,want,never", CASES, ids=[c[0] for c in CASES])
def test_travel15_construction(extract, name, text, want, never):
    assert_meetings(extract(text, date="1987-03-16"), name, want, never)


@pytest.mark.parametrize("name,text", NOT_VISITS, ids=[c[0] for c in NOT_VISITS])
def test_travel15_no_visit(extract, name, text):
    e = extract(text, date="1987-03-16")
    assert [m for m in found(e) if m[0] == "visit"] == [], found(e)
