"""Names the statistical NER labelled as places or bodies that the text introduces as persons,
with made-up names and wording (none taken from an article). The mislabelling is forced on the
parsed text, so the tests do not depend on the model's guesses."""
from __future__ import annotations

import pytest
from spacy.tokens import Span


def _repaired(nlp, text: str, name: str, label: str, whole: bool) -> list[tuple[str, str]]:
    from diplomap.extract.entities import repair_person_entities
    from diplomap.extract.knowledge import load_knowledge

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    if not whole:  # only the surname tagged: "Hodan" + "Jibril" (GPE)
        span = Span(doc, span.end - 1, span.end)
    others = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
    doc.ents = sorted([*others, Span(doc, span.start, span.end, label=label)], key=lambda e: e.start)
    repair_person_entities(doc, load_knowledge())
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text,name", [
    ("Hodan Jibril is the executive director of the Hargeisa-based group Horn Civic Forum.", "Hodan Jibril"),
    ("Civil groups want talks. Tendai Moyo is a researcher at the Lusaka Policy Centre.", "Tendai Moyo"),
    ("Sahr Kamanda is the chairman of the Bo traders' association, which opposes the tax.", "Sahr Kamanda"),
])
@pytest.mark.parametrize("whole", [True, False])
def test_a_name_said_to_be_a_title_holder_is_a_person(nlp, text, name, whole):
    assert (name, "PERSON") in _repaired(nlp, text, name, "GPE", whole)


@pytest.mark.parametrize("text,name", [
    ("New Bristol is the capital of the province and its largest port.", "New Bristol"),
    ("Port Halden is a town of fishermen on the northern coast.", "Port Halden"),
])
def test_a_place_said_to_be_a_place_stays_a_place(nlp, text, name):
    assert (name, "PERSON") not in _repaired(nlp, text, name, "GPE", True)


@pytest.mark.parametrize("text,name", [
    ("Under the sanctions, Halvorsen, his wife, Marit Halvorsen, and his daughter, Sigrid Halvorsen "
     "Dahl, are barred from travel.", "Sigrid Halvorsen Dahl"),
    ("The minister and his son, Teodor Vasilescu, were charged on Monday.", "Teodor Vasilescu"),
])
def test_a_name_beside_a_kin_noun_is_a_person(nlp, text, name):
    assert (name, "PERSON") in _repaired(nlp, text, name, "ORG", True)
