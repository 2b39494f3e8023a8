"""Construction suite for wire meetings, round 5: classes counted in unlabelled Reuters 1987 stories
(see docs/quality.md). Made-up sentences only; same case shape as ``test_meeting_constructions``:
(name, text, date, wanted meetings as (types, status, participants), pairs never linked).
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    # --- a visitor present in a state for talks: "was in X for talks", "is in X to discuss" -------------
    ("in-place-for-talks",
     "Kenyan Trade Minister Amos Kiprono was in Lima for talks on coffee quotas, officials said.", None,
     [("visit", "occurred", ("Amos Kiprono", "Peru"))], []),
    ("in-place-to-discuss",
     "Danish Oil Minister Lars Dahl is in Norway to discuss crude prices, his aides said.", None,
     [("visit", "occurred", ("Lars Dahl", "Norway"))], []),
    ("also-in-place-for-talks",
     "OSLO, May 4 - Chilean Trade Minister Rosa Fuentes said quotas were fair. Peruvian Trade Minister Tomas "
     "Arriaga was also in Oslo for fishing talks.", None,
     [("visit", "occurred", ("Norway", "Tomas Arriaga"))], []),
    ("invited-to-place-for-talks-with",
     "In May, Kenyan Energy Minister Amos Kiprono was invited to Lima for talks with Peruvian Energy Minister "
     "Tomas Arriaga on pipeline repairs.", None,
     [("visit", "proposed", ("Amos Kiprono", "Peru")),  # an invitation offers the visit (travel15)
      ("meet|negotiate", None, ("Amos Kiprono", "Tomas Arriaga"))], []),
    # --- a visit noun with its visitor and no destination: the dateline's state hosts it ----------------
    ("visit-of-under-dateline",
     "HANOI, May 4 - The official Labour Daily printed a call for more rice exports to coincide with the "
     "visit of Kenyan Foreign Minister Amos Kiprono. It said trade had doubled.", None,
     [("visit", "occurred", ("Amos Kiprono", "Vietnam"))], []),
    ("arrived-for-a-visit-under-dateline",
     "QUITO, May 4 - Swedish President Eva Lind said debt was a shared burden. Lind arrived on Sunday for a "
     "three-day visit, opening a tour of the region.", None,
     [("visit", "occurred", ("Ecuador", "Eva Lind"))], []),
    # --- talks reported by one party ("X said talks with Y were useful"): the speaker held them --------
    ("said-progress-in-talks-with",
     "Kenyan Prime Minister Amos Kiprono said steady progress was being made in trade talks with Norway.", None,
     [("negotiate", "occurred", ("Amos Kiprono", "Norway"))], []),
    ("as-a-result-of-talks-with-said",
     "A deal on quotas could be reached as a result of talks yesterday with Swedish Finance Minister Eva "
     "Lind, Peruvian Trade Minister Tomas Arriaga said.", None,
     [("negotiate|meet", "occurred", ("Eva Lind", "Tomas Arriaga"))], []),
]

NOT_MEETINGS = [
    ("home-minister-in-own-capital", "LIMA, May 4 - Peruvian Trade Minister Tomas Arriaga was in Lima for talks "
                                     "on quotas, officials said."),
    ("visit-of-without-dateline", "The newspaper printed a call for rice exports to coincide with the visit of "
                                  "Kenyan Foreign Minister Amos Kiprono."),
    ("talks-with-said-by-outsider", "Analysts said talks with Norway on fishing quotas would resume in May."),
    ("his-visit-under-dateline", "NAIROBI, May 4 - Trade rose, officials said. Swedish President Eva Lind spoke "
                                 "of her recent visit in a speech."),
    ("visit-of-home-leader", "NAIROBI, May 4 - Crowds lined the streets for the visit of Kenyan President "
                             "Amos Kiprono to the coast."),
]


def _cases(cases):
    return [pytest.param(*c, id=c[0]) for c in cases]


@pytest.mark.parametrize("name,text,date,want,never", _cases(CASES))
def test_wire_construction_round5(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-03-16")
    assert_meetings(e, name, want, never)


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_wire_no_meeting_round5(extract, name, text):
    assert found(extract(text, date="1987-03-16")) == [], found(extract(text, date="1987-03-16"))
