"""Extraction on Dask and the Parquet route: the same output as one process.

The slow tests start one 2-worker ``LocalCluster`` for the module and reach it by its address
(the ``--scheduler`` path); the others use ``FakeExtractor`` and no cluster.
"""
from __future__ import annotations

import json
import sys
import types

import pytest
from test_store import FakeExtractor, write_articles

from diplomap.cli import main
from diplomap.corpus import parallel, parquet, sync
from diplomap.corpus.ingest import load_paths
from diplomap.corpus.store import Store
from diplomap.extract import pipeline

ROOT_FIXTURES = ("fixtures/ingest", "fixtures/app")
SHARED_ARTICLES = 12  # with the 16 short fixture articles: several batches on each worker, in under a minute


def contents(store: Store) -> list[dict]:
    return [{**e.to_dict(), "hash": e.article.content_hash} for e in store.extractions()]


# --- No cluster -------------------------------------------------------------------------------


def test_parquet_parts_round_trip_into_the_store(tmp_path):
    write_articles(tmp_path / "in", 7)
    articles = load_paths([tmp_path / "in"]).articles
    fake = FakeExtractor()
    out = parquet.start(tmp_path / "pq", pipeline.PIPELINE_VERSION)
    extractions = list(fake(articles))
    for extraction, article in zip(extractions, articles, strict=True):
        extraction.article = article  # as pipeline.extract_articles returns them: the article given, text included
    assert parquet.write_part(out, 0, extractions[:4]) == 4
    assert parquet.write_part(out, 1, extractions[4:]) == 3
    assert [e.to_dict() for e in parquet.read(out)] == [e.to_dict() for e in extractions]
    assert [e.article.text for e in parquet.read(out)] == [a.text for a in articles]

    with Store(tmp_path / "direct.db") as direct, Store(tmp_path / "loaded.db") as loaded:
        sync.ingest_paths(direct, [tmp_path / "in"], extractor=FakeExtractor())
        report = parquet.load(loaded, out)
        assert (report.added, report.errors) == (7, [])
        assert contents(loaded) == contents(direct)
        assert loaded.counts()["outdated"] == 0
        assert parquet.load(loaded, out).unchanged == 7  # loading again writes nothing


def test_parquet_folder_must_be_new_and_must_be_one_of_ours(tmp_path, capsys):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(FileExistsError):
        parquet.start(tmp_path / "full", "1")
    with pytest.raises(ValueError, match="not a diplomap Parquet folder"):
        parquet.pipeline_version(tmp_path / "full")
    assert main(["ingest", str(tmp_path / "full"), "--from-parquet", "--store", str(tmp_path / "s.db")]) == 1
    assert main(["extract", str(tmp_path / "full"), "--format", "parquet"]) == 2
    assert "needs --out DIR" in capsys.readouterr().err


def test_one_worker_or_a_small_default_run_stays_in_process(tmp_path, monkeypatch):
    fake = FakeExtractor()
    monkeypatch.setattr(pipeline, "extract_articles", fake)
    write_articles(tmp_path / "in", 3)
    articles = load_paths([tmp_path / "in"]).articles
    assert len(list(parallel.extractor(1)(articles))) == 3
    assert len(list(parallel.extractor(None)(articles))) == 3  # fewer than AUTO_MIN_ARTICLES
    parts = list(parallel.run_batches(lambda batch, n: (n, len(batch)), articles, workers=1, batch=2))
    assert [result for _, result in parts] == [(0, 2), (1, 1)]
    assert fake.calls == 2


def test_cli_ingest_parquet_with_an_old_pipeline_version_stores_outdated(tmp_path, monkeypatch, capsys):
    write_articles(tmp_path / "in", 2)
    out = parquet.start(tmp_path / "pq", "0.0.1")
    articles = load_paths([tmp_path / "in"]).articles
    parquet.write_part(out, 0, [e.__class__(a, e.actors, e.interactions, e.quotes)
                                for e, a in zip(FakeExtractor()(articles), articles, strict=True)])
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(out), "--from-parquet", "--store", db]) == 0
    assert "extracted by pipeline 0.0.1" in capsys.readouterr().err
    with Store(db) as store:
        assert store.counts()["outdated"] == 2


