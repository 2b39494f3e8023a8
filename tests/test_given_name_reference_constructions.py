"""A one-word reference by the first word of a full name ("Sorawit said" after "Thai Foreign Minister
Sorawit Chaiyaporn"; "Sun" after "Sun Wei", a family name written first) is that person when the NER labels
the word as something else, as a surname alone already was, and so is a hyphenated surname alone ("Al-Rawahi")
the NER labelled an organisation. Made-up sentences only."""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

CASES = [
    ("Thai Foreign Minister Sorawit Chaiyaporn told reporters in Bangkok on Monday that Thailand would ask ASEAN "
     "to send observers. \u201cWe want neutral eyes on the ground so that the facts speak for themselves,\u201d "
     "Sorawit said.", "neutral eyes", "Sorawit Chaiyaporn"),
    ("Malaysian Foreign Minister Hafiz Rahmat said on Monday that Malaysia and Indonesia had agreed to challenge "
     "the rules. \"This regulation punishes small farmers who have done nothing wrong,\" Hafiz said.",
     "punishes small farmers", "Hafiz Rahmat"),
]


@pytest.mark.parametrize("text,fragment,who", CASES)
def test_a_given_name_alone_is_the_person(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_a_hyphenated_surname_alone_is_the_person(extract):
    from meeting_helpers import assert_meetings

    e = extract("Omani Foreign Minister Salim bin Hamad Al-Rawahi left for Tehran on Sunday, the state news agency "
                "reported. Al-Rawahi is expected to meet Iranian Foreign Minister Mehdi Karimzadeh on Monday.",
                date="2024-08-11")
    assert_meetings(e, "hyphenated-surname", [("meet", "planned", ("Salim bin Hamad Al-Rawahi", "Mehdi Karimzadeh"))])


def test_a_surname_with_its_particle_capitalised_is_the_person(extract):
    from meeting_helpers import assert_meetings

    e = extract("BONN, March 12 - Dutch Agriculture Minister Gerrit van Houten met his West German counterpart. Van "
                "Houten flies on to Paris on Friday for talks with French Agriculture Minister Jean-Marc Castel.",
                date="1987-03-12")
    assert_meetings(e, "capitalised-particle", [("negotiate", "planned", ("Gerrit van Houten", "Jean-Marc Castel"))])


def test_a_name_split_before_its_particle_is_one_person(extract):
    from meeting_helpers import assert_meetings

    e = extract("Mauritanian Foreign Minister Mohamed Salem Ould Bouh, who arrived in Dakar on Monday, is expected to "
                "meet Senegal energy minister Ibrahima Faye.", date="2024-05-02")
    assert_meetings(e, "particle-split", [("meet", "planned", ("Mohamed Salem Ould Bouh", "Ibrahima Faye"))])
