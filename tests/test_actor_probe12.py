"""An independent battery of actors and person countries in today's VOA/Wikinews style (branch probe12a).

Every passage is made up (names, places and wording), written from the language of web news copy rather
than from the code: persons introduced by title + name, by an appositive role, as experts at an institute
placed in a city, as a state's envoy, as analysts, activists, residents, spokespeople, opposition figures,
rebels, clergy and athletes, with names from many languages; bodies (ministries, agencies, NGOs, militias,
parties, companies, courts, UN bodies, acronyms in brackets); and what is not an actor per
../shared/eval/GUIDELINES.md (outlets cited only as sources, places, reporters, products).

Each case lists the actors an annotator would write — (name, kind, country) — and names that must not be
actors. A person's country is the state they serve or belong to; an expert's is where the passage places
the institution; null for officials of international bodies and for people the passage does not place.
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from actor_probe12_cases import CASES

# Words the scorer (../shared/eval/score.py) drops when it matches a name to the gold.
_TITLES = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "president", "prime", "minister", "chancellor",
           "king", "queen", "prince", "secretary", "general", "senator", "sen", "rep", "gov", "governor", "premier",
           "pope", "sheikh", "emir", "the", "former", "vice", "foreign", "state"}


def _norm(s: str) -> str:
    """A name as the scorer compares it: no accents, case, punctuation or courtesy titles."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s.replace("'s", " "))
    return " ".join(w for w in s.split() if w not in _TITLES)


def _find(extraction, name: str, kind: str):
    want = _norm(name)
    for a in extraction.actors:
        if a.kind == kind and want in {_norm(n) for n in (a.name, *a.aliases)}:
            return a
    return None


def _cases():
    out = []
    for i, case in enumerate(CASES):
        cls, text, expected, absent = case[:4]
        marks = [pytest.mark.xfail(strict=True, reason=case[4])] if len(case) > 4 else []
        out.append(pytest.param(text, expected, absent, id=f"{cls}-{i:02d}", marks=marks))
    return out


@pytest.mark.parametrize("text,expected,absent", _cases())
def test_probe12_actor(extract, text, expected, absent):
    e = extract(text)
    got = [(a.name, a.kind, a.country) for a in e.actors]
    for name, kind, country in expected:
        a = _find(e, name, kind)
        assert a is not None, f"{name} ({kind}) missing: {got}"
        if kind == "person":
            assert a.country == country, f"{name}: country {a.country}, want {country}: {got}"
    for name in absent:
        bad = [a.name for a in e.actors if a.kind != "country" and _norm(name) in {_norm(n) for n in (a.name, *a.aliases)}]
        assert not bad, f"{name} must not be an actor: {got}"
