"""Construction suite for two-party wire meetings (round 7), found in an audit of 1987 wire stories: a
name with a lower-case particle ("Kenyan leader Samuel arap Kiprono") is a person who can be met; a
hyphenated pair of a state and a demonym before a meeting noun ("a U.S.-Peruvian trade meeting") names its
parties; "the two presidents signed a number of agreements" is a signing, so a meeting, of the two named
before; "is likely to have a meeting" is planned; "told reporters at a briefing following talks with B": "following" is
"after". Made-up sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings

CASES = [
    ("name-with-arap-particle",
     "NAIROBI, June 2 - Ugandan President Paul Okello is likely to have a meeting with Kenyan leader Samuel "
     "arap Kiprono when he pays a two-day visit to Nairobi.", None,
     [("meet", "planned", ("Paul Okello", "Samuel arap Kiprono"))], []),
    ("state-demonym-hyphen-pair",
     "WASHINGTON, Oct 19 - Trade Representative John Hale said the pacts would help. Hale made his remarks at "
     "a U.S.-Peruvian trade meeting marking the second year of their accord.", None,
     [("meet", None, ("John Hale", "Peru"))], []),
    ("demonym-demonym-hyphen-pair",
     "Officials said the Kenyan-Ugandan talks would resume in Kampala next month.", None,
     [("negotiate", "planned", ("Kenya", "Uganda"))], []),
    ("two-presidents-signed-a-number-of-agreements",
     "MEXICO CITY, March 26 - Peruvian President Carlos Ruiz said his government was not exporting a model. "
     "Ruiz and Mexican President Pablo Ortiz issued a declaration yesterday. The two presidents also signed "
     "a number of agreements aimed at boosting trade.", None,
     [("meet", None, ("Carlos Ruiz", "Pablo Ortiz"))], []),
    # "the Kenyan leader" after "one official said …": the leader named before, not the unnamed source
    ("state-description-passes-over-unnamed-source",
     "LONDON, March 22 - President Amos Kiprono of Kenya begins a four-day state visit on Tuesday. British "
     "officials said Kiprono may ask Britain to restore relations with Sudan. But one official said the "
     "president would be told Britain still needs \"clear evidence. So far there is none.\" Britain will stress "
     "its support for a peace conference, the officials told Reuters. The Kenyan leader will hold talks with "
     "Prime Minister John Hale.", "1987-03-22",
     [("negotiate", "planned", ("Amos Kiprono", "John Hale"))], [("Kenya", "John Hale")]),
    # "following" the parser makes a participle with an object is the preposition "after"
    ("briefing-following-talks-with",
     "KASHIKOJIMA, Japan, April 26 - \"We think we can get some movement,\" Canadian Trade Minister Ana Soto "
     "told reporters at a briefing following informal talks with the U.S. and Japanese trade ministers here.",
     None, [("negotiate|meet", None, ("Ana Soto", "Japan", "United States"))], []),
    ("told-reporters-following-talks-with",
     "KASHIKOJIMA, Japan, April 26 - Canadian Trade Minister Ana Soto told reporters following informal talks "
     "with the U.S. and Japanese trade ministers that progress was made.", None,
     [("negotiate|meet", None, ("Ana Soto", "Japan", "United States"))], []),
    # (wire9) a "whose" clause the parser makes the main verb's complement: the states before it hold the talks
    ("whose-clause-broken-subject",
     "OTTAWA, June 18 - Mexico and Canada, whose two-way trade totaled about 3 billion dlrs last year, have been "
     "holding talks since last June on a pact.", None,
     [("negotiate", "occurred", ("Canada", "Mexico"))], []),
    ("whose-clause-intact-parse",
     "MANILA, June 18 - The Philippines and Japan, whose bilateral trade totaled about 6 billion dlrs last year, "
     "have been holding talks since April on a loan.", None,
     [("negotiate", "occurred", ("Japan", "Philippines"))], []),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_wire_pair_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-03-16")
    assert_meetings(e, name, want, never)


NOT_MEETINGS = [
    # talks in general ("any talks") are no event, so no meeting between the states named around them
    ("any-talks-generic",
     "BANGKOK, Oct 19 - Trade Minister John Hale told a press conference the Lima Group of 14 producers, to "
     "which Australia and Thailand belong, has emerged as an important third force in any multilateral trade "
     "talks."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_wire_pair_no_meeting(extract, name, text):
    from meeting_helpers import found
    assert found(extract(text, date="1987-10-19")) == [], found(extract(text, date="1987-10-19"))


DATELINE_VISITS = [
    # "arrived from Helsinki" under a MOSCOW dateline: where one comes from is no destination
    ("arrived-from-under-dateline",
     "MOSCOW, April 13 - U.S. Secretary of State John Hale and Soviet Foreign Minister Ivan Petrov met today in a "
     "Moscow mansion. Hale, accompanied by senior advisers, arrived from Helsinki aboard a U.S. Air Force plane "
     "and went straight into a closed-door meeting with Petrov.", None,
     [("visit", None, ("John Hale", "Soviet Union"))], []),
    # "X, here on a visit" under a capital's dateline the story never names otherwise ("BANGKOK")
    ("here-on-a-visit-unnamed-capital",
     "BANGKOK, Oct 19 - Australian Trade Minister John Hale said his country had formed a lobby group. Hale, here "
     "on a three-day visit after talks in the United States, The European Community (EC) and Latin America, said "
     "considerable progress had been made.", None,
     [("visit", None, ("John Hale", "Thailand"))], [("European Community", "Thailand")]),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in DATELINE_VISITS])
def test_wire_dateline_visit(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-04-13")
    assert_meetings(e, name, want, never)


def test_reported_talks_nearer_subject_on_partners_side(extract):
    """"… that the United States and Latin America will agree reforms as a result of talks yesterday with U.S.
    Treasury Secretary Y, Mexican Finance Minister X said": the nearer subject is on Y's side (or no party), so
    the speaker is the talks' other side."""
    e = extract("MIAMI, March 24 - There is a good chance that the United States and Latin America will agree "
                "reforms in the regional bank as a result of talks yesterday with U.S. Treasury Secretary John "
                "Hale, Mexican Finance Minister Carlos Ruiz said.", date="1987-03-24")
    assert_meetings(e, "reported-talks", [("negotiate", None, ("Carlos Ruiz", "John Hale"))])


