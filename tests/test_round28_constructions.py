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

from tests.test_quote_constructions import speaker


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


# --- batch 2: names called by the first word; quotes in reported clauses; "its radio said" -------------------

@pytest.mark.parametrize("text,pair", [
    ("Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Sunday. U.N. Secretary-General Antonio Guterres, who "
     "held talks with Abiy in Addis Ababa on Tuesday, said sanctions could end.",
     ("Abiy Ahmed", "António Guterres")),
    ("Thai Prime Minister Srettha Thavisin arrived in Hanoi on Monday. Vietnamese President Tran Quang Minh "
     "received Srettha at the presidential palace.", ("Srettha Thavisin", "Tran Quang Minh")),
])
def test_a_leader_called_by_the_first_word_of_the_name(extract, text, pair):
    e = extract(text, date="2024-01-10")
    assert linked(e, *pair), found(e)


def test_the_first_word_of_a_leader_not_named_in_full_is_no_one(extract):
    e = extract("Senator Mitch Connell said that Don, a longtime aide, had met Chinese officials in Beijing.",
                date="2018-05-04")
    assert not any(a.kind == "person" and a.name.startswith("Don") for a in e.actors), [a.name for a in e.actors]


def test_a_quote_after_a_first_word_name_goes_to_that_person(extract):
    text = ("Ethiopian Prime Minister Abiy Ahmed met Somali officials in Ankara. Abiy has described access to the "
            "sea as vital. In a speech to parliament, he said his government had \u201cno desire for war with any "
            "neighbor.\u201d")
    assert speaker(extract, text, "no desire for war", date="2024-05-04") == "Abiy Ahmed"


@pytest.mark.parametrize("text,quote,who", [
    ("Japanese Prime Minister Kenji Mori met Sri Lankan President Arun Perera in Tokyo. Mori told Perera that "
     "Japan would \u201ccontinue to play a leading role\u201d in the talks and urged all lenders to treat the "
     "debt \u201cin a transparent and fair manner.\u201d", "in a transparent", "Kenji Mori"),
    ("In Beijing, Chinese Foreign Ministry spokesperson Li Wen told a regular briefing Thursday that China "
     "\u201csupports Sri Lanka in overcoming its difficulties\u201d and would keep working with \u201crelevant "
     "countries and financial institutions\u201d to play a positive role.", "relevant countries", "Li Wen"),
])
def test_a_quote_in_a_reported_clause_is_the_tellers(extract, text, quote, who):
    assert speaker(extract, text, quote, date="2023-05-04") == who


@pytest.mark.parametrize("owner", ["clandestine radio", "statement", "spokesman"])
def test_its_voice_speaks_for_the_body_named_before(extract, owner):
    text = ("But the Khmer Rouge, the strongest of the resistance groups, rejected any contact with Phnom Penh. "
            "\u201cDemocratic Kampuchea will never negotiate with the aggressors or their puppets,\u201d "
            f"its {owner} said.")
    assert speaker(extract, text, "Democratic Kampuchea will never", date="1987-07-04") == "Khmer Rouge"


def test_a_person_noun_is_no_body_whose_name_holds_the_word(extract):
    text = ("Japan chairs the Official Creditor Committee. A visit to Beijing has been put off, according to a "
            "senior official who spoke on condition of anonymity. The official said the president would not travel "
            "\u201cuntil there is something to sign.\u201d")
    assert speaker(extract, text, "until there is something", date="2023-05-04") != "Official Creditor Committee"


def test_a_body_described_by_a_word_before_its_name(extract):
    text = ("Business consultancy Norvik & Partners puts the revenue at $2 billion. \u201cThe country is emerging "
            "as a key player in medical tourism,\u201d the consultancy says.")
    assert speaker(extract, text, "emerging as a key player", date="2019-05-04") == "Norvik & Partners"


# --- batch 3: lists the parser broke; titles coordinated before a name; "the Fund"; stances on talks ----------

