"""A document or unnamed source whose phrase holds two body words ("the all-party committee report
said") speaks for the latest body named with either word, the word nearest the noun first
(speaker_phrases._body_word_of). Every name and sentence is made up."""
from __future__ import annotations

import pytest


def _speaker(e, fragment: str):
    actors = {a.id: a for a in e.actors}
    q = next(q for q in e.quotes if q.kind == "direct" and fragment in q.text)
    return actors[q.speaker].name if q.speaker in actors else None


@pytest.mark.parametrize("text, fragment, body", [
    ('Spending on the programme has reached 7 billion dlrs, parliament\'s Foreign Affairs Committee said. But the '
     'all-party committee report said "the case for the treaty has to be argued again from the start."',
     "the case for the treaty", "Foreign Affairs Committee"),
    ("The assembly's Trade Commission met on Monday. The cross-party commission statement said: "
     '"Tariffs on grain must fall by half within three years."', "Tariffs on grain must fall", "Trade Commission"),
    ('Spending on the programme has reached 7 billion dlrs, parliament\'s Foreign Affairs Committee said. But the '
     'committee report said "the case for the treaty has to be argued again from the start."',
     "the case for the treaty", "Foreign Affairs Committee"),
])
def test_two_body_words_find_the_body_named_before(extract, text, fragment, body):
    assert _speaker(extract(text, date="1987-03-02"), fragment) == body


@pytest.mark.parametrize("text, fragment", [
    ('Spending on the programme has reached 7 billion dlrs, officials said. But an all-party committee report '
     'said "the case for the treaty has to be argued again from the start."', "the case for the treaty"),
])
def test_two_body_words_with_no_body_named_find_no_one(extract, text, fragment):
    assert _speaker(extract(text, date="1987-03-02"), fragment) is None
