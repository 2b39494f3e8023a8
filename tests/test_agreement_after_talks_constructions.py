"""An agreement reached "after (N days of) talks/negotiations" names its other party on the agreement or the
verb ("reached agreement with X", "agreed with X"): the talks that led to it were held with X. An agreement
with no talks told ("reached an agreement with X") is no negotiation by itself. Made-up sentences only."""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    ("agreement-with-after-days-of-negotiations",
     "PARIS, April 14 - Ruritanian Economy Minister Raul Echevar reached agreement with the Paris Club today after "
     "two days of negotiations.", "1987-04-14",
     [("negotiate", "occurred", ("Raul Echevar", "Paris Club"))]),
    ("state-agreement-with-body-after-months-of-negotiations",
     "Pakistan reached a staff-level agreement with the International Monetary Fund on Thursday after months of "
     "negotiations.", "2024-07-10",
     [("negotiate", "occurred", ("Pakistan", "International Monetary Fund"))]),
    ("agreed-with-after-weeks-of-negotiations",
     "Kenya agreed with the IMF on a new loan after weeks of negotiations.", "2024-07-10",
     [("negotiate", "occurred", ("Kenya", "International Monetary Fund"))]),
    ("agreement-with-an-infinitive-before-the-talks",
     "PARIS, April 14 - Ruritanian Economy Minister Raul Echevar reached agreement with the Paris Club today to "
     "reschedule about 2.1 billion dlrs of official debt after two days of negotiations.", "1987-04-14",
     [("negotiate", "occurred", ("Raul Echevar", "Paris Club"))]),
    ("known-body-with-a-describing-of-phrase",
     "PARIS, April 14 - Ruritanian Economy Minister Raul Echevar reached agreement with the Paris Club of Western "
     "creditor governments today after two days of negotiations.", "1987-04-14",
     [("negotiate", "occurred", ("Raul Echevar", "Paris Club"))]),
]


@pytest.mark.parametrize("name,text,date,want", [pytest.param(*c, id=c[0]) for c in CASES])
def test_agreement_after_talks(extract, name, text, date, want):
    assert_meetings(extract(text, date=date), name, want)


def test_an_agreement_alone_is_no_negotiation(extract):
    e = extract("Pakistan reached a staff-level agreement with the International Monetary Fund on Thursday.",
                date="2024-07-10")
    assert found(e) == [], found(e)
