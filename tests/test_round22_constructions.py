"""Classes of round 22, read off the fifth probe battery: a plural office of two states ("the defence
ministers of Peru and Bolivia", "the two countries' finance ministers") stands for the holders of that
office the story names, often only in the next sentence; "the two leaders" with nobody named before
are the two heads named just after; "X called it “…,” while Y said …" gives the quote to X, whose clause
holds it, not to the cue of the clause after it.

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

from tests.test_quote_constructions import speaker

OFFICE_GROUPS = [
    ("LIMA, June 9 - The talks, the first in three years, brought the defence ministers of Peru and Bolivia "
     "together in Lima for a day of talks on drug flights.\n    Peru's Ana Quispe Rojas and Bolivian Defence "
     "Minister Marco Villca agreed to share radar data, a Peruvian statement said.",
     ("Ana Quispe Rojas", "Marco Villca")),
    ("Kenya and Uganda agreed Monday to reopen a rail link, officials said after Sunday's meeting in Kisumu "
     "between the two countries' finance ministers.\n\nKenyan Finance Minister Wanjiru Kamau called the "
     "session productive, while her Ugandan counterpart, Okello Mugisha, said freight would move by March.",
     ("Okello Mugisha", "Wanjiru Kamau")),
]


@pytest.mark.parametrize("text,who", OFFICE_GROUPS)
def test_a_plural_office_of_two_states_is_its_named_holders(extract, text, who):
    e = extract(text, date="2024-06-10")
    assert_meetings(e, "office", [("meet", "occurred", who)])


def test_a_plural_office_with_no_holder_named_stays_with_the_states(extract):
    e = extract("The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fisheries.\n\n"
                "Norwegian analyst Lars Olsen said the talks were overdue.", date="2024-06-10")
    assert_meetings(e, "no holder", [("meet", "occurred", ("Chile", "Norway"))], never=[("Lars Olsen", "Chile")])


def test_the_two_leaders_named_only_after(extract):
    e = extract("The summit, the first since the treaty was signed, brought the two leaders together for three "
                "hours at a castle outside Prague.\n\nPolish President Tomasz Wierzbicki called it a good day for "
                "both nations. Czech Prime Minister Jan Dvorsky said the pipeline deal would be signed in May.",
                date="2024-06-10")
    assert_meetings(e, "two leaders after", [("meet", "occurred", ("Jan Dvorsky", "Tomasz Wierzbicki"))])


def test_the_two_leaders_of_one_state_named_after_are_no_pair(extract):
    e = extract("The summit brought the two leaders together for three hours.\n\nPolish President Tomasz "
                "Wierzbicki and Polish Prime Minister Adam Nowicki spoke to reporters afterwards.",
                date="2024-06-10")
    assert ("meet", "occurred", ("Adam Nowicki", "Tomasz Wierzbicki")) not in found(e), found(e)


NEXT_CLAUSE = [
    ("Kenyan Finance Minister Wanjiru Kamau called the session \"a turning point for the region,\" while her "
     "Ugandan counterpart, Okello Mugisha, said freight would move by March.", "turning point", "Wanjiru Kamau"),
    ("Opposition leader Rafael Montero described the budget as \"a gift to the banks and nobody else,\" but "
     "Finance Minister Lucia Ferrer said it would cut the deficit.", "gift to the banks", "Rafael Montero"),
]


@pytest.mark.parametrize("text,fragment,who", NEXT_CLAUSE)
def test_a_quote_held_by_the_clause_before_a_while_clause(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2024-06-10") == who


def test_a_quote_right_before_its_cue_still_goes_to_the_cue(extract):
    text = ("Rafael Montero spoke first. \"The budget is a gift to the banks and nobody else,\" Finance Minister "
            "Lucia Ferrer said, while the opposition walked out.")
    assert speaker(extract, text, "gift to the banks", date="2024-06-10") == "Lucia Ferrer"


def test_a_meeting_noun_with_one_host_is_the_visitors(extract):
    e = extract("BONN, March 4 - Portuguese Foreign Minister Rui Antunes Vieira\narrived in Bonn today on a two-day "
                "visit and was received by West\nGerman Chancellor Otto Brenner within hours of his arrival,\n"
                "government officials said.\n    The officials said the two men discussed fishing quotas and the "
                "\nCommunity's budget.\n    Vieira is due to meet Economics Minister Uwe Kessler\ntomorrow morning "
                "before flying on to Copenhagen.\n    A meeting with Foreign Minister Hans-Georg Lemke, who is\non a "
                "visit to the United States, was not possible, a Foreign\nMinistry spokesman said.", date="1987-03-04")
    assert_meetings(e, "one host", [("meet", "negated", ("Hans-Georg Lemke", "Rui Antunes Vieira"))],
                    never=[("Hans-Georg Lemke", "Otto Brenner")])


ORGAN_CHAIRS = [
    ("QUITO, May 5 - The board of the Andean Development Fund met in Quito on Monday under the chairmanship of "
     "Peruvian Finance Minister Alberto Quispe.", ("Alberto Quispe", "Andean Development Fund")),
    ("MUSCAT, May 5 - The council of the Arab Shipping Company met here earlier under the chairmanship of Oman's "
     "Transport and Communications Minister, Salim al-Harthy.", ("Arab Shipping Company", "Salim al-Harthy")),
    ("The general assembly of the Gulf Shipping Corporation met in Doha earlier under the chairmanship of Bahrain's "
     "Finance and National Economy Minister, Khalid Abdul-Rahman.", ("Gulf Shipping Corporation", "Khalid Abdul-Rahman")),
]


@pytest.mark.parametrize("text,who", ORGAN_CHAIRS)
def test_a_body_organ_sits_with_its_chair(extract, text, who):
    assert_meetings(extract(text, date="1987-05-05"), "organ chair", [("meet", "occurred", who)])


LED_TEAMS = [
    ("Norwegian mediator Kari Lunde met on Sunday with the rebel team headed by Ousmane Tiemoko Kanté.",
     ("Kari Lunde", "Ousmane Tiemoko Kanté"), "NOR"),
    ("The Irish mediator, Sean Fitzgerald, met with the separatist delegation headed by Paulo Tavita Mbeki.",
     ("Paulo Tavita Mbeki", "Sean Fitzgerald"), "IRL"),
]


@pytest.mark.parametrize("text,who,country", LED_TEAMS)
def test_the_leader_of_a_team_is_a_person_and_a_mediator_has_a_state(extract, text, who, country):
    e = extract(text, date="2023-05-08")
    assert_meetings(e, "led team", [("meet", "occurred", who)])
    assert {a.name: a.country for a in e.actors}[who[0] if country == "NOR" else who[1]] == country


def test_another_persons_name_in_a_misparsed_title_is_no_possessor(extract):
    # the parser hangs the second name on the first title ("US Ambassador …, Y"): the first person's
    # name inside that run is not the second's patron, so "Russian Ambassador" keeps its state
    e = extract("US Ambassador to the United Nations Rebecca Thornbury and Russian Ambassador Vasily Nebogatov "
                "clashed at the council on Monday over aid deliveries to Yemen.", date="2021-07-09")
    assert {a.name: a.country for a in e.actors}["Vasily Nebogatov"] == "RUS"


VOICE_PRONOUNS = [
    ("WASHINGTON, April 27 - Treasury Secretary Helen Varga has\n"
     "called off a trip to Brazil because of pressing business at\n"
     "home, including the visit this week by Argentine President\n"
     "Raul Ortiz, a Treasury spokesman said.\n"
     "    The spokesman, who asked not to be identified, said: \"I\n"
     "would not read anything into the decision...It is a question of\n"
     "timing.\"\n"
     "    But he added that the visit by the Argentine leader was \"a\n"
     "big part of the pressure of business.\"",
     "pressure of business", "Treasury"),
    ("OTTAWA, May 2 - A Canadian Foreign Ministry official said the talks with Denmark would resume in June.\n"
     "    She said the two sides were \"still some distance apart on the fishing quotas.\"", "distance apart",
     "Canadian Foreign Ministry"),
]


@pytest.mark.parametrize("text,fragment,who", VOICE_PRONOUNS)
def test_a_pronoun_after_an_unnamed_spokesman_speaks_for_his_body(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-04-27") == who


def test_a_pronoun_after_a_named_person_stays_with_the_person(extract):
    text = ("WASHINGTON, April 27 - Commerce Secretary Helen Varga has\ncalled off a trip to Brazil, a Commerce "
            "Department spokesman said.\n    Varga met the Brazilian ambassador on Friday. She said later the "
            "talks had been \"friendly and very useful for both sides.\"")
    assert speaker(extract, text, "friendly and very useful", date="1987-04-27") == "Helen Varga"


PORTFOLIO_ORGANS = [
    ("CARACAS, March 3 - \"All options are open at this moment on oil output,\" a Venezuelan energy and mines "
     "ministry source said.", "All options are open", "Venezuelan energy and mines ministry"),
    ("LIMA, March 3 - \"The new tariff will not apply to copper concentrates,\" a Peruvian trade and industry "
     "ministry official said.", "new tariff will not apply", "Peruvian trade and industry ministry"),
]


@pytest.mark.parametrize("text,fragment,who", PORTFOLIO_ORGANS)
def test_an_official_of_a_two_portfolio_ministry_speaks_for_it(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="1987-03-03") == who


def test_due_in_a_capital_with_a_date_phrase_beside_it(extract):
    e = extract("QUITO, May 3 - Colombian Foreign Minister Ana Restrepo is due in Quito in July to sign the "
                "border accord.", date="1987-05-03")
    assert_meetings(e, "due in", [("visit", "planned", ("Ana Restrepo", "Ecuador"))])


SPENT_DAYS = [
    ("NAIROBI, May 3 - Ugandan Foreign Minister Okello Mugisha spent three days in Nairobi last week.",
     ("Kenya", "Okello Mugisha")),
    ("NAIROBI, May 3 - A World Bank team led by Ingrid Solberg spent two weeks in Nairobi earlier this year, "
     "officials said.", ("Ingrid Solberg", "Kenya")),
]


@pytest.mark.parametrize("text,who", SPENT_DAYS)
def test_spending_days_in_a_state_is_a_visit(extract, text, who):
    e = extract(text, date="1987-05-03")
    assert any(t == "visit" and set(who) <= set(w) for t, _, w in found(e)), found(e)
    assert all(i.date is None or i.date >= "1987-04" for i in e.interactions)  # a span is no date


def test_spending_money_in_a_state_is_no_visit(extract):
    e = extract("NAIROBI, May 3 - Ugandan Foreign Minister Okello Mugisha spent $2 million in Kenya on roads.",
                date="1987-05-03")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


NESTED_CLOSERS = [
    ("Peru's government and the rebels ended a third round of talks in Havana on Friday. \"We told them very "
     "plainly: 'There can be no truce while the attacks go on,'\" government negotiator Lucia Vargas Llosa told a "
     "news conference.", "We told them very plainly", "Lucia Vargas Llosa"),
    ("Talks resumed in Oslo. \"Our answer to them was simple: 'Not one more village,'\" rebel commander Tomas "
     "Eduardo Rincon said.", "Our answer to them", "Tomas Eduardo Rincon"),
]


@pytest.mark.parametrize("text,fragment,who", NESTED_CLOSERS)
def test_a_quote_ending_in_a_quote_inside_it_keeps_its_speaker(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2023-11-04") == who


CHAIRS_WITH = [
    ("The African Union's Peace and Security Council met at ministerial level in Addis Ababa on Sunday, with "
     "Senegalese Foreign Minister Aminata Diop Ndiaye chairing the session.", "Aminata Diop Ndiaye"),
    ("EC farm ministers, meeting in Brussels with Belgian Agriculture Minister Paul Lenaerts in the chair, failed "
     "to agree on prices.", "Paul Lenaerts"),
]


@pytest.mark.parametrize("text,chair", CHAIRS_WITH)
def test_a_chair_named_in_a_with_phrase_sits_in_the_meeting(extract, text, chair):
    got = found(extract(text, date="2024-02-15"))
    assert any(t == "meet" and chair in w and len(w) >= 2 for t, _, w in got), got


AGED = [
    ("Opposition leader Maria Lindqvist criticised the budget on Monday. \"This budget abandons the poorest "
     "families in the country,\" the 62-year-old said.", "abandons the poorest", "Maria Lindqvist"),
    ("Former banker Tomas Ruiz joined the race. \"We will win this fight for the country,\" the 45-year-old "
     "former banker said.", "win this fight", "Tomas Ruiz"),
]


@pytest.mark.parametrize("text,fragment,who", AGED)
def test_the_n_year_old_is_the_person_just_named(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2024-02-15") == who


def test_an_n_year_old_is_nobody_named(extract):
    text = ("Former banker Tomas Ruiz joined the race. \"We will win this fight for the country,\" a 45-year-old "
            "voter said.")
    assert speaker(extract, text, "win this fight", date="2024-02-15") is None



def test_talking_with_someone_on_the_sidelines_is_in_person(extract):
    e = extract("Kenyan President William Odhiambo talked with Tanzanian President Grace Mushi on the sidelines of "
                "the summit.", date="2024-02-15")
    assert_meetings(e, "sidelines", [("meet", "occurred", ("Grace Mushi", "William Odhiambo"))])


def test_talking_with_someone_by_phone_stays_a_call(extract):
    e = extract("Kenyan President William Odhiambo spoke with Tanzanian President Grace Mushi by phone on "
                "Tuesday.", date="2024-02-15")
    assert_meetings(e, "phone", [("call", "occurred", ("Grace Mushi", "William Odhiambo"))])


KIND_OF_NAMED_BODY = [
    ("The International Atomic Energy Agency reported new findings on Monday. \"Iran has not explained the traces "
     "of uranium found at two sites,\" the U.N. nuclear watchdog said.", "has not explained",
     "International Atomic Energy Agency"),
    ("The World Food Programme halted deliveries in the north. \"Our trucks cannot reach the camps while the "
     "fighting goes on,\" the U.N. food agency said.", "trucks cannot reach", "World Food Programme"),
]


@pytest.mark.parametrize("text,fragment,who", KIND_OF_NAMED_BODY)
def test_a_body_described_by_its_parent_is_the_body_just_named(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2024-02-15") == who


def test_a_parent_named_with_no_body_before_speaks_itself(extract):
    text = "Talks resumed in Geneva. \"Both sides must show restraint,\" a U.N. spokesman said."
    assert speaker(extract, text, "show restraint", date="2024-02-15") == "United Nations"


def test_the_ministers_of_two_states_are_any_ministers_named(extract):
    e = extract("OSLO, June 9 - The talks brought the ministers of Norway and Iceland together in Oslo for a day of "
                "talks on fish.\n    Norwegian Fisheries Minister Lars Sandvik and Icelandic Trade Minister Jon "
                "Einarsson agreed to share quota data.", date="2024-06-10")
    assert_meetings(e, "ministers", [("meet", "occurred", ("Jon Einarsson", "Lars Sandvik"))])
