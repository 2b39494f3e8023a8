"""Construction suite (wire9): a bare plural title points back to the titled group named before it —
"Foreign Ministers of the Andean Pact said … The ministers will hold talks with …": the body is the side —
and "talks with officials of A, B and C, including A's minister X": the listed states stay parties beside
the named persons, who stand for their own states. Made-up sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings

CASES = [
    # "the ministers" takes up "Foreign Ministers of <body>" named two sentences before
    ("the-ministers-point-back-to-body",
     "LIMA, May 4 - Foreign Ministers of the Organization of American States (OAS) said they expected closer "
     "ties with Spain. A statement issued after their meeting hoped for more investment. The ministers will "
     "hold talks tomorrow with Spanish Foreign Minister Luis Ortega.", "1987-05-04",
     [("negotiate|meet", "planned", ("Luis Ortega", "Organization of American States"))], []),
    # "the officials" takes up "EC officials" (the body as a modifier)
    ("the-officials-point-back-to-modifier",
     "BRUSSELS, May 4 - European Community officials said the plan had a mixed reception. The officials met "
     "Kenyan Trade Minister Amos Kiprono on Monday.", "1987-05-04",
     [("meet", "occurred", ("Amos Kiprono", "European Union"))], []),
    # the "including" phrase the parser hangs on the list's last state
    ("officials-of-list-including-persons",
     "OTTAWA, May 4 - Trade Minister Ana Soto will hold talks tomorrow with officials of the U.S., Japan, "
     "New Zealand and Australia, including Secretary of State John Hale and Japan's Foreign Minister Taro Sato.",
     "1987-05-04",
     [("negotiate|meet", "planned", ("Ana Soto", "Australia", "John Hale", "New Zealand", "Taro Sato"))], []),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_group_reference_construction(extract, name, text, date, want, never):
    assert_meetings(extract(text, date=date), name, want, never)


def test_specified_plural_title_is_its_own_group(extract):
    """"the Japanese officials" names its side itself: no pointing back to the EC officials before."""
    e = extract("BRUSSELS, May 4 - European Community officials said the plan had a mixed reception. The Japanese "
                "officials met Kenyan Trade Minister Amos Kiprono on Monday.", date="1987-05-04")
    assert_meetings(e, "specified", [("meet", "occurred", ("Amos Kiprono", "Japan"))],
                    [("European Union", "Amos Kiprono")])


def test_nothing_named_before_is_no_one(extract):
    """"The ministers will meet X" with no titled group before them: no party."""
    e = extract("LIMA, May 4 - Prices fell again. The ministers will meet Spanish Foreign Minister Luis Ortega.",
                date="1987-05-04")
    from meeting_helpers import found
    assert found(e) == [], found(e)


TRIPS = [
    # a state's people named with "the" go somewhere for talks: the state's delegation visits
    ("plural-demonym-goes-for-talks",
     "LONDON, March 24 - Kenya and Britain signed a debt accord, officials said. The Kenyans will go on to Paris "
     "for similar talks tomorrow with Finance Minister Jean Dubois.", "1987-03-24",
     [("visit", "planned", ("France", "Kenya")), ("negotiate|meet", "planned", ("Jean Dubois", "Kenya"))], []),
    ("state-went-for-a-meeting",
     "NAIROBI, May 4 - Uganda went to Nairobi last week for a meeting on the border.", "1987-05-04",
     [("visit", "occurred", ("Kenya", "Uganda"))], []),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in TRIPS])
def test_trip_for_talks(extract, name, text, date, want, never):
    assert_meetings(extract(text, date=date), name, want, never)


def test_state_entering_is_no_visit(extract):
    """Without a meeting as its purpose, a state or a people entering a place is no visit ("troops entered")."""
    from meeting_helpers import found
    e = extract("NAIROBI, May 4 - The Ugandans entered Kenya on Monday and seized a border post.", date="1987-05-04")
    assert not any(t == "visit" for t, _, _ in found(e)), found(e)


def test_grouping_with_its_members_named_is_no_party(extract):
    """"The leaders of the G-7, the United States, Britain, …, are expected to discuss …": the members named
    are the parties, the forum is not one beside them (wire9; the gold lists the members alone)."""
    e = extract("OSAKA, April 26 - The leaders of the G-7, the United States, Britain, Canada, France, Italy, Japan "
                "and West Germany, are expected to discuss ways of improving policy coordination in Venice.",
                date="1987-04-26")
    from meeting_helpers import found
    assert found(e) and not any("G7" in w for _, _, w in found(e)), found(e)


def test_grouping_with_one_member_named_stays(extract):
    """"Italy refused to join a G-7 meeting": one member beside the forum leaves the forum a party."""
    e = extract("BONN, April 3 - Italy refused to join a Group of Seven meeting in Paris in February.", date="1987-04-03")
    assert_meetings(e, "one-member", [("meet", "negated", ("G7", "Italy"))])


def test_grouping_whose_members_come_by_their_ministers_is_no_party(extract):
    """A Group of Five meeting of named ministers, each his state's: the members come through their people,
    so the forum is no party beside them; the forum is still an actor of the story."""
    e = extract("WASHINGTON, April 8 - Group of Five finance ministers met at the Treasury on Wednesday. U.S. "
                "Treasury Secretary Dan Marlow held talks with Japanese Finance Minister Kenji Sato, French "
                "Finance Minister Paul Girard and West German Finance Minister Karl Adler.", date="1987-04-08")
    from meeting_helpers import found
    assert found(e) and not any("G5" in w for _, _, w in found(e)), found(e)
    assert any(a.name == "G5" and a.kind == "organization" for a in e.actors), [a.name for a in e.actors]


def test_grouping_with_one_members_official_stays(extract):
    """One member's official at the forum's meeting leaves the forum a party ("X chaired a G-7 deputies' meeting")."""
    e = extract("TOKYO, April 26 - Japanese Vice Finance Minister Taro Ueda held talks with the Group of Seven "
                "on Sunday.", date="1987-04-26")
    assert_meetings(e, "one-official", [("meet|negotiate", "occurred", ("Taro Ueda", "G7"))])