def test_a_call_with_a_list_is_a_call_with_each(extract):
    e = extract("Turkish President Recep Tayyip Erdogan spoke by telephone with Qatar's Emir Sheikh Tamim, King "
                "Salman and Russian President Vladimir Putin about the crisis.", date="2017-06-10")
    assert_meetings(e, "call list", [("call", "occurred", ("Recep Tayyip Erdogan", "Vladimir Putin")),
                                     ("call", "occurred", ("Recep Tayyip Erdogan", "Salman bin Abdulaziz Al Saud"))],
                    never=[("Tamim bin Hamad Al Thani", "Vladimir Putin")])


def test_a_name_after_coordinated_titles_is_their_holder(extract):
    e = extract("Kuwait's Emir Sheikh Sabah stopped in Dubai on Wednesday morning for talks with the UAE's Vice "
                "President and Prime Minister, Sheikh Mohammed bin Rashid Al Maktoum.", date="2017-06-10")
    assert linked(e, "Sheikh Sabah", "Mohammed bin Rashid Al Maktoum"), found(e)


@pytest.mark.parametrize("text,pair", [
    ("Poland rejoined the International Monetary Fund last year and has been holding talks with the Fund on a "
     "first standby credit, bankers said.", ("International Monetary Fund", "Poland")),
    ("Hungary joined the International Monetary Fund in 1982. Budapest opened talks with the Fund on a new "
     "credit this week.", ("Hungary", "International Monetary Fund")),
])
def test_the_head_word_of_a_body_named_before_is_that_body(extract, text, pair):
    e = extract(text, date="1987-05-04")
    assert linked(e, *pair), found(e)


@pytest.mark.parametrize("text,meeting", [
    ("Iranian President Ali Mousavi met the envoy. Iranian officials have repeatedly ruled out direct "
     "negotiations with Baghdad.", ("negotiate", "negated", ("Iran", "Iraq"))),
    ("Iranian President Ali Mousavi met the envoy. Iraq has proposed talks with Tehran on the border.",
     ("negotiate", "proposed", ("Iran", "Iraq"))),
])
def test_who_refuses_or_proposes_the_talks_is_their_party(extract, text, meeting):
    assert_meetings(extract(text, date="1987-05-04"), "stance", [meeting], never=[("Ali Mousavi", "Iraq")])


def test_between_hung_on_the_place_is_the_talks(extract):
    e = extract("US President Donald Trump telephoned Sheikh Tamim on Wednesday and offered to host talks at the "
                "White House between Qatar and Saudi Arabia if necessary.", date="2017-06-10")
    assert_meetings(e, "between place", [("negotiate|meet", "proposed", ("Donald Trump", "Qatar", "Saudi Arabia"))])


# --- batch 4: a delegation's leader goes; a name set off after "the leader of X"; "executives, including X" --

@pytest.mark.parametrize("text,pair,status", [
    ("Romanian Foreign Minister Ana Lupescu led a delegation to Beijing last week.", ("Ana Lupescu", "China"),
     "occurred"),
    ("Sri Lankan State Minister of Finance Ravi Perera said he would lead a Treasury team to Beijing next month.",
     ("China", "Ravi Perera"), "planned"),
])
def test_who_leads_a_delegation_somewhere_goes_there(extract, text, pair, status):
    assert_meetings(extract(text, date="2023-05-04"), "led", [("visit", status, pair)])


def test_a_delegation_led_to_talks_is_no_visit_of_a_place(extract):
    e = extract("Romanian Foreign Minister Ana Lupescu led the delegation to the talks in Geneva.", date="2023-05-04")
    assert not any(t == "visit" for t, _, _ in found(e)), found(e)


@pytest.mark.parametrize("text,status", [
    ("Burundian President Faustin Ndayi met the leader of the main rebel alliance, former President Joseph Kamba, "
     "on Monday.", "occurred"),
    ("But President Faustin Ndayi again refused to meet the leader of the main rebel alliance, former President "
     "Joseph Kamba.", "negated"),
])
def test_a_name_set_off_after_a_title_phrase_is_its_holder_not_someone_before(extract, text, status):
    assert_meetings(extract(text, date="2021-05-04"), "set off", [("meet", status, ("Faustin Ndayi", "Joseph Kamba"))])


