"""The PLOVER external check (bench/plover.py): its reading of the gold file, its scoring rules,
and the extractor against the targets on the real 322 records."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from conftest import shared_dir

from diplomap.models import Actor, Article, Extraction, Interaction

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_plover", ROOT / "bench" / "plover.py")
plover = sys.modules["bench_plover"] = importlib.util.module_from_spec(_spec)  # dataclasses look it up
_spec.loader.exec_module(plover)


def _write(tmp_path, records) -> str:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return str(path)


HEADER = {"id": "DOC-1", "event": "DOCUMENT", "eventText": "internal documentation"}


def _record(id="R-1", event="CONSULT", text="A met B.", source=None, target=None, **extra):
    return {"id": id, "event": event, "text": text, "source": source, "target": target, **extra}


def _actor(code, text="someone"):
    return {"actorText": text, "code": code, "sector": "GOV"}


# --- Reading the gold file ----------------------------------------------------------------------


def test_load_records_skips_the_document_header_and_keeps_countries(tmp_path):
    path = _write(tmp_path, [HEADER, _record(source=[_actor("USA"), _actor("USA")], target=[_actor("RUS")],
                                             mode="phone")])
    [r] = plover.load_records(path)
    assert (r.id, r.event, r.mode) == ("R-1", "CONSULT", "phone")
    assert r.source == ("USA",)  # deduplicated
    assert r.target == ("RUS",)


def test_non_state_codes_are_no_country_and_typos_are_fixed(tmp_path):
    path = _write(tmp_path, [_record(source=[_actor("IGO"), _actor("NGO"), _actor("JAP")],
                                     target=[_actor("ITL"), _actor("IMG"), {"actorText": "x"}])])
    [r] = plover.load_records(path)
    assert r.source == ("JPN",)
    assert r.target == ("ITA",)


@pytest.mark.parametrize("missing", [None, "", "diplomatic"])
def test_a_missing_side_is_empty(tmp_path, missing):
    [r] = plover.load_records(_write(tmp_path, [_record(source=[_actor("ISR")], target=missing)]))
    assert r.target == ()


@pytest.mark.parametrize("data, message", [
    ({"id": "x"}, "expected a JSON list"),
    (["text"], "record 1 is a str"),
    ([_record(text="")], "has no 'text'"),
    ([{"event": "CONSULT", "text": "A met B."}], "has no 'id'"),
    ([_record(source={"code": "USA"})], "source is a dict"),
    ([_record(target=["USA"])], "target holds a str"),
])
def test_malformed_files_raise_a_clear_error(tmp_path, data, message):
    with pytest.raises(plover.PloverFormatError, match=message):
        plover.load_records(_write(tmp_path, data))


def test_invalid_json_is_a_format_error(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text("[{", encoding="utf-8")
    with pytest.raises(plover.PloverFormatError, match="not valid JSON"):
        plover.load_records(path)


def test_expected_pairs_source_by_target_or_reciprocal():
    directed = plover.Record("a", "CONSULT", "t", source=("QAT",), target=("ARE", "SAU"))
    assert directed.expected_pairs() == {frozenset({"QAT", "ARE"}), frozenset({"QAT", "SAU"})}
    reciprocal = plover.Record("b", "CONSULT", "t", source=("ISR", "LBN"), target=())
    assert reciprocal.expected_pairs() == {frozenset({"ISR", "LBN"})}
    domestic = plover.Record("c", "CONSULT", "t", source=("CHL",), target=("CHL",))
    assert domestic.expected_pairs() == set()


# --- Scoring rules, on hand-made extractions -------------------------------------------------------

ACTORS = [Actor("obama", "Barack Obama", "person", "USA"), Actor("morocco", "Morocco", "country", "MAR"),
          Actor("france", "France", "country", "FRA"), Actor("nato", "NATO", "organization")]


def _extraction(*interactions: Interaction) -> Extraction:
    return Extraction(Article(id="x", text="..."), actors=ACTORS, interactions=list(interactions))


def test_consultation_needs_a_meeting_between_the_coded_countries():
    record = plover.Record("a", "CONSULT", "t", source=("MAR",), target=("USA",))
    assert plover.is_consultation_found(record, _extraction(Interaction("meet", ["morocco", "obama"])))
    assert plover.is_consultation_found(record, _extraction(Interaction("visit", ["obama", "morocco"],
                                                                        status="planned")))
    assert not plover.is_consultation_found(record, _extraction(Interaction("meet", ["france", "obama"])))
    assert not plover.is_consultation_found(record, _extraction(Interaction("criticize", ["morocco", "obama"])))
    assert not plover.is_consultation_found(record, _extraction(Interaction("meet", ["morocco", "obama"],
                                                                            status="negated")))


def test_consultation_without_two_countries_accepts_any_meeting_of_a_coded_one():
    one_side = plover.Record("a", "CONSULT", "t", source=(), target=("FRA",))  # e.g. an IGO hosts France
    assert plover.is_consultation_found(one_side, _extraction(Interaction("meet", ["nato", "france"])))
    assert not plover.is_consultation_found(one_side, _extraction(Interaction("meet", ["nato", "obama"])))


def test_conflict_counts_only_occurred_meetings():
    assert plover.has_occurred_meeting(_extraction(Interaction("call", ["france", "obama"])))
    assert not plover.has_occurred_meeting(_extraction(Interaction("meet", ["france", "obama"], status="planned"),
                                                       Interaction("threaten", ["france", "obama"])))


def test_shares():
    r = plover.Record("a", "FIGHT", "t", source=(), target=())
    outcomes = [plover.Outcome(r, True), plover.Outcome(r, True), plover.Outcome(r, False), plover.Outcome(r, True)]
    assert plover.share(outcomes) == 0.75
    assert plover.share(outcomes, ok=False) == 0.25
    assert plover.share([]) == 0.0


# --- The real records through the real extractor ----------------------------------------------------


@pytest.fixture(scope="module")
def scored(nlp):
    shared_dir(plover.PLOVER_GSR)
    records = plover.load_records()
    extractions = plover.extract_records(records, nlp=nlp)
    return plover.score_consult(records, extractions), plover.score_conflict(records, extractions)


def _report(rate: float, outcomes) -> str:
    failing = "\n".join(f"{o.record.id}: {o.record.text}\n    got: {'; '.join(o.got) or 'no interaction'}"
                        for o in outcomes if not o.ok)
    return f"measured {rate:.1%} of {len(outcomes)}; failing records:\n{failing}"


def test_gold_file_has_the_documented_records():
    shared_dir(plover.PLOVER_GSR)
    records = plover.load_records()
    assert len(records) == 322
    assert sum(r.event == "CONSULT" for r in records) == 11
    assert sum(r.event in plover.CONFLICT_EVENTS for r in records) == 210


def test_cooccurrence_sees_every_country_named(nlp):
    record = plover.Record("a", "FIGHT", "France accused Germany of shelling Polish villages.", (), ())
    assert plover.cooccurrence_countries([record], nlp=nlp) == {"a": {"FRA", "DEU", "POL"}}


def test_consultations_are_found(scored):
    consult, _ = scored
    rate = plover.share(consult)
    assert rate >= plover.TARGET_CONSULT_RECALL, _report(rate, consult)


def test_conflicts_are_not_read_as_meetings(scored):
    _, conflict = scored
    rate = plover.share(conflict, ok=False)
    assert rate <= plover.TARGET_CONFLICT_MEETINGS, _report(rate, conflict)
