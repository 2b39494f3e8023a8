"""Construction suite for round reuters15: talks whose other side is named only by the state or body they
were held in ("after talks in Ruritania and the EC", "was due to take part in talks in Japan"), while a city
("talks in Geneva"), a body's own sitting ("EC ministers ended talks in Luxembourg") and talks that name two
parties ("A and B prepared for talks in Egypt") keep the place as a venue; "see" with people as its object
("is expected to see Finance Minister A and Chancellor B") is a meeting with each, "saw A as a rival" none; "sounded out A on a plan" consults A; a
government's own sitting ("at today's Cabinet meeting, X told Minister Y", a caucus meeting) is internal, no
meeting, unless two states sit together ("a joint cabinet meeting"). Made-up sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings

CASES = [
    ("talks-in-states-and-body-list",
     "JAKARTA, May 4 - Canadian Trade Minister Ana Soto is on a two-day visit to Indonesia after talks in South "
     "America, the European Community and Thailand, and leaves for Malaysia on Friday.", None,
     [("negotiate", "occurred", ("Ana Soto", "Thailand")), ("negotiate", "occurred", ("Ana Soto", "European Union")),
      ("visit", None, ("Ana Soto", "Indonesia"))], [("Thailand", "European Union")]),
    ("visit-after-talks-in-states",
     "SEOUL, May 4 - Canadian Trade Minister Ana Soto said on Monday that farm subsidies must be cut. Soto, here "
     "on a three-day visit after talks in the United States and Latin America, said progress had been made.", None,
     [("negotiate", "occurred", ("Ana Soto", "United States")), ("visit", None, ("Ana Soto", "South Korea"))], []),
    ("firm-due-at-talks-in-state",
     "LONDON, May 4 - British Telecom Plc will take part in talks in Japan next week.", None,
     [("negotiate", "planned", ("British Telecom Plc", "Japan"))], []),
    ("expected-to-see-titled-people",
     "WASHINGTON, May 4 - Treasury Secretary John Hale is expected to see Japanese Finance Minister Kenji Mori "
     "and West German Finance Minister Hans Weber on Tuesday.", None,
     [("meet", "planned", ("John Hale", "Kenji Mori")), ("meet", "planned", ("John Hale", "Hans Weber"))],
     [("Kenji Mori", "Hans Weber")]),
    ("sounded-out-a-person",
     "TOKYO, May 4 - Japanese Finance Minister Kenji Mori sounded out U.S. Treasury Secretary John Hale on target "
     "zones.", None, [("negotiate", "occurred", ("Kenji Mori", "John Hale"))], []),
    ("sounded-out-a-state",
     "PARIS, May 4 - French Finance Minister Jean Dupont sounded out West Germany on a plan for target zones.", None,
     [("negotiate", "occurred", ("Jean Dupont", "Germany"))], []),
    ("joint-cabinet-meeting-of-two-states",
     "PARIS, May 4 - French Prime Minister Jean Dupont and West German Chancellor Hans Weber chaired a joint "
     "cabinet meeting in Paris.", None, [("meet", None, ("Jean Dupont", "Hans Weber"))], []),
    ("met-before-a-cabinet-meeting",
     "BONN, May 4 - West German Chancellor Hans Weber met French Prime Minister Jean Dupont before a cabinet "
     "meeting.", None, [("meet", "occurred", ("Hans Weber", "Jean Dupont"))], []),
    ("saw-a-person-past",
     "PARIS, May 4 - Foreign Minister Jean Dupont saw Chancellor Hans Weber in Bonn on Monday.", None,
     [("meet", "occurred", ("Jean Dupont", "Hans Weber"))], []),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_reuters15_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-05-04")
    assert_meetings(e, name, want, never)


NOT_LINKED = [
    ("talks-in-a-city-are-a-venue",
     "GENEVA, May 4 - Canadian Trade Minister Ana Soto held talks in Geneva on farm trade.",
     [("Ana Soto", "Switzerland")]),
    ("conference-in-a-state-is-a-venue",
     "SANTIAGO, May 4 - Chilean Foreign Minister Luis Arce will attend a conference in Peru.",
     [("Luis Arce", "Peru")]),
    ("body-sitting-in-member-state",
     "LUXEMBOURG, May 4 - European Community budget ministers ended six hours of talks in Luxembourg "
     "without an accord.", [("European Union", "Luxembourg")]),
    ("two-party-talks-keep-venue",
     "CAIRO, May 4 - Canada and Mexico prepared for talks in Egypt on trade.",
     [("Canada", "Egypt"), ("Mexico", "Egypt")]),
    ("saw-as-a-rival",
     "PARIS, May 4 - Foreign Minister Jean Dupont saw Chancellor Hans Weber as a rival.",
     [("Jean Dupont", "Hans Weber")]),
    ("sounded-out-of-touch",
     "PARIS, May 4 - Chancellor Hans Weber's speech sounded out of touch with Canada, Foreign Minister Jean "
     "Dupont said.", [("Hans Weber", "Canada"), ("Jean Dupont", "Hans Weber")]),
    ("told-a-minister-at-cabinet-meeting",
     "TOKYO, May 4 - At today's Cabinet meeting, Prime Minister Kenji Mori told Trade Minister Taro Sato to "
     "redouble his efforts to calm U.S. anger.", [("Kenji Mori", "Taro Sato")]),
    ("party-caucus-meeting",
     "WASHINGTON, May 4 - Senator John Hale told Senator Ann Reed at a Democratic caucus meeting that the bill "
     "would pass.", [("John Hale", "Ann Reed")]),
    ("see-a-thing",
     "PARIS, May 4 - Foreign Minister Jean Dupont expects to see the results of the Mexico talks soon.",
     [("Jean Dupont", "Mexico")]),
]


@pytest.mark.parametrize("name,text,never", NOT_LINKED, ids=[c[0] for c in NOT_LINKED])
def test_reuters15_not_linked(extract, name, text, never):
    assert_meetings(extract(text, date="1987-05-04"), name, [], never)
