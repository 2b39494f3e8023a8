"""Coordinations the parser hides inside a name phrase: "Foreign Secretary A and Defence Secretary B"
(A and its "and" hung on B's title), "Trade Minister A and U.S. Trade Representative B" (A a modifier of
B's title), "Sens. A of Ohio, B of Iowa and C of Utah" (C coordinated with B's state). Every name of the
list is a party of what the phrase does. Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import assert_meetings


def test_two_titled_names_as_subject_of_talks(extract):
    e = extract("LONDON, March 3 - Foreign Secretary Alan Dunmore and Defence Secretary Roger Pellow held talks "
                "with Soviet Foreign Minister Pavel Gorelov on Tuesday.", date="1987-03-17")
    assert_meetings(e, "titled-pair", [("negotiate|meet", "occurred", ("Alan Dunmore", "Pavel Gorelov", "Roger Pellow"))])


def test_two_titled_names_travel_together(extract):
    e = extract("LONDON, March 3 - Foreign Secretary Alan Dunmore and Defence Secretary Roger Pellow travelled "
                "to Riyadh last week.", date="1987-03-17")
    assert_meetings(e, "titled-travellers", [("visit", "occurred", ("Alan Dunmore", "Roger Pellow", "Saudi Arabia"))])


def test_a_name_hung_on_the_next_title_meets_its_holder(extract):
    e = extract("TOKYO, March 3 - Japanese Trade Minister Kenji Arata and U.S. Trade Representative Walter "
                "Brennan will meet next week.", date="1987-03-17")
    assert_meetings(e, "modifier-name", [("meet", "planned", ("Kenji Arata", "Walter Brennan"))])


def test_the_last_senator_of_a_list_with_states(extract):
    e = extract("OTTAWA, March 3 - Canadian Foreign Minister Paul Leclerc today held discussions with Sens. "
                "Harold Quinn of Ohio, Martin Fenwick of Iowa and Louis Carver of Utah.", date="1987-03-17")
    assert_meetings(e, "of-state-list", [("negotiate|meet", "occurred",
                                          ("Harold Quinn", "Louis Carver", "Martin Fenwick", "Paul Leclerc"))])


def test_two_names_of_a_list_with_states(extract):
    e = extract("OTTAWA, March 3 - Canadian Foreign Minister Paul Leclerc met Harold Quinn of Ohio and Louis "
                "Carver of Utah.", date="1987-03-17")
    assert_meetings(e, "of-state-pair", [("meet", "occurred", ("Harold Quinn", "Louis Carver", "Paul Leclerc"))])


def test_an_ally_named_in_a_prepositional_phrase_does_not_travel(extract):
    e = extract("LONDON, March 3 - Defence Secretary Roger Pellow, an ally of Alan Dunmore and Edith Crane, "
                "travelled to Riyadh last week.", date="1987-03-17")
    assert_meetings(e, "ally", [("visit", "occurred", ("Roger Pellow", "Saudi Arabia"))],
                    never=[("Alan Dunmore", "Saudi Arabia"), ("Edith Crane", "Saudi Arabia")])


def _names(tokens) -> list[str]:
    return [t.text for t in tokens if t.ent_type_ == "PERSON"]


def test_a_name_the_parser_hangs_on_the_state_before_joins_the_list(nlp):
    """The tree the parser gives for some names: "and C of Maine" coordinated with "Texas"."""
    from spacy.tokens import Doc

    from diplomap.extract.participants import expand

    words = ["met", "Quinn", "of", "Ohio", ",", "Carver", "of", "Iowa", "and", "Hollis", "of", "Utah"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 0, 1, 2, 1, 1, 5, 6, 7, 7, 9, 10],
              deps=["ROOT", "dobj", "prep", "pobj", "punct", "conj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
              pos=["VERB", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN"],
              ents=["O", "B-PERSON", "O", "B-GPE", "O", "B-PERSON", "O", "B-GPE", "O", "B-PERSON", "O", "B-GPE"])
    assert _names(expand(doc[1])) == ["Quinn", "Carver", "Hollis"]


def test_a_state_coordinated_with_a_state_stays_a_place(nlp):
    from spacy.tokens import Doc

    from diplomap.extract.participants import expand

    words = ["met", "Quinn", "of", "Ohio", "and", "Iowa"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 0, 1, 2, 3, 3], deps=["ROOT", "dobj", "prep", "pobj", "cc", "conj"],
              pos=["VERB", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN"],
              ents=["O", "B-PERSON", "O", "B-GPE", "O", "B-GPE"])
    assert [t.text for t in expand(doc[1])] == ["Quinn"]
