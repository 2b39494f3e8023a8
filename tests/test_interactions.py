"""Typed interactions from dependency patterns; co-occurrence is never a meeting."""
from __future__ import annotations

from diplomap.models import MEETING_TYPES


def meetings(e):
    names = {a.id: a.name for a in e.actors}
    return [(i.type, i.status, sorted(names[x] for x in i.actors), i) for i in e.interactions
            if i.type in MEETING_TYPES]


def test_summit_is_one_planned_meeting_with_all_participants(extract):
    e = extract("Starmer is set to meet with French President Emmanuel Macron, German Chancellor Olaf Scholz "
                "and Polish Prime Minister Donald Tusk in Paris on Monday for talks on Ukraine.")
    found = meetings(e)
    assert len(found) == 1
    kind, status, who, inter = found[0]
    assert kind == "meet" and status == "planned"
    assert who == ["Donald Tusk", "Emmanuel Macron", "Keir Starmer", "Olaf Scholz"]
    assert inter.location == "Paris"
    assert inter.date == "2025-02-17"  # "on Monday" after the article date 2025-02-16
    assert e.article.text[inter.start:inter.end] == inter.evidence


def test_phone_call_through_pronoun(extract):
    e = extract("U.S. President Donald Trump said he had spoken with Vladimir Putin by phone.")
    assert [(k, s, w) for k, s, w, _ in meetings(e)] == [("call", "occurred", ["Donald Trump", "Vladimir Putin"])]


def test_talks_between_countries_planned(extract):
    e = extract("The United States and Russia prepare for talks in Saudi Arabia.")
    (kind, status, who, inter), = meetings(e)
    assert (kind, status, who) == ("negotiate", "planned", ["Russia", "United States"])


def test_visit_to_a_capital_is_a_visit_to_its_state(extract):
    e = extract("British Prime Minister Keir Starmer is also expected to travel to Washington soon.")
    (kind, status, who, inter), = meetings(e)
    assert (kind, status, who) == ("visit", "planned", ["Keir Starmer", "United States"])


def test_negated_and_proposed(extract):
    e = extract("Russian President Vladimir Putin refused to meet Ukrainian President Volodymyr Zelenskyy. "
                "Zelenskyy said he was willing to meet Chinese President Xi Jinping.", date="2024-05-01")
    statuses = {tuple(w): s for _, s, w, _ in meetings(e)}
    assert statuses[("Vladimir Putin", "Volodymyr Zelenskyy")] == "negated"
    assert statuses[("Volodymyr Zelenskyy", "Xi Jinping")] == "proposed"


def test_co_occurrence_and_criticism_are_not_meetings(extract):
    e = extract("Russian President Vladimir Putin and U.S. President Joe Biden both spoke about energy prices. "
                "Biden criticized Putin over the war.", date="2022-05-01")
    assert meetings(e) == []
    assert any(i.type == "criticize" for i in e.interactions)


def test_visiting_minister_met_host(extract):
    e = extract("On Thursday in Washington, U.S. Secretary of State Antony Blinken assured visiting Australian "
                "Foreign Minister Marise Payne of support.", date="2021-05-15")
    pairs = {(k, tuple(w)) for k, _, w, _ in meetings(e)}
    assert ("meet", ("Antony Blinken", "Marise Payne")) in pairs
    assert ("visit", ("Marise Payne", "United States")) in pairs


def test_talks_with_a_states_officials_are_talks_with_its_named_delegation(extract):
    e = extract("The Georgian delegation includes Foreign Minister Nino Kavtaradze; Defense Minister "
                "Levan Beridze; and chief negotiator Tamar Kiknadze. On Friday, U.S. Secretary of State "
                "Marco Rubio will hold talks with Georgian officials in Geneva.", date="2025-03-10")
    (kind, status, who, inter), = meetings(e)
    assert kind == "negotiate" and status == "planned"
    assert who == ["Levan Beridze", "Marco Rubio", "Nino Kavtaradze", "Tamar Kiknadze"]


def test_a_small_groupings_own_summit_is_a_meeting_of_its_members(extract):
    e = extract("In March, Quad leaders agreed at a virtual summit to counter coercion at sea.",
                date="2021-04-16")
    (kind, status, who, inter), = meetings(e)
    assert kind == "call"  # a virtual summit
    assert who == ["Australia", "India", "Japan", "United States"]


def test_a_meeting_with_a_grouping_keeps_the_grouping(extract):
    e = extract("U.S. Secretary of State Marco Rubio is scheduled to hold meetings with G7 foreign ministers.",
                date="2025-03-10")
    (kind, status, who, inter), = meetings(e)
    assert who == ["G7", "Marco Rubio"]


