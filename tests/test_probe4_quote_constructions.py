"""Speakers a fourth battery of made-up probe stories found unread: a name right after a title and the
state it is posted for ("U.S. special envoy for North Korea X Y"), a body's word for itself that also makes
bodies' names ("“…,” the agency said" after the World Food Programme), a body known under a longer name the
NER cuts ("the Office of the U.N. High Commissioner for Human Rights … it said"), and a surname the NER tagged
as a place ("Economy Minister Raul Ezcurra" + GPE "Lamadrid"). Made-up sentences only."""
from __future__ import annotations

import pytest


def _speaker(e, fragment: str) -> str | None:
    names = {a.id: a.name for a in e.actors}
    return next(names.get(q.speaker) for q in e.quotes if fragment in q.text)


@pytest.mark.parametrize("text,fragment,speaker", [
    ("U.S. special envoy for North Korea Clifford Mayhew met South Korean nuclear negotiator Lee Joon-ho in Seoul "
     "on Tuesday. “The door to diplomacy remains open,” the envoy told reporters after the meeting.",
     "The door to diplomacy", "Clifford Mayhew"),
    ("The World Food Programme warned Friday that millions of people in Sudan were on the brink of famine. “We are "
     "running out of time and we are running out of food,” the agency said in a statement.",
     "We are running out of time", "World Food Programme"),
    ("The Office of the U.N. High Commissioner for Human Rights stood by its findings. “We stand by every word of "
     "the report,” it said in a statement.", "We stand by every word", "UN Human Rights Office"),
    ("BUENOS AIRES, March 25 - Argentine President Hector Obligado Uriburu and Economy Minister Raul Ezcurra Lamadrid "
     "today defended a wage freeze. The minister, speaking to reporters later, said: \"The banks are watching, and "
     "the IMF is watching.\"", "The banks are watching", "Raul Ezcurra Lamadrid"),
])
def test_probe4_speaker(extract, text, fragment, speaker):
    assert _speaker(extract(text, date="2023-04-18"), fragment) == speaker

