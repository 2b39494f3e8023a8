"""bench/construction_probes.py: its checks of expected meetings and speakers, on small invented
extractions (no pipeline run), and its probe files' shape."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from diplomap.models import Actor, Article, Extraction, Interaction, Quote

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_construction_probes", ROOT / "bench" / "construction_probes.py")
probes = sys.modules["bench_construction_probes"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probes)

ACTORS = [Actor(id="a", name="Ana Soto", kind="person", aliases=["Soto"]),
          Actor(id="b", name="Luis Ferrer", kind="person"),
          Actor(id="us", name="United States", kind="country", aliases=["U.S."]),
          Actor(id="c", name="Carla Mendes", kind="person")]


def extraction(interactions=(), quotes=()) -> Extraction:
    return Extraction(article=Article(id="p", text="x"), actors=ACTORS, interactions=list(interactions),
                      quotes=list(quotes))


def test_a_state_written_another_way_and_a_surname_find_their_actor():
    assert probes.actor_named("USA", ACTORS) == "us" and probes.actor_named("Soto", ACTORS) == "a"
    assert probes.actor_named("Pedro Gil", ACTORS) is None


def test_a_meeting_sharing_two_parties_is_found_and_a_forbidden_pair_is_reported():
    probe = {"meetings": [{"type": "meet", "status": "occurred", "actors": ["Ana Soto", "Luis Ferrer"]}],
             "not_linked": [["Ana Soto", "Carla Mendes"]]}
    met = Interaction(type="meet", actors=["a", "b"], status="occurred")
    assert probes.meeting_failures(probe, extraction([met])) == []
    wrong = Interaction(type="negotiate", actors=["a", "c"], status="occurred")
    failures = probes.meeting_failures(probe, extraction([wrong]))
    assert len(failures) == 2 and failures[0].startswith("missed") and failures[1].startswith("linked")


def test_a_quote_with_another_speaker_or_none_found_fails():
    probe = {"quotes": [{"start": "We will not back down", "speaker": "Luis Ferrer"}]}
    right = Quote(text="We will not back down, ever.", speaker="b", kind="direct", start=0, end=10)
    assert probes.quote_failures(probe, extraction(quotes=[right])) == []
    other = Quote(text="We will not back down, ever.", speaker="a", kind="direct", start=0, end=10)
    assert "want Luis Ferrer, got Ana Soto" in probes.quote_failures(probe, extraction(quotes=[other]))[0]
    assert probes.quote_failures(probe, extraction())[0].startswith("no quote")


def test_a_failure_is_counted_by_its_kind_without_its_words():
    assert probes._kind_of("missed meet occurred: Ana Soto, Luis Ferrer") == "missed meet occurred"
    assert probes._kind_of("linked, should not be: Ana Soto - Carla Mendes") == "linked, should not be"
    assert probes._kind_of("'We will not': want Luis Ferrer, got Ana Soto") == "wrong speaker"


def test_every_probe_names_what_it_expects():
    for kind, key in [(k, k) for k in ("meetings", "quotes")] + [(f"heldout/{k}", k) for k in ("meetings", "quotes")]:
        lines = (probes.PROBES / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) >= 60
        for line in lines:
            probe = json.loads(line)
            assert probe["text"] and probe["date"] and probe["construction"] and key in probe