def test_the_named_members_of_a_plural_are_the_parties(extract):
    e = extract("South Korean President Yoon Suk Yeol arrived in Tokyo. On Friday, Yoon is scheduled to meet "
                "Japanese business executives, including Keidanren chairman Masakazu Tokura, and to speak to "
                "students.", date="2023-03-16")
    assert_meetings(e, "including", [("meet", "planned", ("Masakazu Tokura", "Yoon Suk Yeol"))],
                    never=[("Japan", "Masakazu Tokura")])


def test_both_foreign_ministers_are_the_foreign_ministers(extract):
    e = extract("Ethiopian Foreign Minister Taye Atske Selassie and his Somali counterpart Ahmed Moallim Fiqi met in "
                "Ankara. Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud were not "
                "present. African Union Commission Chairperson Moussa Faki Mahamat, who spoke by phone with both "
                "foreign ministers last week, welcomed the process.", date="2024-08-14")
    assert_meetings(e, "both ministers", [("call", "occurred", ("Moussa Faki Mahamat", "Taye Atske Selassie")),
                                          ("call", "occurred", ("Ahmed Moallim Fiqi", "Moussa Faki Mahamat"))],
                    never=[("Abiy Ahmed", "Moussa Faki Mahamat")])


def test_a_party_name_many_states_share_yields_to_the_office_held_at_the_date(extract):
    e = extract("Israeli Prime Minister Yitzhak Shamir has rejected the idea. Foreign Minister Shimon Peres, whose "
                "Labour Party shares power with Shamir's Likud bloc, supports the conference.", date="1987-12-02")
    peres = next(a for a in e.actors if a.name == "Shimon Peres")
    assert peres.country == "ISR"


# --- batch 5: knowledge — "the Indian side led by X", "his government", built places ------------------------

def test_a_side_led_by_a_person_is_that_person(extract):
    e = extract("Pakistani Foreign Secretary Abdul Sattar arrived in Delhi. Formal talks begin tomorrow, with the "
                "Indian side led by Alfred Gonsalves, a secretary in the External Affairs Ministry, officials said.",
                date="1987-05-04")
    assert linked(e, "Abdul Sattar", "Alfred Gonsalves"), found(e)


@pytest.mark.parametrize("text,meeting", [
    ("Colombian President Gustavo Petro has asked Venezuela to act as a guarantor of possible peace talks between "
     "his government and the National Liberation Army, a Marxist rebel group.",
     ("negotiate", None, ("Colombia", "National Liberation Army"))),
    ("Ethiopian Prime Minister Abiy Ahmed said talks between his administration and the Oromo Liberation Army "
     "would resume in Zanzibar.", ("negotiate", None, ("Ethiopia", "Oromo Liberation Army"))),
])
def test_a_leaders_government_is_the_leaders_state(extract, text, meeting):
    assert_meetings(extract(text, date="2023-05-04"), "his government", [meeting])


@pytest.mark.parametrize("text,place", [
    ("Sudanese officials said water from the Roseires Dam was released on Monday.", "Roseires Dam"),
    ("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 95 soldiers returned.",
     "Coordination Headquarters"),
])
def test_a_built_place_is_no_person(extract, text, place):
    e = extract(text, date="2023-05-04")
    assert not any(a.kind == "person" and place in a.name for a in e.actors), [a.name for a in e.actors]


def test_each_sides_head_named_later_leaves_the_states_their_talks(extract):
    e = extract("U.S. and Iranian officials held indirect talks in Muscat on Saturday, with Omani Foreign Minister "
                "Salim al-Harthi carrying messages between the two delegations. The U.S. side was led by special "
                "envoy Mark Ellis and the Iranian side by Foreign Minister Hamid Tavakoli.", date="2025-04-12")
    assert_meetings(e, "sides", [("negotiate", "occurred", ("Iran", "United States"))])


def test_a_three_way_call_is_one_call_among_all(extract):
    e = extract("Turkish President Recep Tayyip Erdogan spoke with Russian President Vladimir Putin and Ukrainian "
                "President Volodymyr Zelensky in a three-way video call on Monday.", date="2022-03-10")
    assert_meetings(e, "three-way", [("call", "occurred", ("Recep Tayyip Erdogan", "Vladimir Putin",
                                                           "Volodymyr Zelenskyy"))])