def test_speaking_to_ones_own_lawmakers_is_no_meeting(extract):
    e = extract("Speaking to British lawmakers last month, British Prime Minister Keir Starmer said a deal "
                "was vital.", date="2025-03-10")
    assert meetings(e) == []


def test_dates_resolved_against_the_article_date():
    from diplomap.extract.dates import resolve_date

    assert resolve_date("on Monday", "2024-06-10") == "2024-06-10"  # a Monday story's Monday
    assert resolve_date("Tuesday", "2024-06-10") == "2024-06-04"
    assert resolve_date("Tuesday", "2024-06-10", future=True) == "2024-06-11"
    assert resolve_date("in 2023", "2024-06-10") == "2023-01-01"
    assert resolve_date("three-year", "2024-06-10") is None


def test_seats_of_power_are_places(extract):
    e = extract("French President Emmanuel Macron hosted German Chancellor Olaf Scholz at the Elysee Palace.")
    (kind, status, who, inter), = meetings(e)
    assert inter.location == "Elysee Palace"


def test_ministers_of_two_states_meeting(extract):
    e = extract("The foreign ministers of Japan and South Korea are expected to meet later this month.")
    assert [(k, s, w) for k, s, w, _ in meetings(e)] == [("meet", "planned", ["Japan", "South Korea"])]


def test_possessive_in_a_phrase_after_the_object_is_the_object(extract):
    e = extract("German Chancellor Olaf Scholz criticized Hungarian Prime Minister Viktor Orban over his "
                "visit to Moscow.", date="2024-07-06")
    assert [(k, w) for k, _, w, _ in meetings(e)] == [("visit", ["Russia", "Viktor Orbán"])]


def test_phoning_is_a_call_naming_is_not(extract):
    e = extract("Russian President Vladimir Putin told reporters that Turkish President Recep Tayyip Erdogan "
                "had called him. U.S. President Donald Trump called Russian President Vladimir Putin a dictator. "
                "Trump called on Putin to end the war.", date="2025-03-10")
    assert [(k, w) for k, _, w, _ in meetings(e)] == [("call", ["Recep Tayyip Erdogan", "Vladimir Putin"])]


def test_hyphenated_pairs_name_the_parties(extract):
    e = extract("U.S. President Donald Trump flew to Vietnam to see North Korean leader Kim Jong Un. "
                "The Trump-Kim summit in Hanoi ended without a deal. U.S.-China trade talks resumed in Geneva. "
                "Russian President Vladimir Putin left without meeting U.S. President Donald Trump.",
                date="2019-03-01")
    found = [(k, s, w) for k, s, w, _ in meetings(e)]
    assert ("meet", "occurred", ["Donald Trump", "Kim Jong Un"]) in found
    assert ("negotiate", "occurred", ["China", "United States"]) in found
    assert ("meet", "negated", ["Donald Trump", "Vladimir Putin"]) in found


def test_a_delegation_led_by_someone(extract):
    e = extract("A Ukrainian delegation led by Foreign Minister Andrii Sybiha arrived in Jeddah. "
                "U.S. Secretary of State Marco Rubio held talks with Ukrainian officials on Tuesday.",
                date="2025-03-11")
    assert [(k, w) for k, _, w, _ in meetings(e)] == [("negotiate", ["Andrii Sybiha", "Marco Rubio"])]


def test_the_two_leaders_are_the_last_two_people_named(extract):
    e = extract("U.S. President Joe Biden welcomed Japanese Prime Minister Fumio Kishida to Washington. "
                "The two leaders held talks on China. Both sides agreed to meet again in Tokyo next year.",
                date="2024-04-10")
    found = [(k, w) for k, _, w, _ in meetings(e)]
    assert ("negotiate", ["Fumio Kishida", "Joe Biden"]) in found
    assert all("China" not in w for _, w in found)  # "both sides" is not counted back to states


def test_with_phrase_on_the_light_verb(extract):
    e = extract("Chinese Foreign Ministry spokesperson Fu Cong noted that China will convene a meeting in Beijing "
                "with Iran and Russia on Friday.", date="2025-03-12")
    (kind, status, who, inter), = meetings(e)
    assert (kind, status, who, inter.location) == ("meet", "planned", ["China", "Iran", "Russia"], "Beijing")


def test_a_meeting_that_is_only_a_possibility_is_proposed(extract):
    e = extract("Experts think there is little chance that another summit will take place between Washington "
                "and Pyongyang this year.", date="2020-01-12")
    assert [(k, s, w) for k, s, w, _ in meetings(e)] == [("meet", "proposed", ["North Korea", "United States"])]
