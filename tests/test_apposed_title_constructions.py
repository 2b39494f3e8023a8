"""A long title and the name set off by a comma after it ("met Pakistan's minister for climate change,
X Y, in Karachi"; "with Qatar's minister of state for foreign affairs, X Y,"): the parser hangs the name on
the verb, not on the title, yet the name is the minister — a person, a participant, of the title's state.
Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import assert_meetings, found


def _country(e, name: str) -> str | None:
    return next(a.country for a in e.actors if a.name == name)


def test_the_object_title_names_the_participant(extract):
    e = extract("Germany's development minister, Petra Lindauer, toured a flooded district on Tuesday. Lindauer met "
                "Pakistan's minister for climate change, Sadia Rehman Khattak, in Karachi on Monday evening.",
                date="2022-11-08")
    assert_meetings(e, "object", [("meet", "occurred", ("Petra Lindauer", "Sadia Rehman Khattak"))],
                    never=[("Petra Lindauer", "Pakistan")])
    assert _country(e, "Sadia Rehman Khattak") == "PAK"


def test_a_title_of_state_for_a_portfolio(extract):
    e = extract("Egypt's foreign minister, Hossam El-Din Mansour, spoke by phone Monday with Qatar's minister of "
                "state for foreign affairs, Khalifa bin Saad Al-Kuwari, about a cease-fire.", date="2024-02-27")
    assert_meetings(e, "of-state", [("call", "occurred", ("Hossam El-Din Mansour", "Khalifa bin Saad Al-Kuwari"))],
                    never=[("Hossam El-Din Mansour", "Qatar")])
    assert _country(e, "Khalifa bin Saad Al-Kuwari") == "QAT"


def test_a_subject_with_a_long_title(extract):
    e = extract("Zambia's minister of mines and minerals development, Mulenga Kapwepwe, met Chinese Vice Premier "
                "Liu Weiguo in Lusaka on Tuesday.", date="2024-05-06")
    assert_meetings(e, "subject", [("meet", "occurred", ("Liu Weiguo", "Mulenga Kapwepwe"))])
    assert _country(e, "Mulenga Kapwepwe") == "ZMB"


def test_a_name_that_opens_its_own_clause_is_not_the_title(extract):
    e = extract("French President Jean Morel met the prime minister, Lukas Brenner said on Friday, without "
                "giving details.", date="2024-05-03")
    assert not any("Lukas Brenner" in who for _, _, who in found(e)), found(e)


def test_a_title_for_a_region_does_not_open_the_name(extract):
    e = extract("NAIROBI, May 15 - World Bank vice-president for Africa Edward Harrington wrapped up a ten-day tour of "
                "Kenya and Tanzania today.", date="1987-05-15")
    assert "Edward Harrington" in {a.name for a in e.actors}
    assert_meetings(e, "region-title", [("visit", "occurred", ("Edward Harrington", "Kenya")),
                                        ("visit", "occurred", ("Edward Harrington", "Tanzania"))])
