"""Classes of round 23, read off made-up probes of organisations speaking (the largest kind of wrong
attribution on the never-read checking sets is an organisation given no speaker): a capitalised public
service or office the NER cut at its country ("the Kenya Wildlife Service") is one organisation; a
body's name with a possessive on a plural of persons ("the United Nations Children's Fund") is not cut
at the possessive; a state's central bank is its organ; "the regulator" refers back to a body; a
document introduced with its author ("A communique issued by X", "In a statement released on Tuesday,
X urged …") speaks for that author when the story later quotes "the statement".

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker


def _names(e) -> set[str]:
    return {a.name for a in e.actors}


SERVICE_NAMES = [
    ("The Malawi Revenue Service collected more duty on tobacco this season, officials said.", "Malawi Revenue Service"),
    ("The Liberia Immigration Service deported eleven migrants on Sunday.", "Liberia Immigration Service"),
    ("The Zambia Wildlife Bureau reported a fall in poaching along the Luangwa.", "Zambia Wildlife Bureau"),
]


@pytest.mark.parametrize("text,name", SERVICE_NAMES)
def test_a_public_service_cut_at_its_country_is_one_body(extract, text, name):
    e = extract(text)
    assert name in _names(e), _names(e)


def test_a_public_service_speaks_as_the_agency(extract):
    text = ("The Uganda Wildlife Service counted fewer elephants in the north this year. \"Rangers found nine "
            "carcasses near the river in March alone,\" the agency said.")
    assert speaker(extract, text, "nine carcasses") == "Uganda Wildlife Service"


PEOPLES_POSSESSIVES = [
    ("The United Nations Children's Fund said on Monday that schools in the valley had reopened.",
     "United Nations Children's Fund", "United Nations Children"),
    ("The National Women's Council said it would train two thousand farmers this year.",
     "National Women's Council", "National Council"),
]


@pytest.mark.parametrize("text,whole,cut", PEOPLES_POSSESSIVES)
def test_a_possessive_on_a_plural_of_persons_stays_inside_the_name(extract, text, whole, cut):
    names = _names(extract(text))
    assert cut not in names and any(whole in n or n in ("UNICEF",) for n in names), names


def test_a_states_central_bank_speaks_for_itself(extract):
    text = ("Chile's central bank raised its benchmark rate for the third time this year. \"Further tightening "
            "may be needed in the coming months,\" the central bank said in its statement.")
    who = speaker(extract, text, "Further tightening")
    assert who is not None and who != "Chile" and "central bank" in who.lower(), who


def test_the_regulator_is_the_body_just_named(extract):
    text = ("The Tanzania Coffee Board raised the price paid to growers on Friday. \"Farmers deserve a fair "
            "share of what the world pays for their beans,\" the regulator said.")
    assert speaker(extract, text, "fair share") == "Tanzania Coffee Board"


DOCUMENT_AUTHORS = [
    ("A communique issued by the Andean Trade Council after the session was short. \"Members reaffirmed "
     "their support for a common tariff,\" the communique said.", "common tariff", "Andean Trade Council"),
    ("A statement released by the Moroccan Foreign Ministry on Sunday condemned the raid. \"Morocco stands "
     "with the people of Mali in this hour,\" the statement said.", "in this hour", "Moroccan Foreign Ministry"),
    ("In a statement released on Tuesday, the Arctic Rights Alliance urged restraint. \"The police must stop "
     "using rubber bullets against fishermen,\" the statement said.", "rubber bullets", "Arctic Rights Alliance"),
]


@pytest.mark.parametrize("text,fragment,who", DOCUMENT_AUTHORS)
def test_a_document_introduced_with_its_author_speaks_for_it(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_a_fronted_document_phrase_of_another_clause_names_no_author(extract):
    text = ("After a statement by the Arctic Rights Alliance, the governor visited the harbour. \"The police "
            "acted within the law at every stage of the protest,\" the governor's office said.")
    assert speaker(extract, text, "within the law") != "Arctic Rights Alliance"


SUBJECTS_BEFORE_A_BODY = [
    ("The Kenyan government blamed al-Shabaab for the attack. \"These terrorists will answer for every life they "
     "took,\" the government said in a statement.", "every life", "Kenya"),
    ("The army attacked Boko Haram positions near Lake Chad. \"The terrorists suffered heavy losses in the "
     "fighting,\" the army said.", "heavy losses", None),
]


@pytest.mark.parametrize("text,fragment,who", SUBJECTS_BEFORE_A_BODY)
def test_a_subject_before_a_named_body_is_not_next_to_its_name(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


BODY_WORD_MODIFIERS = [
    ("Nordic Relief International suspended its work in the district after the raid. The aid group's country director said: "
     "\"We cannot put our staff at risk any longer.\"", "at risk", "Nordic Relief International"),
    ("The Zambia Electoral Commission announced the results late on Saturday. \"The count was fair and open in "
     "every single province,\" the commission's chairwoman told reporters.", "every single province",
     "Zambia Electoral Commission"),
    ("Kessel Motors Corp said on Tuesday it would close its plant in Porto. \"This is a painful but necessary "
     "step for the whole group,\" a company spokesman said.", "painful but necessary", "Kessel Motors Corp"),
]


@pytest.mark.parametrize("text,fragment,who", BODY_WORD_MODIFIERS)
def test_an_unnamed_voice_of_the_body_just_told_of(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_according_to_a_description_of_the_body(extract):
    text = ("The Sahel Relief Network sent teams to the flooded villages on Monday. \"More than 4,000 families "
            "have lost their homes since Sunday,\" according to the network.")
    assert speaker(extract, text, "4,000 families") == "Sahel Relief Network"


OTHER_OFFICIALS = [
    ("Talks with Peruvian officials ended late on Monday. Andean monetary officials said later that \"the Bolivian "
     "delegation was still inside the building.\"", "Bolivian delegation", "Peru"),
    ("Peruvian officials and Central Bank President Rosa Tello did not leave the building. Andean monetary "
     "officials said later that \"the Bolivian delegation was still inside the building.\"", "Bolivian delegation",
     "Central Bank"),
]


@pytest.mark.parametrize("text,fragment,wrong", OTHER_OFFICIALS)
def test_another_kind_of_official_is_no_namesake(extract, text, fragment, wrong):
    who = speaker(extract, text, fragment)
    assert who is None or wrong not in who, who


def test_a_gathering_presided_over_by_a_leader_has_him_as_a_party(extract):
    from meeting_helpers import assert_meetings

    e = extract("The summit of the Andean Trade Council, presided over by Chilean President Tomas Araya, opened in "
                "Santiago on Monday.", date="2024-06-12")
    assert_meetings(e, "presided", [("meet", "occurred", ("Andean Trade Council", "Tomas Araya"))])


VENUES = [("Venice", "ITA"), ("Camp David", "USA"), ("Bali", "IDN"), ("Cancun", "MEX"), ("Davos", "CHE")]


@pytest.mark.parametrize("place,iso3", VENUES)
def test_a_meeting_venue_is_read_as_a_city_of_its_state(place, iso3):
    from diplomap.extract.knowledge import load_knowledge

    city = load_knowledge().city(place)
    assert city is not None and city.iso3 == iso3, city


def test_a_visit_to_a_summit_venue_is_a_visit_to_its_state(extract):
    from meeting_helpers import assert_meetings

    e = extract("Chancellor Hanna Vogt of West Germany will go to Venice only days after the growth figures are "
                "published.", date="1987-05-20")
    assert_meetings(e, "venue", [("visit", "planned", ("Hanna Vogt", "Italy"))])


def test_a_venue_of_an_unknown_state_is_an_error(tmp_path):
    from diplomap.extract.knowledge import KnowledgeError, load_knowledge

    (tmp_path / "countries.csv").write_text("iso3,name,aliases,demonyms,capitals,metonyms\nFRA,France,,,,\n")
    (tmp_path / "organizations.csv").write_text("name,aliases,country,category\n")
    (tmp_path / "titles.csv").write_text("title,role,rank\npresident,President,1\n")
    (tmp_path / "venues.csv").write_text("place,country\nAtlantis,ATL\n")
    with pytest.raises(KnowledgeError, match="Atlantis"):
        load_knowledge(tmp_path)


def test_leaving_for_a_city_abroad_is_a_visit_to_its_state(extract):
    from meeting_helpers import assert_meetings

    e = extract("OTTAWA, May 2 - Prime Minister Claire Dubois will leave for Venice on June 5, her office said.",
                date="1987-05-02")
    assert_meetings(e, "departure", [("visit", "planned", ("Claire Dubois", "Italy"))])


PORTFOLIO_TITLES = [
    "The Egyptian delegation was led by Irrigation Minister Hany Farouk, who met Sudanese Water Minister Osman Idris.",
    "Irrigation Minister Hany Rashed met Sudanese Water Minister Osman Idris in Cairo on Monday.",
]


@pytest.mark.parametrize("text", PORTFOLIO_TITLES)
def test_a_portfolio_the_titles_list_lacks_still_opens_a_name(extract, text):
    from meeting_helpers import found

    meetings = found(extract(text, date="2024-06-12"))
    assert any("Osman Idris" in who and any(n.startswith("Hany ") for n in who) for _, _, who in meetings), meetings


def test_a_bodys_head_word_alone_names_it_again(extract):
    from meeting_helpers import assert_meetings

    e = extract("The Andean Community wants a trade accord with the Gulf states. Negotiations have been under way "
                "between the Community and the six-nation Gulf Cooperation Council (GCC) for three years.",
                date="1987-04-02")
    assert_meetings(e, "head word", [("negotiate", "occurred", ("Andean Community", "Gulf Cooperation Council"))])


def test_talks_under_way_between_two_parties(extract):
    from meeting_helpers import assert_meetings

    e = extract("Negotiations have been under way between the European Community and Peru for three years.",
                date="1987-04-02")
    assert_meetings(e, "copula between", [("negotiate", "occurred", ("European Union", "Peru"))])


def test_every_sponsor_under_whose_auspices_talks_are_held_takes_part(extract):
    from meeting_helpers import assert_meetings

    e = extract("Kenyan and Somali officials met on Monday under the auspices of the African Union and the United "
                "Nations.", date="2024-06-12")
    assert_meetings(e, "auspices", [("meet", "occurred", ("African Union", "Kenya", "Somalia", "United Nations"))])


def test_an_unqualified_legislature_is_of_the_state_its_bodies_stand_for(extract):
    e = extract("Japanese envoy Kenji Mori told Congress on Tuesday that Japan would open its markets. Congress "
                "is unconvinced, and the State Department said Congress would vote next week. The bill's fate in "
                "the Senate is uncertain. The Senate will vote on it in May.", date="1987-04-22")
    senate = next(a for a in e.actors if a.name == "Senate")
    assert senate.country == "USA"


NEWS_AGENCIES = [
    ("\"The exercise was a grave provocation,\" China's official Xinhua news agency reported.", "Xinhua"),
    ("\"The exercise was a grave provocation,\" Iran's state-run IRNA news agency reported.", "IRNA"),
    ("\"The exercise was a grave provocation,\" the official KCNA news agency said.", "KCNA"),
]


@pytest.mark.parametrize("text,outlet", NEWS_AGENCIES)
def test_a_state_news_agency_speaks_for_itself_not_its_state(extract, text, outlet):
    assert speaker(extract, text, "grave provocation") == outlet


LONG_TITLES = [
    "Other titles include the book by Nobel laureate Amira Haddad, \"I am Amira: The Story of the Girl Who Stood Up "
    "for Learning.\" The ban took effect on Monday.",
    "Figures in the \"2024 Andean Game Industry Minor Protection Report\" show a rise in play time.",
]


@pytest.mark.parametrize("text", LONG_TITLES)
def test_a_long_title_with_one_lower_case_word_is_no_quote(extract, text):
    e = extract(text)
    assert not [q for q in e.quotes if q.kind == "direct"], [(q.text, q.kind) for q in e.quotes]


def test_arriving_here_from_a_state_is_a_visit_to_it_over(extract):
    from meeting_helpers import assert_meetings

    e = extract("ABU DHABI, March 3 - French Foreign Minister Paul Giraud arrived here from Oman on Tuesday.",
                date="1987-03-03")
    assert_meetings(e, "here from", [("visit", "occurred", ("Oman", "Paul Giraud"))])


def test_a_bodys_name_opening_on_a_title_word_is_still_a_body(extract):
    text = ("The Libyan news agency JANA had quoted the General People's Committee for Foreign Liaison as saying: "
            "\"The Cairo regime is preparing an aggression against our borders.\"")
    assert speaker(extract, text, "preparing an aggression", date="1987-12-01") == \
        "General People's Committee for Foreign Liaison"
