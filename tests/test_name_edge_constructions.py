"""Names whose edge the NER misplaces (diplomap/extract/name_edges.py): a double surname cut at
its hyphen, and a name run into a body's span with the last word of a long title before it.
Every name and sentence is made up."""
from __future__ import annotations

import pytest


def _people(e) -> set[str]:
    return {a.name for a in e.actors if a.kind == "person"}


def _speaker(e, fragment: str) -> str | None:
    actors = {a.id: a for a in e.actors}
    q = next(q for q in e.quotes if q.kind == "direct" and fragment in q.text)
    return actors[q.speaker].name if q.speaker in actors else None


@pytest.mark.parametrize("text, person, fragment", [
    ('Zambian President Kenneth Kaunda-Mwale met rebel leaders in Lusaka on Friday. "The fighting must stop now," '
     'the president said.', "Kenneth Kaunda-Mwale", "The fighting must stop"),
    ('Foreign Minister Maria Lopez-Arenas arrived in Lima on Monday. "Peru is our friend and our partner," '
     'Lopez-Arenas said.', "Maria Lopez-Arenas", "Peru is our friend"),
    ('Chilean Interior Minister Jorge Vidal-Soto met union leaders on Tuesday. "The strike will not last the week," '
     'Vidal-Soto told reporters.', "Jorge Vidal-Soto", "The strike will not last"),
])
def test_double_surname_is_one_name(extract, text, person, fragment):
    e = extract(text, date="1987-03-02")
    assert person in _people(e)
    assert _speaker(e, fragment) == person


@pytest.mark.parametrize("text, absent", [
    ('Officials in Moscow prepared for the Vladimir Putin-Xi Jinping talks.', "Vladimir Putin-Xi"),
    ('Analysts said the Donald Trump-Kim summit would be brief.', "Donald Trump-Kim"),
])
def test_two_people_joined_by_a_hyphen_stay_apart(extract, text, absent):
    assert absent not in _people(extract(text, date="2019-03-02"))


@pytest.mark.parametrize("text, person, fragment", [
    ('U.S. Assistant Secretary of State Paul Wood called the decision regrettable. "It weakens the alliance at a '
     'difficult time," Wood said.', "Paul Wood", "It weakens the alliance"),
    ('Deputy Secretary of Defense Karen Holloway visited Seoul on Monday. "The alliance is strong and getting '
     'stronger," Holloway said.', "Karen Holloway", "The alliance is strong"),
    ('Assistant Secretary of State Paul Wood met Chinese officials in Beijing. "We had a long and frank talk," '
     'Wood said afterwards.', "Paul Wood", "We had a long and frank talk"),
])
def test_name_after_a_title_ending_in_a_portfolio(extract, text, person, fragment):
    e = extract(text, date="1987-03-02")
    assert person in _people(e)
    assert _speaker(e, fragment) == person


@pytest.mark.parametrize("text, body", [
    ('The Ministry of State Security said the arrests were lawful.', "Ministry of State Security"),
    ('The Secretary of State Policy Planning Staff said the review was over.', None),
])
def test_a_body_after_a_title_word_stays_a_body(extract, text, body):
    e = extract(text, date="1987-03-02")
    assert not any(a.kind == "person" for a in e.actors)
    if body:
        assert body in {a.name for a in e.actors}


def test_a_capitalised_particle_surname_is_the_person_named_before(extract):
    e = extract("Saudi Foreign Minister Faisal al-Rashid arrived in Cairo on Monday. Al-Rashid said the talks with "
                "Egyptian officials had been \"useful and very frank on every point.\"", date="2024-05-06")
    persons = sorted(a.name for a in e.actors if a.kind == "person")
    assert persons == ["Faisal al-Rashid"], persons
    assert [q.speaker for q in e.quotes if q.kind == "direct"] == ["faisal-al-rashid"]


# --- a word of the name the NER left out, joined to it by the parser; a Spanish name's first surname ------


def test_a_last_word_the_ner_cut_off_is_part_of_the_name(extract):
    e = extract('Guyana\'s foreign minister, Priya Ramsaroop, said Tuesday she was prepared to meet her Venezuelan '
                'counterpart, Nelson Colmenares Prieto, "anywhere, at any time" to lower tensions.', date="2024-05-06")
    assert "Nelson Colmenares Prieto" in _people(e)


def test_a_given_name_the_ner_cut_off_is_part_of_the_name(nlp):
    from spacy.tokens import Doc

    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.name_edges import with_cut_words

    words = ["minister", ",", "Alejandro", "Restrepo", "Gaviria", ",", "said"]
    doc = Doc(nlp.vocab, words=words, heads=[6, 0, 4, 4, 0, 0, 6],
              deps=["nsubj", "punct", "compound", "compound", "appos", "punct", "ROOT"],
              pos=["NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"],
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert with_cut_words(doc.ents[0], load_knowledge()).text == "Alejandro Restrepo Gaviria"
    titled = Doc(nlp.vocab, words=["Colonel", "Sitiveni", "Rabuka", "said"], heads=[2, 2, 3, 3],
                 deps=["compound", "compound", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "PROPN", "VERB"],
                 ents=["O", "B-PERSON", "I-PERSON", "O"])
    assert with_cut_words(titled.ents[0], load_knowledge()).text == "Sitiveni Rabuka"  # a rank is no given name


@pytest.mark.parametrize("text, person, partner", [
    ("LIMA, March 3 - Peru's deputy energy minister Ernesto Salas Urbina arrived here last night for talks. Salas "
     "met Bolivian Energy Minister Hugo Rojas Quispe on Tuesday.", "Ernesto Salas Urbina", "Hugo Rojas Quispe"),
    ("Chile's foreign minister, Andres Molina Fuentes, will travel to Lima next week. Molina is due to meet Peru's "
     "foreign minister, Rosa Tapia, on Tuesday.", "Andres Molina Fuentes", "Rosa Tapia"),
])
def test_the_first_of_two_surnames_alone_is_the_person(extract, text, person, partner):
    e = extract(text, date="1987-03-02")
    names = {a.id: a.name for a in e.actors}
    assert any({person, partner} <= {names[x] for x in i.actors} for i in e.interactions), e.interactions
