"""External check against the PLOVER gold-standard records, run by hand: ``python bench/plover.py [-v]``.

``../shared/benchmarks/plover_gsr_cameo/PLOVER_GSR_CAMEO.txt`` (CC BY-SA 4.0, Open Event Data
Alliance) holds 322 one-sentence examples of the CAMEO manual, hand-coded with a PLOVER event
and the ISO 3166 alpha-3 countries of its source and target. Every sentence is extracted as
its own article dated 2000-01-01, and three shares are reported:

- consultations (CONSULT: meetings, visits, calls, talks) that yield a meet/call/negotiate/visit
  between actors of the coded countries (target >= 80 %);
- conflict records (protests, attacks, threats, ...) that yield an *occurred* meeting
  (target <= 5 %): a meeting extractor must not read "A attacked B" as "A met B";
- for comparison, conflict records whose actors span two or more countries: what the usual
  "two countries in one sentence" co-occurrence recipe would call a meeting.

``tests/test_plover.py`` imports this file and asserts the two targets.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/, also when a test loads this file
from _common import ROOT, describe  # noqa: E402  (puts the checkout on sys.path)

from diplomap.models import MEETING_TYPES, Article, Extraction  # noqa: E402

PLOVER_GSR = ROOT.parent / "shared" / "benchmarks" / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.txt"
DATE = "2000-01-01"  # the date the gold file gives every record

CONSULT = "CONSULT"
# PLOVER events that are hostile, never a meeting: CAMEO's verbal-conflict (DEMAND, DISAPPROVE,
# REJECT, THREATEN) and material-conflict (PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, FIGHT)
# quad classes. INVESTIGATE (CAMEO 09) is left out: inspectors sent to a country are a visit.
CONFLICT_EVENTS = frozenset({
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
})
# Codes in the gold file that are not ISO 3166 but plainly mean a country; the other non-ISO
# codes (IGO, NGO, IMG, ISM: international bodies, militant groups) stand for no state.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

TARGET_CONSULT_RECALL = 0.80
TARGET_CONFLICT_MEETINGS = 0.05


class PloverFormatError(ValueError):
    """The gold file is not the JSON list of records this check expects."""


@dataclass(frozen=True)
class Record:
    """One gold sentence: its PLOVER event and the countries of its source and target actors."""

    id: str
    event: str
    text: str
    source: tuple[str, ...]  # ISO alpha-3, deduplicated, in order; non-state actors left out
    target: tuple[str, ...]
    mode: str | None = None

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(self.source) | frozenset(self.target)

    def expected_pairs(self) -> set[frozenset[str]]:
        """Country pairs that must meet: source × target, or among the sources of a reciprocal
        record (one coded only with sources, such as "Israel and Lebanon renewed negotiations")."""
        if self.target:
            return {frozenset((s, t)) for s in self.source for t in self.target if s != t}
        return {frozenset((a, b)) for a in self.source for b in self.source if a < b}


@dataclass
class Outcome:
    """What the extractor made of one record."""

    record: Record
    ok: bool
    got: list[str] = field(default_factory=list)  # the interactions found, as readable lines


def country_code(code: object) -> str | None:
    """The ISO alpha-3 code a gold ``code`` stands for, or ``None`` for IGOs, NGOs, groups."""
    if not isinstance(code, str) or not code.strip():
        return None
    code = CODE_FIXES.get(code.strip().upper(), code.strip().upper())
    return code if pycountry.countries.get(alpha_3=code) else None


def load_records(path: str | Path = PLOVER_GSR) -> list[Record]:
    """Every coded record of the gold file; the ``DOCUMENT`` header is not a record."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise PloverFormatError(f"{path}: not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(data, list):
        raise PloverFormatError(f"{path}: expected a JSON list of records, found {type(data).__name__}")
    records = []
    for n, raw in enumerate(data, 1):
        where = f"{path}: record {n}"
        if not isinstance(raw, dict):
            raise PloverFormatError(f"{where} is a {type(raw).__name__}, not an object")
        if raw.get("event") == "DOCUMENT":
            continue
        for key in ("id", "event", "text"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise PloverFormatError(f"{where} has no '{key}'")
        records.append(Record(id=raw["id"], event=raw["event"], text=raw["text"],
                              source=_side(raw.get("source"), f"{where} source"),
                              target=_side(raw.get("target"), f"{where} target"),
                              mode=raw.get("mode") or None))
    return records


def _side(value: object, where: str) -> tuple[str, ...]:
    """Country codes of a ``source``/``target`` list. The gold file writes a missing side as
    null or "", and once as a stray context word ("diplomatic"): all three mean no actor."""
    if value is None or isinstance(value, str):
        return ()
    if not isinstance(value, list):
        raise PloverFormatError(f"{where} is a {type(value).__name__}, not a list of actors")
    codes: list[str] = []
    for actor in value:
        if not isinstance(actor, dict):
            raise PloverFormatError(f"{where} holds a {type(actor).__name__}, not an actor object")
        code = country_code(actor.get("code"))
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def extract_records(records: Iterable[Record], *, nlp=None) -> list[Extraction]:
    """Each record's sentence as its own article, through the real pipeline."""
    from diplomap.extract.pipeline import extract_articles

    articles = [Article(id=r.id, text=r.text, date=DATE) for r in records]
    return list(extract_articles(articles, nlp=nlp))


def meetings(extraction: Extraction, *, statuses: Iterable[str] | None = None) -> list[list[str | None]]:
    """Participants' countries of each meet/call/negotiate/visit (only ``statuses``, if given)."""
    country = {a.id: a.country for a in extraction.actors}
    wanted = set(statuses) if statuses is not None else None
    return [[country.get(a) for a in i.actors] for i in extraction.interactions
            if i.type in MEETING_TYPES and (wanted is None or i.status in wanted)]


def is_consultation_found(record: Record, extraction: Extraction) -> bool:
    """A meeting (any status but negated) between the coded countries; when the record names
    no two different countries, any meeting with an actor of a coded country (or any at all)."""
    found = meetings(extraction, statuses=("occurred", "planned", "proposed"))
    pairs = record.expected_pairs()
    if pairs:
        return any(pair <= set(countries) for countries in found for pair in pairs)
    if record.countries:
        return any(record.countries & set(countries) for countries in found)
    return bool(found)


def has_occurred_meeting(extraction: Extraction) -> bool:
    return bool(meetings(extraction, statuses=("occurred",)))


def score_consult(records: list[Record], extractions: list[Extraction]) -> list[Outcome]:
    return [Outcome(r, is_consultation_found(r, e), describe(e))
            for r, e in zip(records, extractions, strict=True) if r.event == CONSULT]


def score_conflict(records: list[Record], extractions: list[Extraction]) -> list[Outcome]:
    """``ok`` is False when a conflict record yields an occurred meeting."""
    return [Outcome(r, not has_occurred_meeting(e), describe(e))
            for r, e in zip(records, extractions, strict=True) if r.event in CONFLICT_EVENTS]


def cooccurrence_countries(records: list[Record], *, nlp=None) -> dict[str, set[str]]:
    """Countries of all actors recognised in each sentence (before the extractor keeps only
    those that act): the input of the co-occurrence recipe."""
    from diplomap.extract.actors import find_actors
    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.nlp import load_model

    nlp = nlp or load_model()
    kb = load_knowledge()
    pairs = ((r.text, r) for r in records)
    return {r.id: {a.country for a in find_actors(doc, Article(id=r.id, text=r.text, date=DATE), kb).actors()
                   if a.country}
            for doc, r in nlp.pipe(pairs, as_tuples=True)}


def share(outcomes: list[Outcome], *, ok: bool = True) -> float:
    return sum(o.ok is ok for o in outcomes) / len(outcomes) if outcomes else 0.0


def _expected(record: Record, consult: bool) -> str:
    if not consult:
        return "no occurred meeting"
    pairs = record.expected_pairs()
    if pairs:
        return "meeting between " + " or ".join("–".join(sorted(p)) for p in sorted(pairs, key=sorted))
    return "meeting with " + ("/".join(sorted(record.countries)) or "anyone")


def _print_failures(title: str, outcomes: list[Outcome], consult: bool) -> None:
    failed = [o for o in outcomes if not o.ok]
    print(f"\n{title}: {len(failed)} failing")
    for o in failed:
        print(f"- {o.record.id}: {o.record.text}")
        print(f"    expected: {_expected(o.record, consult)}")
        print(f"    got:      {'; '.join(o.got) or 'no interaction'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(PLOVER_GSR), help="PLOVER_GSR_CAMEO.txt")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every failing record")
    args = parser.parse_args(argv)

    records = load_records(args.path)
    t0 = time.perf_counter()
    extractions = extract_records(records)
    seconds = time.perf_counter() - t0
    consult = score_consult(records, extractions)
    conflict = score_conflict(records, extractions)
    conflict_records = [r for r in records if r.event in CONFLICT_EVENTS]
    countries = cooccurrence_countries(conflict_records)
    cooccur = sum(len(countries[r.id]) >= 2 for r in conflict_records) / len(conflict_records)

    print(f"{len(records)} records extracted in {seconds:.1f} s")
    print(f"consultations found:             {share(consult):6.1%} of {len(consult):3}  "
          f"(target >= {TARGET_CONSULT_RECALL:.0%})")
    print(f"conflicts read as a meeting:     {share(conflict, ok=False):6.1%} of {len(conflict):3}  "
          f"(target <= {TARGET_CONFLICT_MEETINGS:.0%})")
    print(f"co-occurrence baseline (>= 2 countries in the sentence): {cooccur:6.1%} of {len(conflict_records)}")
    if args.verbose:
        _print_failures("Consultations", consult, consult=True)
        _print_failures("Conflicts", conflict, consult=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
