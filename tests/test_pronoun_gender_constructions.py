"""Pronouns agree in gender with whom they take up (probe12q): "she said" after a woman and a man
were named is the woman's, even when the man was the last subject; "he" is the man's. The gender is
read off the person's given name or a courtesy word or title before the name (feminine_names.txt,
masculine_names.txt); with no such word the last subject still speaks, as before.

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

AGREEING = [
    # a given name shows the woman; the man is the last subject
    ("Prime Minister Margaret Ellery met Ruritanian Premier Nikolai Varga in Oslo. Varga proposed a "
     "fishing zone. “It is an interesting idea but it needs careful study,” she said.", "careful study",
     "Margaret Ellery"),
    # a given name shows the man; the woman is the last subject
    ("Foreign Minister Annika Stoll met her Syldavian counterpart Pavel Brod in Vienna. Stoll raised the "
     "border question. “Syldavia will not accept lectures from anyone,” he said.", "accept lectures",
     "Pavel Brod"),
    # a courtesy word before the name
    ("Mrs. Okafor met Ruritanian Premier Pavel Varga in Lagos. Varga asked for more oil. “We have no oil "
     "to spare this winter at all,” she told reporters.", "no oil to spare", "Okafor"),
    # a title before the name
    ("Queen Beatrix received Ruritanian Premier Tomas Varga at the palace. Varga spoke of trade. “Our two "
     "peoples have always been friends,” she said.", "always been friends", "Beatrix"),
]


@pytest.mark.parametrize("text,fragment,who", AGREEING)
def test_a_pronoun_takes_up_a_person_of_its_gender(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_with_no_gender_word_the_last_subject_speaks(extract):
    text = ("Envoy Lor Tamsin met Ruritanian Premier Ekko Varga in Oslo. Varga proposed a fishing zone. "
            "“It is an interesting idea but it needs careful study,” she said.")
    assert speaker(extract, text, "careful study") == "Ekko Varga"
