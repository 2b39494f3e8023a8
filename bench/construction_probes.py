"""Made-up probe stories, written by annotators who never saw the rules, read through the pipeline.

    python bench/construction_probes.py [meetings|quotes] [--all]
    python bench/construction_probes.py --held-out

``bench/probes/meetings.jsonl`` and ``quotes.jsonl`` hold short invented stories in the three sources'
styles (a 1987 wire, VOA, Wikinews), each with the meetings (and pairs never to link) or the quote speakers
a reader would record (a wire story's headline, where given, is its ``title``, as in the corpus). They were written from GUIDELINES.md alone, so they sample constructions the rules
were not built from: a failure here is a class to fix (with its own construction test), never a sentence
to match. Prints each failing story with what was expected and found, then the count.

``bench/probes/heldout/`` is a second battery by other annotators (60 meeting and 60 quote stories) that
is never read: ``--held-out`` prints its failures as counts by kind only, so it stays a check on whether
fixes made from the first battery hold on constructions no one tuned on.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/, also when a test loads this file
from _common import ROOT  # noqa: E402  (puts the checkout on sys.path)

from diplomap.extract.nlp import load_model  # noqa: E402
from diplomap.extract.pipeline import extract_article  # noqa: E402
from diplomap.models import MEETING_TYPES, Actor, Article, Extraction  # noqa: E402

PROBES = ROOT / "bench" / "probes"
# state names the probes write one way and the knowledge files another
SAME_STATE = ({"united states", "u s", "usa", "america"}, {"soviet union", "russia", "ussr"},
              {"west germany", "germany"}, {"britain", "united kingdom"}, {"european community", "european union", "ec"})


def norm(name: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", s).split())


def actor_named(name: str, actors: list[Actor]) -> str | None:
    """The actor a probe's name stands for: same name or alias, a state's other name, or a person of that surname."""
    want = {norm(name)}.union(*(names for names in SAME_STATE if norm(name) in names))
    for a in actors:
        if want & ({norm(a.name)} | {norm(x) for x in a.aliases}):
            return a.id
    last = norm(name).split()[-1:]
    return next((a.id for a in actors if a.kind == "person" and norm(a.name).split()[-1:] == last), None)


def _words(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def meeting_failures(probe: dict, e: Extraction) -> list[str]:
    """Expected meetings no found meeting shares two parties with, and pairs linked that must not be."""
    found = [set(i.actors) for i in e.interactions if i.type in MEETING_TYPES]
    out = []
    for m in probe["meetings"]:
        ids = {actor_named(n, e.actors) for n in m["actors"]} - {None}
        if not any(len(ids & f) >= 2 for f in found):
            out.append(f"missed {m['type']} {m['status']}: {', '.join(m['actors'])}")
    for a, b in probe.get("not_linked", []):
        ia, ib = actor_named(a, e.actors), actor_named(b, e.actors)
        if ia and ib and any({ia, ib} <= f for f in found):
            out.append(f"linked, should not be: {a} - {b}")
    return out


def quote_failures(probe: dict, e: Extraction) -> list[str]:
    """Expected quotes not found, or found with another speaker."""
    names = {a.id: a.name for a in e.actors}
    out = []
    for q in probe["quotes"]:
        start = _words(q["start"])  # apostrophes of either shape, as score.py reads them
        got = [p for p in e.quotes if start in _words(p.text)[:len(start) + 40]]
        if not got:
            out.append(f"no quote starting {q['start']!r}")
            continue
        want = actor_named(q["speaker"], e.actors) if q["speaker"] else None
        if got[0].speaker != want or (q["speaker"] and want is None):
            out.append(f"{q['start']!r}: want {q['speaker']}, got {names.get(got[0].speaker)}")
    return out


def run(kind: str, path: Path | None = None, show_all: bool = False, counts_only: bool = False) -> tuple[int, int]:
    """Failures and expectations over one probe file; prints each failing story, or with ``counts_only``
    the failures by kind and no story."""
    nlp = load_model()
    failures = expected = 0
    kinds: Counter[str] = Counter()
    check = meeting_failures if kind == "meetings" else quote_failures
    for line in (path or PROBES / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        e = extract_article(Article(id=probe["id"], title=probe.get("title", ""), text=probe["text"], date=probe["date"]), nlp=nlp)
        expected += len(probe["meetings"] if kind == "meetings" else probe["quotes"])
        bad = check(probe, e)
        failures += len(bad)
        kinds.update(_kind_of(b) for b in bad)
        if (bad or show_all) and not counts_only:
            print(f"== {probe['id']} [{probe['construction']}]")
            for b in bad:
                print("   ", b)
    print(f"{kind}: {failures} failures over {expected} expectations")
    if counts_only:
        for what, n in kinds.most_common():
            print(f"    {n:3d} {what}")
    return failures, expected


def _kind_of(failure: str) -> str:
    """A failure line without its names or words: "missed meet occurred", "linked", "wrong speaker"."""
    if failure.startswith("missed"):
        return failure.split(":")[0]
    if failure.startswith("linked"):
        return "linked, should not be"
    return "no quote found" if failure.startswith("no quote") else "wrong speaker"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", nargs="?", choices=("meetings", "quotes"), default=None)
    ap.add_argument("--all", action="store_true", help="list every story, not only failing ones")
    ap.add_argument("--held-out", action="store_true", help="the held-out battery, counts by kind only")
    args = ap.parse_args()
    for kind in [args.kind] if args.kind else ["meetings", "quotes"]:
        if args.held_out:
            run(kind, PROBES / "heldout" / f"{kind}.jsonl", counts_only=True)
        else:
            run(kind, show_all=args.all)


if __name__ == "__main__":
    main()