# --- On a 2-worker LocalCluster ----------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    pytest.importorskip("distributed")
    with pytest.MonkeyPatch.context() as patch:
        # Worker processes are spawned, and spawning runs the parent's __main__ again: after Streamlit's
        # AppTest (test_app) that is dashboard.py. A bare __main__ keeps the workers independent of test order.
        patch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
        # A nanny writes its variables into its parent's environment too: one started by another test
        # would pass Dask's MALLOC_TRIM_THRESHOLD_ on to these workers whatever the config says.
        patch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
        with parallel.local_cluster(2) as local:
            yield local


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Fixture articles and the first articles of the shared corpus, as one JSON Lines file."""
    from conftest import ROOT, SHARED

    loaded = load_paths([ROOT / "tests" / f for f in ROOT_FIXTURES])
    shared = load_paths([SHARED / "corpus" / "wikinews_diplomacy.jsonl"])
    articles = loaded.articles + shared.articles[:SHARED_ARTICLES]
    path = tmp_path_factory.mktemp("inputs") / "articles.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({**a.meta(), "text": a.text}) + "\n")
    return path


@pytest.fixture(scope="module")
def alone(inputs, nlp):
    """The in-process extractions of ``inputs`` (spaCy batches of 4), computed once."""
    return list(pipeline.extract_articles(load_paths([inputs]).articles, nlp=nlp, batch_size=4))


@pytest.mark.slow
def test_two_workers_extract_exactly_what_one_process_does(cluster, inputs, alone):
    from distributed import Client

    articles = load_paths([inputs]).articles
    with Client(cluster.scheduler_address) as client:
        assert len(client.nthreads()) == 2
        ordered = list(parallel.cluster_extractor(client, batch=4)(articles, batch_size=4))
        used = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert [e.to_dict() for e in ordered] == [e.to_dict() for e in alone]
    assert [e.article for e in ordered] == articles  # the caller's articles, texts included
    assert all(n > 0 for n in used.values()), used  # both workers extracted


@pytest.mark.slow
def test_workers_keep_glibcs_own_memory_trimming(cluster):
    # Dask's default (MALLOC_TRIM_THRESHOLD_=65536 in every worker) slows spaCy by about a fifth.
    import os

    from distributed import Client

    with Client(cluster.scheduler_address) as client:
        environ = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert len(environ) == 2 and set(environ.values()) == {None}, environ


@pytest.mark.slow
def test_ingest_and_parquet_on_the_cluster_store_what_one_process_stores(cluster, inputs, alone, tmp_path):
    address = cluster.scheduler_address
    with Store(tmp_path / "alone.db") as one, Store(tmp_path / "cluster.db") as clustered:
        by_id = {e.article.id: e for e in alone}
        sync.ingest_paths(one, [inputs], extractor=lambda articles, **_: (by_id[a.id] for a in articles))
        report = sync.ingest_paths(clustered, [inputs],
                                   extractor=parallel.extractor(scheduler=address, batch=8), batch_size=4)
        assert report.errors == [] and report.added == len(alone)
        expected = contents(one)
        assert contents(clustered) == expected

    out, db = tmp_path / "pq", tmp_path / "from-parquet.db"
    assert main(["extract", str(inputs), "--format", "parquet", "--out", str(out), "--scheduler", address,
                 "--batch", "8", "--quiet"]) == 0
    assert len(list((out / "actors").glob("part-*.parquet"))) == -(-len(expected) // 8)  # one per batch
    assert main(["ingest", str(out), "--from-parquet", "--store", str(db)]) == 0
    with Store(db) as loaded:
        assert contents(loaded) == expected
