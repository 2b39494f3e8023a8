"""The extraction contract: ``python -m diplomap extract PATH... --format jsonl`` (SCHEMA.md)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "fixtures" / "ingest" / "bad"


def run_extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplomap", "extract", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_bad_inputs_give_one_error_each_and_full_output_for_the_rest(tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(BAD, folder)
    done = run_extract(str(folder), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4, done.stderr  # empty, binary, one malformed JSONL line, CSV without text
    assert any("empty.txt" in e for e in errors)
    assert any("scan.txt" in e for e in errors)
    assert any("mixed.jsonl" in e for e in errors)
    assert any("no_text.csv" in e and "text" in e for e in errors)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    ids = {r["article"]["id"] for r in records}
    assert "latin1" in ids  # decoded with a fallback and a warning
    assert any("latin1" in line and "warning" in line for line in done.stderr.splitlines())
    for r in records:
        assert set(r) == {"article", "actors", "interactions", "quotes"}


def test_every_input_failing_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    done = run_extract(str(tmp_path / "empty.txt"))
    assert done.returncode == 1
    assert "empty" in done.stderr


def test_seed_article_output_follows_schema():
    done = run_extract(str(ROOT / "data" / "articles"), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert record["article"]["id"] == "seed-starmer-ukraine"
    assert record["article"]["date"] == "2025-02-16"
    ids = {a["id"] for a in record["actors"]}
    for inter in record["interactions"]:
        assert set(inter["actors"]) <= ids and len(inter["actors"]) >= 2
        assert inter["status"] in ("occurred", "planned", "proposed", "negated")
    text = (ROOT / "data" / "articles" / "seed-starmer-ukraine.txt").read_text().split("---\n", 2)[2]
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]].startswith(q["text"][:20])


def test_table_and_json_formats():
    done = run_extract(str(ROOT / "data" / "articles"), "--format", "json")
    assert done.returncode == 0
    assert isinstance(json.loads(done.stdout), list)
    table = run_extract(str(ROOT / "data" / "articles"), "--format", "table")
    assert "Keir Starmer" in table.stdout
