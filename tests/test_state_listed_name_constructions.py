"""The wire's "<state>'s <name>" list ("attended by Japan's Hideo Tanabe, West Germany's Konrad Aschenbach
…"): a name after a state's possessive, listed beside a person or opening with a known given name, is a
person even where the NER tagged it as a facility or left it untagged. "Negotiator" and "chief negotiator"
are titles, so "the official told reporters" after "chief trade negotiator X" is X. Made-up sentences only."""
from __future__ import annotations

from tests.test_quote_constructions import speaker


def _persons(e):
    return {a.name for a in e.actors if a.kind == "person"}


def test_every_name_of_a_state_possessive_list_is_a_person(extract):
    e = extract("WASHINGTON, April 8 - The meeting was attended by Japan's Hideo Tanabe, West Germany's Konrad "
                "Aschenbach, France's Edouard Lamarque and Britain's Nigel Ashcombe.", date="1987-04-08")
    assert {"Hideo Tanabe", "Konrad Aschenbach", "Edouard Lamarque", "Nigel Ashcombe"} <= _persons(e), _persons(e)


def test_the_official_is_the_negotiator_named_before(extract):
    text = ("The European Commission's chief trade negotiator, Luca Ferrandi, said on Tuesday that talks with "
            "India could end this year. \"We have never been closer to a deal,\" the official told reporters.")
    assert speaker(extract, text, "never been closer") == "Luca Ferrandi"