def test_reported_talks_nearer_party_of_another_side(extract):
    """"X said Ukraine must be part of talks with Y": a nearer subject of another state is the party."""
    from meeting_helpers import linked
    e = extract("Foreign Minister Anna Keller said Kenya must be part of any deal reached in talks with U.S. "
                "Secretary of State John Hale.", date="2025-03-24")
    assert not linked(e, "Anna Keller", "John Hale")


def test_title_tagged_inside_a_persons_name(extract):
    """"Saudi Arabia's Crown Prince X bin Y" tagged as one PERSON: the title is cut from the name (it is X's
    role), and "Prince X" later is the same person (prince: a lineage prefix, name_prefixes.txt)."""
    e = extract("WASHINGTON, Oct 19 - Saudi Arabia's Crown Prince Faisal bin Abdul Rahman met for an hour with Vice "
                "President John Hale on Monday. Officials said Prince Faisal was very supportive of the U.S. role. "
                "Before meeting with Hale, the Crown Prince paid a brief courtesy call on President Paul Otieno.",
                date="1987-10-19")
    persons = {a.name: a for a in e.actors if a.kind == "person"}
    assert "Faisal bin Abdul Rahman" in persons and persons["Faisal bin Abdul Rahman"].role == "Crown Prince", persons
    assert "Prince Faisal" not in persons, persons
    assert_meetings(e, "crown-prince", [("meet", None, ("Faisal bin Abdul Rahman", "Paul Otieno"))])


def test_ec_in_wire_copy_is_the_community_not_its_commission(extract):
    """A lone "EC" is the European Community (the EU actor), never the Commission whose initials it shares."""
    e = extract("BRUSSELS, March 31 - Belgian Agriculture Minister Paul Peeters, who chaired a meeting of EC farm "
                "ministers which ended today, said proposals by the European Commission for a tax on oils were "
                "difficult. The EC Commission will present new figures next week.", date="1987-03-31")
    bodies = {a.name: a for a in e.actors if a.kind == "organization"}
    assert "EC" in bodies["European Union"].aliases, bodies
    assert all("EC" not in a.aliases for n, a in bodies.items() if "Commission" in n), bodies
    assert_meetings(e, "ec-farm-ministers", [("meet", None, ("European Union", "Paul Peeters"))])


@pytest.mark.parametrize("text,body", [
    ("VIENNA, June 2 - Oil ministers of the OPEC countries will meet Peruvian Energy Minister Luis Arce next week.",
     "OPEC"),
    ("OSAKA, Japan, April 26 - Senior officials from the G-7 nations will meet Peruvian Finance Minister Luis Arce "
     "next week.", "G7"),
])
def test_a_bodys_countries_stand_for_the_body(extract, text, body):
    e = extract(text, date="1987-04-26")
    assert_meetings(e, body, [("meet", "planned", (body, "Luis Arce"))])


def test_nested_coordinated_modifiers(extract):
    """"talks with the U.S., Japanese and European Community (EC) trade ministers": the parser nests the list
    and splits the body's name into two conjuncts; every state and body of it is a party (wire9)."""
    e = extract("KASHIKOJIMA, Japan, April 26 - \"We expect some movement,\" Canadian Trade Minister Ana Soto told "
                "reporters at a briefing following informal talks with the U.S., Japanese and European Community "
                "(EC) trade ministers here.", date="1987-04-26")
    assert_meetings(e, "nested-modifiers", [("negotiate|meet", None, ("Ana Soto", "European Union", "Japan",
                                                                      "United States"))])
