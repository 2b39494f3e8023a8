"""Construction suite for who attends a wire story's gathering and how many meetings a list makes (round 12):
a delegate the story quotes at a body's meeting takes part in it ("Australian delegate X said:", "said India's
delegate, Y"); a minister quoted at a named gathering of his office's holders does too ("a joint meeting here of
EC finance ministers" — the "of" phrase the parser hangs on "here"); "bring the outline of a package to the
meeting" attends it (the "to" phrase hung on the object's "of" noun); the named members of a group met are its
parties ("met House leaders pressing for a bill, including X", "met several senators, including Y", "Democratic
Sens. X and Y", whose abbreviation's dot ends no sentence); and a
plural count noun with several partners is one meeting with each ("after a day of meetings with A, B and C"),
unlike "talks" or a summit (GUIDELINES: a summit is ONE entry listing every named participant). Made-up
sentences only.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, linked

CASES = [
    # --- a body's meeting: the delegates quoted take part --------------------------------------------------
    ("delegates-quoted-at-a-bodys-meeting",
     "MANILA, May 4 - The Pacific Fisheries Bank today ended a three-day meeting marked by criticism of its "
     "lending. \"The bank should not be judged by the volume of its loans,\" chief Canadian delegate Peter Moss "
     "told the meeting. Chilean delegate Rosa Fuentes said: \"Poor projects help neither the bank nor its "
     "borrowers.\" \"We are worried by the bank's growing demands on borrowers,\" said Kenya's delegate, Amos "
     "Kiprono.", "1987-05-04",
     [("meet", None, ("Amos Kiprono", "Pacific Fisheries Bank", "Peter Moss", "Rosa Fuentes"))], []),
    # --- a named gathering of office holders: the office's holders quoted take part ------------------------
    ("minister-quoted-at-a-meeting-here-of-ec-ministers",
     "LUXEMBOURG, June 15 - Portugal has joined the European Community countries opposed to the proposed levy "
     "on imported timber, diplomatic sources said. They said the Portuguese position was made clear at a joint "
     "meeting here of EC finance and trade ministers to discuss the budget. The sources said Portuguese junior "
     "finance minister Rui Almeida said Portugal was against the levy because it was unfair.", "1987-06-15",
     [("meet", None, ("European Union", "Rui Almeida"))], []),
    # --- "bring the outline of a package to the meeting": the phrase hung on the object's "of" noun ---------
    ("bring-the-outline-of-a-package-to-the-meeting",
     "WASHINGTON, April 6 - Japanese Finance Minister Taro Kimura is expected to bring the outline of an "
     "economic stimulus package to the meeting, which will be attended by West Germany, France, Britain, Italy "
     "and Canada as well as the U.S. and Japan, the sources said.", "1987-04-06",
     [("meet", None, ("Canada", "France", "Germany", "Italy", "Taro Kimura", "United Kingdom",
                      "United States"))], []),
    # --- a plural count noun with several partners: a meeting with each ------------------------------------
    ("held-meetings-with-three-officials",
     "WASHINGTON, March 11 - Canadian Foreign Secretary Jan Peeters held meetings with Vice President Paul "
     "Otieno, Secretary of State John Hale and Commerce Secretary Carlos Ruiz on Tuesday, officials said.",
     "1987-03-11",
     [("meet", None, ("Jan Peeters", "Paul Otieno")), ("meet", None, ("Jan Peeters", "John Hale")),
      ("meet", None, ("Carlos Ruiz", "Jan Peeters"))],
     [("Paul Otieno", "John Hale"), ("John Hale", "Carlos Ruiz"), ("Paul Otieno", "Carlos Ruiz")]),
    # --- the named members of a met group: "including" after a clause of the group, senators as a group -----
    ("met-leaders-pressing-for-a-bill-including-x",
     "WASHINGTON, April 22 - Special envoy Taro Kimura also met House leaders pressing for a tough trade bill, "
     "including Congressman John Hale, a Missouri Democrat.", "1987-04-22",
     [("meet", None, ("John Hale", "Taro Kimura"))], []),
    # --- "Democratic Sens. X and Y": the plural title's dot ends no sentence, "he" after it is the subject ------
    ("plural-title-abbreviation-and-next-he",
     "WASHINGTON, March 11 - Canadian Foreign Secretary Jan Peeters said he expected action on acid rain.\n"
     "    Peeters today held discussions with Treasury Secretary John Hale and Democratic Sens. Carlos Ruiz of "
     "New York and Paul Otieno of Maine.\n    Yesterday, he held talks with Vice President Amos Kiprono and "
     "Commerce Secretary Karl Berg.", "1987-03-11",
     [("negotiate", None, ("Carlos Ruiz", "Jan Peeters", "John Hale", "Paul Otieno")),
      ("negotiate", None, ("Amos Kiprono", "Jan Peeters", "Karl Berg"))], [("Paul Otieno", "Amos Kiprono")]),
    ("met-senators-including-x-and-y",
     "WASHINGTON, April 22 - Special envoy Taro Kimura also met several senators, including John Hale and Rosa "
     "Fuentes.", "1987-04-22",
     [("meet", None, ("John Hale", "Rosa Fuentes", "Taro Kimura"))], []),
]

# "talks" is plural whatever their number: one meeting among all; a single "meeting" with two partners is one
ONE_MEETING = [
    ("talks-with-two-is-one-meeting",
     "PARIS, May 2 - President Jean Dubois held talks with Chancellor Anna Keller and Prime Minister Rosa "
     "Fuentes on the crisis.", ("Anna Keller", "Rosa Fuentes")),
    ("a-meeting-with-two-is-one-meeting",
     "PARIS, May 2 - After a meeting with Chancellor Anna Keller and Prime Minister Rosa Fuentes, President "
     "Jean Dubois said the crisis would pass.", ("Anna Keller", "Rosa Fuentes")),
]

# a commentator quoted at a body's meeting is no delegate to it
NEVER = [
    ("analyst-quoted-at-a-bodys-meeting",
     "MANILA, May 4 - The Pacific Fisheries Bank today ended a three-day meeting marked by criticism of its "
     "lending. \"The bank should not be judged by the volume of its loans,\" chief Canadian delegate Peter Moss "
     "told the meeting. \"The bank is doing well,\" said economist Karl Berg of Manila University.",
     ("Karl Berg", "Pacific Fisheries Bank")),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_wire_attendee_construction(extract, name, text, date, want, never):
    e = extract(text, date=date)
    assert_meetings(e, name, want, never)


@pytest.mark.parametrize("name,text,pair", ONE_MEETING, ids=[c[0] for c in ONE_MEETING])
def test_one_meeting_among_all(extract, name, text, pair):
    e = extract(text, date="1987-05-02")
    assert linked(e, *pair), found(e)


@pytest.mark.parametrize("name,text,pair", NEVER, ids=[c[0] for c in NEVER])
def test_wire_attendee_never_links(extract, name, text, pair):
    e = extract(text, date="1987-05-04")
    assert not linked(e, *pair), found(e)


def test_attended_by_after_was_held(extract):
    """"A summit was held in Oslo, attended by A and B": the participle the held verb carries is the summit's."""
    from meeting_helpers import assert_meetings

    e = extract("A summit was held in Reykjavik on Tuesday, attended by Norwegian Prime Minister Henrik Lunde and "
                "Swedish Prime Minister Karin Ekholm.", date="2024-07-10")
    assert_meetings(e, "held-attended-by", [("meet", "occurred", ("Henrik Lunde", "Karin Ekholm"))])
