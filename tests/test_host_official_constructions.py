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


def test_an_official_meeting_a_visitor_at_home_stays_the_datelines(extract):
    e = extract("OTTAWA, April 3 - Dutch Foreign Minister Pieter Vandermolen arrived on Monday. "
                "Vandermolen was in Montreal on Sunday. He will meet Trade Minister Colin Ashgrove on Tuesday.",
                date="1987-04-03")
    assert country_of(e, "Colin Ashgrove") == "CAN"
