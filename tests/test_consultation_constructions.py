"""Construction suite: consulting a party is consultation (CAMEO 04, "consult"): "A consulted B", "A
consulted with B", "A will consult B" are a negotiation between them with the clause's status, while acting
"without consulting/informing B" reproaches a one-sided act and names no consultation. Made-up sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings

CASES = [
    ("consulted-a-person",
     "Danish Prime Minister Mette Holm consulted Swedish Prime Minister Ulf Berg about the crisis on Monday.",
     [("negotiate", "occurred", ("Mette Holm", "Ulf Berg"))], []),
    ("consulted-with-a-person",
     "Danish Prime Minister Mette Holm consulted with Swedish Prime Minister Ulf Berg about the crisis.",
     [("negotiate", "occurred", ("Mette Holm", "Ulf Berg"))], []),
    ("will-consult",
     "German Chancellor Klaus Becker said he would consult French President Louis Martin before deciding.",
     [("negotiate", "planned", ("Klaus Becker", "Louis Martin"))], []),
    ("did-not-consult",
     "Japan did not consult South Korea before the decision, Korean Foreign Minister Park Jin said.",
     [("negotiate", "negated", ("Japan", "South Korea"))], []),
    ("without-consulting-is-no-consultation",
     "U.S. President Tom Harris spoke about a peace plan without consulting NATO or Ukraine, German Chancellor "
     "Klaus Becker said.", [], [("Tom Harris", "NATO"), ("Tom Harris", "Ukraine")]),
    ("without-informing-is-no-meeting",
     "Canadian Prime Minister Mark Dubois raised tariffs without informing Mexican President Elena Cruz.", [],
     [("Mark Dubois", "Elena Cruz")]),
]


@pytest.mark.parametrize("name,text,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_consultation_construction(extract, name, text, want, never):
    assert_meetings(extract(text), name, want, never)
