"""Construction suite for a meeting told once, then who chairs or attends it told after it ("The summit opens
on Monday. It will be chaired by X, and Y and Z are expected to attend"): the chair and attendees join the
meeting's OWN event — the verb's ("convene a meeting with A and B"), the gathering's ("the meeting of the
ministers"), or one made for a gathering no party was named in yet — so the story has ONE meeting listing
every named participant (GUIDELINES: a summit is one entry), never a second one for the later names.
Made-up sentences only.
"""
from __future__ import annotations

import pytest
from meeting_helpers import found

CASES = [
    # --- a verb's meeting, then "It will be chaired by X, and Y and Z are expected to attend" ----------------
    ("convened-with-then-chaired-and-attend",
     "Chile will convene a meeting in Santiago with Peru and Bolivia on Friday. It will be chaired by Vice "
     "Foreign Minister Ana Soto, and Peruvian Deputy Foreign Minister Jorge Ruiz and Bolivian Deputy Foreign "
     "Minister Luis Arce are expected to attend.", None,
     ("Ana Soto", "Jorge Ruiz", "Luis Arce")),
    ("convened-with-under-a-dateline",
     "BEIJING, May 3 - Spokesman Li Wei noted that China will convene a meeting in Beijing with Iran and Peru on "
     "Friday, to try to facilitate a deal. It will be chaired by Executive Vice Foreign Minister Ma Jun, and "
     "Peruvian Deputy Foreign Minister Rosa Fuentes and Iranian Deputy Foreign Minister Reza Karimi are expected "
     "to attend.", "2025-03-14", ("Ma Jun", "Reza Karimi", "Rosa Fuentes")),
    # --- a gathering no party was named in: its event is made by the sentence after -------------------------
    ("bare-summit-then-chaired-and-attend",
     "The summit opens in Quito on Monday. It will be chaired by Ecuadorean Foreign Minister Pablo Ortiz, and "
     "Peruvian Foreign Minister Jorge Ruiz and Bolivian Foreign Minister Luis Arce are expected to attend.", None,
     ("Jorge Ruiz", "Luis Arce", "Pablo Ortiz")),
    # --- "chaired by A and by B": every agent of the passive ---------------------------------------------
    ("chaired-by-and-by",
     "Chilean President Rosa Fuentes will meet Peruvian President Carlos Mendoza in Lima on Monday. It will be "
     "chaired by Chilean Foreign Minister Ana Soto and by Peruvian Foreign Minister Jorge Ruiz.", None,
     ("Ana Soto", "Carlos Mendoza", "Jorge Ruiz", "Rosa Fuentes")),
    # --- a gathering of office holders with its own event, then one more attendee ---------------------------
    ("gathering-then-will-also-attend",
     "Peruvian Trade Minister Jorge Ruiz opened the meeting of Andean trade ministers in Lima on Monday with "
     "Chilean Trade Minister Ana Soto. Bolivian Trade Minister Luis Arce will also attend.", None,
     ("Ana Soto", "Jorge Ruiz", "Luis Arce")),
    # --- a meeting held by one party so far: "The Group of Seven will hold a meeting …, including X, will attend"
    ("held-by-a-body-then-including-will-attend",
     "OSAKA, Japan, April 26 - The Group of Seven will hold a meeting next week to decide an agenda for the "
     "summit, Japanese officials said. Deputy finance ministers, including Japanese Vice-Finance Minister Taro "
     "Kimura, will attend.", "1987-04-26", ("G7", "Taro Kimura")),
    # --- "officials from the Group of Seven countries": a body's countries stand for the body; a plural title in
    # capitals with "including X" is X ---------------------------------------------------------------------------
    ("a-bodys-countries-meet-then-capital-titles-including-attend",
     "OSAKA, Japan, April 26 - Senior officials from the Group of Seven countries will meet next week to decide an "
     "agenda for the summit, Japanese officials said. The meeting will give officials a first chance to discuss "
     "the dollar. Deputy Finance Ministers, including Japanese Vice-Finance Minister Taro Kimura, will attend.",
     "1987-04-26", ("G7", "Taro Kimura")),
    # --- "The meeting will …" with no party of its own is the meeting told before it ---------------------------
    ("the-meeting-refers-back-to-the-hosted-one",
     "Chile will host a meeting of Andean trade ministers in Santiago next week. The meeting will review tariffs "
     "on farm goods. Peruvian Trade Minister Jorge Ruiz will attend.", None, ("Chile", "Jorge Ruiz")),
    # --- how one attends is no other thing attended: "as an observer", "for the first time" ------------------
    ("also-attend-as-an-observer",
     "Chilean President Rosa Fuentes will meet Peruvian President Carlos Mendoza in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce will also attend for the first time, as an observer.", None,
     ("Carlos Mendoza", "Luis Arce", "Rosa Fuentes")),
]


@pytest.mark.parametrize("name,text,date,everyone", [pytest.param(*c, id=c[0]) for c in CASES])
def test_one_meeting_holds_its_chair_and_attendees(extract, name, text, date, everyone):
    e = extract(text, date=date or "2025-03-14")
    holding = [w for _, _, w in found(e) if set(w) & set(everyone)]
    assert len(holding) == 1, (name, found(e))  # one entry, not a second meeting for the later names
    assert set(everyone) <= set(holding[0]), (name, found(e))


NOT_JOINING = [
    ("attended-another-conference",
     "Chilean President Rosa Fuentes will meet Peruvian President Carlos Mendoza in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce attended a conference in Quito.", "Luis Arce"),
    ("attend-to-its-needs",
     "Chilean President Rosa Fuentes will meet Peruvian President Carlos Mendoza in Lima on Monday. Bolivian "
     "Foreign Minister Luis Arce said the bank will attend to the needs of its members.", "Luis Arce"),
]


@pytest.mark.parametrize("name,text,outsider", NOT_JOINING, ids=[c[0] for c in NOT_JOINING])
def test_another_thing_attended_joins_nothing(extract, name, text, outsider):
    e = extract(text, date="2025-03-14")
    assert not any(outsider in w for _, _, w in found(e)), (name, found(e))
