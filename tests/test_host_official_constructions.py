"""A wire's visit: the officials a visitor meets, named by title alone, are the host's, not the
dateline's (the visitor's capital). Made-up names, places and wording."""
from __future__ import annotations

import pytest
from actor_helpers import country_of


@pytest.mark.parametrize("text,name,iso3", [
    # the visit's place in the sentence before
    ("WASHINGTON, April 3 - U.S. Commerce Secretary Harold Brennan leaves on Monday for a trip to Asia "
     "to improve trade with Japan, Thailand and Indonesia. Brennan will be in Tokyo from May 2 to 5. He will meet Omar Tellwick, minister for industry and trade, "
     "and address a business group.", "Omar Tellwick", "JPN"),
    # the state of the leader met in the sentence before
    ("WASHINGTON, April 3 - U.S. Commerce Secretary Harold Brennan leaves on Monday for a trip to Asia "
     "to improve trade with Japan, Thailand and Indonesia. Brennan will meet Thai Prime Minister Somchai "
     "Wattana on May 6 to discuss investment. He will also meet Finance Minister Omar Tellwick.",
     "Omar Tellwick", "THA"),
])
def test_an_official_met_on_a_visit_is_the_hosts(extract, text, name, iso3):
    assert country_of(extract(text, date="1987-04-03"), name) == iso3


@pytest.mark.parametrize("name", ["Pedro Santos", "Luis Reyes"])
def test_two_titled_officials_met_on_a_visit_are_the_hosts(extract, name):
    # the parser hangs the first name on the second ("meet Secretary A and Secretary B"), and a title
    # one state bears chiefly (Britain's "Trade and Industry Secretary") is shared with the host
    e = extract("WASHINGTON, April 17 - U.S. Commerce Secretary John Roe leaves on Saturday on a trip "
                "to Asia. In Manila, Roe will meet Philippines President Maria Cruz. He will also meet "
                "Finance Secretary Pedro Santos and Trade and Industry Secretary Luis Reyes.", date="1987-04-17")
    assert country_of(e, name) == "PHL"


def test_a_title_the_host_shares_is_the_hosts_though_its_chief_bearer_is_named(extract):
    e = extract("WASHINGTON, April 17 - U.S. Commerce Secretary John Roe leaves on Saturday for Asia, where "
                "Britain and Japan compete for contracts. In Manila, Roe will meet Philippines President Maria "
                "Cruz. He will also meet Finance Secretary Pedro Santos and Trade and Industry Secretary "
                "Luis Reyes.", date="1987-04-17")
    assert country_of(e, "Luis Reyes") == "PHL"


def test_an_ambassador_met_on_a_visit_is_not_the_hosts(extract):
    e = extract("WASHINGTON, April 17 - U.S. Commerce Secretary John Roe leaves on Saturday for Asia. "
                "Roe will be in Peking from April 21 to 24. He will meet Ambassador Walter Pike and "
                "trade minister Zhou Ming.", date="1987-04-17")
    assert country_of(e, "Zhou Ming") == "CHN"
    assert country_of(e, "Walter Pike") != "CHN"


def test_an_official_meeting_a_visitor_at_home_stays_the_datelines(extract):
    e = extract("OTTAWA, April 3 - Dutch Foreign Minister Pieter Vandermolen arrived on Monday. "
                "Vandermolen was in Montreal on Sunday. He will meet Trade Minister Colin Ashgrove on Tuesday.",
                date="1987-04-03")
    assert country_of(e, "Colin Ashgrove") == "CAN"
