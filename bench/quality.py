"""Extraction quality on every dev set of ``../shared/eval``, with a tuning and a checking half.

    python bench/quality.py [--shared ../shared] [--per-article tune] [--extra NAME=DIR ...]

Each dev set is split in two by a fixed rule (a hash of the article id), so the same
articles are always in the same half: rules are tuned on ``tune`` and accepted only when
``check`` does not fall (see docs/quality.md). Runs the real contract,
``python -m diplomap extract --format jsonl``, and scores it with the kit's ``score.py``.
``--extra`` adds a set of your own (``DIR/articles.jsonl`` and ``DIR/gold.jsonl``, kept outside
the project), scored on its own and never part of the dev halves; it is split by the same rule
into ``NAME, tune half`` and ``NAME, check half`` rows, and ``--per-article NAME:tune`` lists the
failures of its tuning half. With two or more, the last rows pool their tuning and checking halves.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {"seed": "seed", "dev": "dev", "dev-voa2": "dev-voa2", "dev-wikinews": "dev-wikinews"}
METRICS = (("events", "who_met_whom_events"), ("pairs", "who_met_whom"), ("attribution", "quote_attribution"),
           ("actors", "actors"))


def half(article_id: str) -> str:
    """``tune`` or ``check``: fixed for an article, whatever else is in the set."""
    return "tune" if hashlib.sha1(article_id.encode()).digest()[0] % 2 == 0 else "check"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def gold_id(row: dict) -> str:
    return (row.get("article") or {}).get("id") or row.get("id")


def score(eval_dir: Path, gold: list[dict], pred: list[dict], tmp: Path, per_article: bool = False) -> dict | None:
    """score.py's figures, or None for no gold at all (a set handed out as one half only)."""
    if not gold:
        return None
    g, p = tmp / "g.jsonl", tmp / "p.jsonl"
    write_jsonl(g, gold)
    write_jsonl(p, pred)
    cmd = [sys.executable, str(eval_dir / "score.py"), str(g), str(p)]
    if per_article:
        print(subprocess.run(cmd + ["--per-article"], capture_output=True, text=True, check=True).stdout)
    out = subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def row(name: str, s: dict | None) -> str:
    if s is None:
        return f"| {name} (0) | – | – | – | – | – |"
    cells = [f"{s[key]['f1']:.3f}" for _, key in METRICS]
    cells.append(f"{s['person_country_accuracy']:.3f}")
    return f"| {name} ({s['articles']}) | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--per-article", metavar="HALF",
                        help="also print score.py's per-article listing of a half: tune, check, all, "
                             "or NAME:tune for an --extra set (tune on tuning halves only)")
    parser.add_argument("--extra", action="append", default=[], metavar="NAME=DIR",
                        help="another gold set: DIR/articles.jsonl and DIR/gold.jsonl, scored on its own")
    args = parser.parse_args(argv)
    eval_dir = args.shared / "eval"
    if not (eval_dir / "score.py").exists():
        parser.error(f"{eval_dir} has no score.py: pass --shared")
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        articles, gold, origin = [], [], {}
        for name, stem in SETS.items():
            prefix = "seed-article" if name == "seed" else f"{stem}-articles"
            for a in read_jsonl(eval_dir / f"{prefix}.jsonl"):
                origin[a["id"]] = name
                articles.append(a)
            gold += read_jsonl(eval_dir / f"{'seed' if name == 'seed' else stem}-gold.jsonl")
        extra_gold = []
        for spec in args.extra:
            name, _, folder = spec.partition("=")
            for a in read_jsonl(Path(folder) / "articles.jsonl"):
                origin[a["id"]] = name
                articles.append(a)
            extra_gold += read_jsonl(Path(folder) / "gold.jsonl")
        write_jsonl(tmp / "articles.jsonl", articles)
        run = subprocess.run([sys.executable, "-m", "diplomap", "extract", str(tmp / "articles.jsonl"),
                              "--format", "jsonl"], capture_output=True, text=True, cwd=ROOT)
        if run.returncode:
            sys.exit(run.stderr)
        pred = {r["article"]["id"]: r for r in map(json.loads, run.stdout.splitlines())}

        def part(keep) -> tuple[list[dict], list[dict]]:
            gs = [g for g in gold if keep(gold_id(g))]
            return gs, [pred[gold_id(g)] for g in gs if gold_id(g) in pred]

        print("| set (articles) | events F1 | pairs F1 | attribution F1 | actors F1 | person country |")
        print("| --- | --- | --- | --- | --- | --- |")
        dev_ids = {gold_id(g) for g in gold}
        gold += extra_gold
        for name in SETS:
            print(row(name, score(eval_dir, *part(lambda i, n=name: origin[i] == n), tmp)))
        for name in (spec.partition("=")[0] for spec in args.extra):
            print(row(name, score(eval_dir, *part(lambda i, n=name: origin[i] == n), tmp)))
            for h in ("tune", "check"):
                s = score(eval_dir, *part(lambda i, n=name, h=h: origin[i] == n and half(i) == h), tmp,
                          args.per_article == f"{name}:{h}")
                print(row(f"{name}, {h} half", s))
        for h in ("tune", "check"):
            s = score(eval_dir, *part(lambda i, h=h: i in dev_ids and half(i) == h), tmp, args.per_article == h)
            print(row(f"all, {h} half", s))
        print(row("all dev", score(eval_dir, *part(lambda i: i in dev_ids), tmp, args.per_article == "all")))
        if len(args.extra) > 1:  # the extra sets' halves pooled: their checking halves, never tuned on, are
            for h in ("tune", "check"):  # the nearest thing to a hidden set
                s = score(eval_dir, *part(lambda i, h=h: i not in dev_ids and half(i) == h), tmp)
                print(row(f"extra sets pooled, {h} halves", s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
