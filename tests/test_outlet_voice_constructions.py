"""Whose words a quote is when an outlet or a document speaks. A news outlet is a source, left out of the
actors, but its own quoted words ("Tass said the plan was “…”", "the editorial read") are the outlet's; an
outlet that quotes someone ("Reuters quoted a commander as saying") never speaks. A document named for the
first time with no author ("“…,” read the communique issued after the meeting") is the body that spoke
just before; a joint one is no single party's. Made-up sentences only."""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

CASES = [
    ("outlet subject", "The Soviet news agency Tass said the proposal was \"a serious step towards reducing "
     "tensions in Europe and beyond.\"", "serious step", "1987-05-04", "TASS"),
    ("outlet editorial", "The Global Times criticised new Western sanctions in an editorial on Monday. \"Those "
     "who try to contain our development will only end up isolating themselves,\" the editorial read.",
     "contain our development", "2021-03-23", "Global Times"),
    ("communique of a body", "The African Union Peace and Security Council on Friday called for an immediate "
     "ceasefire in the east of the country. \"The Council strongly condemns all attacks on civilians and on "
     "peacekeepers,\" read the communiqué issued after the meeting.", "strongly condemns", "2023-03-12",
     "African Union Peace and Security Council"),
]


@pytest.mark.parametrize("name,text,fragment,date,who", CASES, ids=[c[0] for c in CASES])
def test_the_outlet_or_body_speaks(extract, name, text, fragment, date, who):
    assert speaker(extract, text, fragment, date=date) == who


def test_an_outlet_that_quotes_someone_does_not_speak(extract):
    text = ("Army commander General Omar Tahir said his forces would not attend the talks. Reuters quoted a "
            "field commander of the Rapid Support Forces, who did not give his name, as saying: \"We are ready to "
            "go to the talks tomorrow and the army is the one running from peace.\"")
    assert speaker(extract, text, "ready to go", date="2023-04-24") not in ("Reuters", "Omar Tahir")


def test_an_outlet_only_cited_is_no_actor(extract):
    e = extract("Kenyan President Daniel Mwangi told Reuters in an interview that the talks would resume in "
                "Nairobi next week.", date="2024-05-02")
    assert "Reuters" not in {a.name for a in e.actors}
    assert not any(len(i.actors) > 1 and "reuters" in i.actors for i in e.interactions)


def test_a_joint_statement_speaks_for_no_single_party(extract):
    text = ("Japan and China ended two days of talks in Beijing on Sunday. \"Both sides agreed to expand trade and "
            "cultural exchanges in the coming year,\" the joint statement said.")
    assert speaker(extract, text, "expand trade", date="2024-05-02") not in ("Japan", "China")


def test_the_african_union_council_is_not_the_un_security_council(extract):
    e = extract("The African Union Peace and Security Council met in Addis Ababa on Friday.", date="2023-03-12")
    names = {a.name for a in e.actors}
    assert "African Union Peace and Security Council" in names and "UN Security Council" not in names


def test_a_one_word_state_organ_speaks_through_its_spokesman(extract):
    text = ("WASHINGTON, April 27 - Treasury Secretary Ralph Dunmore has cancelled a trip to Australia, a Treasury "
            "spokesman said. The spokesman, who asked not to be identified, said: \"I would not draw any conclusion "
            "from the cancellation at all.\"")
    assert speaker(extract, text, "draw any conclusion", date="1987-04-27") == "Treasury"


def test_the_alliance_is_the_body_whose_ministers_acted_before(extract):
    text = ("NATO foreign ministers met in Brussels on Tuesday. \"We will continue to support Ukraine for as long "
            "as it takes,\" the alliance said in a statement.")
    assert speaker(extract, text, "as long as it takes", date="2024-04-02") == "NATO"
