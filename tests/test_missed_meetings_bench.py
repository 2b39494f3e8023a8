"""bench/missed_meetings.py: where a missed gold meeting was lost, on an invented story and gold
(the kit's score.py does the name matching, so this test reads ../shared/eval)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from conftest import shared_dir

from diplomap.models import Article

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_missed_meetings", ROOT / "bench" / "missed_meetings.py")
missed = sys.modules["bench_missed_meetings"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(missed)

STORY = Article(id="made-up-1", date="2024-05-02", title="Talks in Vienna",
                text="VIENNA (Wire) - Austrian Chancellor Karl Nehammer met Polish Prime Minister Donald Tusk in "
                     "Vienna on Thursday.\n\nNehammer praised Swedish Prime Minister Ulf Kristersson for his "
                     "courage.\n\nTusk also called for calm.")
ACTORS = [{"name": "Karl Nehammer", "aliases": ["Nehammer"], "kind": "person", "country": "AUT"},
          {"name": "Donald Tusk", "aliases": ["Tusk"], "kind": "person", "country": "POL"},
          {"name": "Ulf Kristersson", "aliases": ["Kristersson"], "kind": "person", "country": "SWE"},
          {"name": "Viktor Kalinsky", "aliases": [], "kind": "person", "country": "CZE"}]


def meeting(a: str, b: str, evidence: str) -> dict:
    return {"type": "meet", "actors": [a, b], "status": "occurred", "evidence": evidence}


def test_counts_found_meetings_and_names_the_stage_each_miss_was_lost_at():
    score = missed.load_score(shared_dir("eval").parent)
    gold = {"made-up-1": {"id": "made-up-1", "actors": ACTORS, "meetings": [
        meeting("Karl Nehammer", "Donald Tusk", "Austrian Chancellor Karl Nehammer met Polish Prime Minister Donald Tusk"),
        meeting("Karl Nehammer", "Viktor Kalinsky", "Austrian Chancellor Karl Nehammer met Polish Prime Minister Donald Tusk"),
        meeting("Karl Nehammer", "Ulf Kristersson", "Nehammer praised Swedish Prime Minister Ulf Kristersson"),
    ]}}
    counts = missed.count_misses([STORY], gold, score)
    assert counts["found"] == 1
    assert counts["missed"] == 2
    assert counts[f"stage {missed.STAGES[0]}"] == 1  # never named in the story
    assert counts[f"stage {missed.STAGES[2]}"] == 1  # "praised" is no meeting word


def test_a_story_without_gold_is_not_counted():
    score = missed.load_score(shared_dir("eval").parent)
    assert missed.count_misses([STORY], {}, score) == {}
