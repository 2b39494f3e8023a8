"""A document quoted by its noun alone ("“…,” the letter said") speaks for the one it was from, when an
earlier use of the noun names them ("according to a letter from X", "X's letter"), as it already did for
"X sent a letter". Made-up sentences only."""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

_Q = "\"Our country is ready to pay its share of the peacekeeping costs,\""

CASES = [
    (f"MOSCOW, Oct 6 - The Soviet Union will pay part of its arrears, according to a letter from Soviet Foreign "
     f"Minister Nikolai Yermakov to the U.N. Secretary-General. {_Q} the letter said.", "Nikolai Yermakov"),
    (f"MOSCOW, Oct 6 - Soviet Foreign Minister Nikolai Yermakov's letter reached the United Nations on Monday. "
     f"{_Q} the letter said.", "Nikolai Yermakov"),
]


@pytest.mark.parametrize("text,who", CASES)
def test_the_document_speaks_for_its_writer(extract, text, who):
    assert speaker(extract, text, "peacekeeping costs", date="1987-10-06") == who
