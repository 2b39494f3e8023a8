"""Two people sharing a surname: a bare surname picks one by its own words — "the younger X" is the one not
introduced as a parent or elder ("X and his son, Y"; else the one introduced later), "the elder X" the one
introduced as "his father", "her elder brother" (else the first), "Senator X" the one introduced with that
title. Made-up sentences only."""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

CASES = [
    ("BEIRUT, July 7 - Former Ruritanian President Camil Harb and his son, Interior Minister Fadi Harb, differed "
     "today on a plan. \"Troops brought us calm and they are welcome to stay,\" the younger Harb told reporters.",
     "brought us calm", "Fadi Harb"),
    ("Senator Idris Kanu said the pact was a mistake. His younger brother, Governor Bala Kanu, defended it. "
     "\"The bandits do not respect borders at all,\" the younger Kanu said.", "do not respect borders", "Bala Kanu"),
    ("Governor Bala Kanu and his father, former minister Idris Kanu, spoke on Monday. \"This pact will not "
     "last a year,\" the elder Kanu said.", "will not last a year", "Idris Kanu"),
    ("Former President Horacio Benedetti and his daughter, Senator Lucia Benedetti, disagreed on Wednesday. "
     "\"We must sell our surplus energy at market prices,\" Senator Benedetti said.", "surplus energy",
     "Lucia Benedetti"),
]


@pytest.mark.parametrize("text,fragment,who", CASES)
def test_the_surname_picks_the_namesake_its_words_describe(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who
