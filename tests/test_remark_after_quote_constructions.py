"""A quote that stands alone, opening its story or paragraph, whose author the next sentence names by
referring back to it with a definite remark noun: "“…” That was the message X delivered …", "The remark
came from X", "X made the statement on Tuesday", also after a wire dateline ("CAIRO, May 4 - “…”"). A
next sentence with no such noun ("That is why …") names no author. Made-up sentences only."""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

_Q = "\"We will never accept a deal that divides our island.\""

CASES = [
    (f"{_Q}\n\nThat was the message Cypriot Foreign Minister Andreas Kyrou delivered in Brussels on Tuesday.",
     "Andreas Kyrou"),
    (f"{_Q}\n\nThe remark came from Cypriot Senator Eleni Markou at a hearing on Tuesday.", "Eleni Markou"),
    (f"{_Q}\n\nCypriot Foreign Minister Andreas Kyrou made the statement in Brussels on Tuesday.", "Andreas Kyrou"),
    (f"NICOSIA, May 4 - {_Q}\n    The warning came from Cypriot Foreign Minister Andreas Kyrou today.",
     "Andreas Kyrou"),
]


@pytest.mark.parametrize("text,who", CASES)
def test_the_next_sentence_names_the_remark_and_its_author(extract, text, who):
    assert speaker(extract, text, "divides our island") == who


def test_a_next_sentence_without_a_remark_noun_names_no_author(extract):
    text = f"{_Q}\n\nThat is why Cypriot Foreign Minister Andreas Kyrou travelled to Brussels on Tuesday."
    assert speaker(extract, text, "divides our island") is None
