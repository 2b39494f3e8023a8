"""External check against the PETRARCH reference sentences, run by hand: ``python bench/petrarch.py [-v]``.

Two MIT-licensed files of one-sentence records with expected CAMEO codings (see their
PROVENANCE.md in ``../shared/benchmarks/``):

- ``petrarch2_gsr_validation/PETR2_GSR_validation.xml``: 78 real-world news sentences coded
  with real CAMEO codes; a meeting is 036 (intent to meet) or 040-046 (consult, call, visit,
  host, meet at a third location, mediate, negotiate);
- ``petrarch_unittest/PETR.UnitTest.records.xml``: 284 unit-test sentences with fictional
  actors, coded with the small test dictionary ``PETR.Validate.verbs.txt`` where 031 is
  meet/consult/talks, 032 visit and 033 receive a visit (the old TABARI numbering).

Every record is extracted as its own article (with the record's date). A record coded with
a meeting code is *found* when the extractor yields a meet/call/negotiate/visit (not negated)
between actors matching the coded source and target (matched loosely: by ISO country of the
code's first three letters, or by a word of the actor dictionaries' names for that code, or
an organisation for an international body); a record with no meeting code is a *false meeting*
when it yields any non-negated meeting. Nothing here is used by the extractor.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/, also when a test loads this file
from _common import ROOT, describe  # noqa: E402  (puts the checkout on sys.path)

from diplomap.models import MEETING_TYPES, Actor, Article, Extraction  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks"
GSR = BENCH / "petrarch2_gsr_validation" / "PETR2_GSR_validation.xml"
UNIT = BENCH / "petrarch_unittest" / "PETR.UnitTest.records.xml"
UNIT_ACTORS = BENCH / "petrarch_unittest" / "PETR.Validate.actors.txt"

GSR_MEETING = frozenset({"036", "040", "041", "042", "043", "044", "045", "046"})
UNIT_MEETING = frozenset({"031", "032", "033"})
NON_STATE = ("IGO", "NGO", "IMG", "ISM", "MNC", "UAF")  # code prefixes of bodies with no state
STOP = frozenset({"the", "of", "and", "for", "in", "on", "de", "al"})

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


@dataclass(frozen=True)
class Coding:
    event: str
    source: str
    target: str


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    date: str | None
    codings: tuple[Coding, ...]


@dataclass
class Outcome:
    record: Record
    meeting: bool  # coded as a meeting
    ok: bool
    got: list[str] = field(default_factory=list)


def load_records(path: Path) -> list[Record]:
    """The records of a PETRARCH validation XML file (read with patterns: the GSR file's
    ``<Sentence .../>`` start tags are self-closed, so it is not well-formed XML)."""
    records = []
    for head, body in _SENTENCE.findall(path.read_text(encoding="utf-8")):
        attrs = dict(_ATTR.findall(head))
        text = _TEXT.search(body)
        if not text or "id" not in attrs:
            continue
        codings = tuple(Coding(c.get("eventcode", ""), c.get("sourcecode", ""), c.get("targetcode", ""))
                        for c in (dict(_ATTR.findall(m)) for m in _CODING.findall(body))
                        if c.get("eventcode"))
        date = attrs.get("date", "")
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None
        records.append(Record(attrs["id"], _sentence(text.group(1)), iso, codings))
    return records


def _sentence(text: str) -> str:
    """The record's text on one line, closed by a full stop when it has no closing punctuation:
    the extractor reads a short line with none as a heading, and these sentences were cut out
    of articles where they ended one."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?\"'" else text + "."


def load_names(path: Path = UNIT_ACTORS) -> dict[str, set[str]]:
    """Name words of each three-letter code prefix in a PETRARCH actor dictionary
    (``NAME [CODE]`` lines, ``+ALIAS`` lines belonging to the entry above)."""
    names: dict[str, set[str]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#")[0].strip()
        m = re.match(r"^([^\[+<]+?)\s*\[([A-Za-z-]{3})", line)
        if m:
            current = m.group(2).upper()
            names.setdefault(current, set()).update(_words(m.group(1)))
        elif line.startswith("+") and current:
            names[current].update(_words(line[1:]))
    for country in pycountry.countries:
        names.setdefault(country.alpha_3, set()).update(_words(country.name))
    return names


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s_,.()'-]+", text.lower()) if len(w) >= 3 and w not in STOP}


def matches(actor: Actor, code: str, names: dict[str, set[str]]) -> bool:
    """Whether ``actor`` may stand for the CAMEO actor ``code`` (loose on purpose)."""
    code = code.strip().upper()
    if not code or code.startswith("---"):
        return True
    if actor.country and actor.country == code[:3]:
        return True
    if code[:3] in NON_STATE and actor.kind == "organization":
        return True
    words: set[str] = set()
    for text in (actor.name, actor.role or "", *actor.aliases):
        words |= _words(text)
    return bool(words & names.get(code[:3], set()))


def meeting_pairs(extraction: Extraction) -> list[tuple[Actor, Actor]]:
    actors = {a.id: a for a in extraction.actors}
    pairs = []
    for i in extraction.interactions:
        if i.type in MEETING_TYPES and i.status != "negated":
            people = [actors[a] for a in i.actors if a in actors]
            pairs += [(x, y) for x in people for y in people if x.id != y.id]
    return pairs


def score(record: Record, extraction: Extraction, meeting_codes: frozenset[str],
          names: dict[str, set[str]]) -> Outcome:
    wanted = [c for c in record.codings if c.event in meeting_codes]
    pairs = meeting_pairs(extraction)
    got = describe(extraction)
    if not wanted:
        return Outcome(record, False, not pairs, got)
    ok = any(matches(a, c.source, names) and matches(b, c.target, names) for c in wanted for a, b in pairs)
    return Outcome(record, True, ok, got)


def run(path: Path, meeting_codes: frozenset[str], names: dict[str, set[str]], nlp=None) -> list[Outcome]:
    from diplomap.extract.pipeline import extract_articles

    records = load_records(path)
    articles = [Article(id=r.id, text=r.text, date=r.date) for r in records]
    extractions = list(extract_articles(articles, nlp=nlp))
    return [score(r, e, meeting_codes, names) for r, e in zip(records, extractions, strict=True)]


def report(title: str, outcomes: list[Outcome], verbose: bool) -> None:
    coded = [o for o in outcomes if o.meeting]
    other = [o for o in outcomes if not o.meeting]
    found = sum(o.ok for o in coded)
    false = sum(not o.ok for o in other)
    print(f"{title}: meetings found {found}/{len(coded)} ({found / max(len(coded), 1):.1%}), "
          f"false meetings {false}/{len(other)} ({false / max(len(other), 1):.1%})")
    if not verbose:
        return
    for o in outcomes:
        if o.ok:
            continue
        codes = ", ".join(f"{c.event} {c.source}>{c.target}" for c in o.record.codings) or "no event"
        print(f"  {'MISS' if o.meeting else 'FALSE'} {o.record.id} [{codes}]: {o.record.text}")
        print(f"      got: {'; '.join(o.got) or 'no interaction'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every failing record")
    args = parser.parse_args(argv)
    from diplomap.extract.nlp import load_model

    nlp = load_model()
    names = load_names()
    report("PETR2 GSR validation", run(GSR, GSR_MEETING, names, nlp), args.verbose)
    report("PETR unit tests", run(UNIT, UNIT_MEETING, names, nlp), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
