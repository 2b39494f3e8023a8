"""The corpus store: incremental ingest, interruption, concurrency, schema, cached corpus.

NLP is replaced by ``FakeExtractor``, which reads a tiny notation from the article text:

    actor <id> | <name> | <kind> | <ISO3 or empty> | <role or empty>
    meet <id> <id> ...
    quote <speaker id> | <text>
"""
from __future__ import annotations

import json
import sqlite3
import threading

import pytest

from diplomap.corpus import resolved_cache, sync
from diplomap.corpus.formats import content_hash
from diplomap.corpus.store import Store, StoreError
from diplomap.corpus.store_schema import SCHEMA_VERSION
from diplomap.extract import pipeline
from diplomap.models import Article, Extraction


class FakeExtractor:
    """``pipeline.extract_articles`` without spaCy; records what it was asked to extract."""

    def __init__(self, fail_after: int | None = None, error: type[BaseException] = RuntimeError):
        self.seen: list[str] = []
        self.calls = 0
        self.fail_after = fail_after
        self.error = error

    def __call__(self, articles, *, nlp=None, batch_size=16):
        self.calls += 1
        for article in articles:
            if self.fail_after is not None and len(self.seen) >= self.fail_after:
                raise self.error("extractor stopped")
            self.seen.append(article.id)
            yield parse(article)


def parse(article: Article) -> Extraction:
    actors, interactions, quotes = [], [], []
    for line in article.text.splitlines():
        word, _, rest = line.partition(" ")
        if word == "actor":
            aid, name, kind, country, role = (x.strip() for x in rest.split("|"))
            actors.append({"id": aid, "name": name, "kind": kind, "country": country or None,
                           "role": role or None, "aliases": [name], "mentions": 1})
        elif word == "meet":
            interactions.append({"type": "meet", "actors": rest.split(), "evidence": line})
        elif word == "quote":
            speaker, text = (x.strip() for x in rest.split("|"))
            quotes.append({"text": text, "speaker": speaker})
    return Extraction.from_dict({"article": article.meta(), "actors": actors, "interactions": interactions,
                                 "quotes": quotes})


def write_articles(folder, n: int, start: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for k in range(start, start + n):
        name = f"a{k:03d}"
        (folder / f"{name}.txt").write_text(
            f"Story {k}\nactor leader-{k} | Ann Lee{k} | person | USA | President\n"
            f"actor minister-{k} | Bob Ray{k} | person | GBR |\nmeet leader-{k} minister-{k}\n"
            f"quote leader-{k} | We agreed on point {k} today.\n", encoding="utf-8")
        names.append(name)
    return names


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.db") as s:
        yield s


def test_second_ingest_of_the_same_folder_is_all_unchanged_and_extracts_nothing(tmp_path, store):
    write_articles(tmp_path / "in", 5)
    fake = FakeExtractor()
    first = sync.ingest_paths(store, [tmp_path / "in"], extractor=fake)
    assert (first.added, first.updated, first.unchanged) == (5, 0, 0)
    assert sorted(fake.seen) == [f"a{k:03d}" for k in range(5)]

    again = FakeExtractor()
    second = sync.ingest_paths(store, [tmp_path / "in"], extractor=again)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 5)
    assert again.calls == 0  # not even called, so the spaCy model would never load
    assert store.counts()["articles"] == 5


def test_one_changed_file_is_exactly_one_update(tmp_path, store):
    write_articles(tmp_path / "in", 4)
    sync.ingest_paths(store, [tmp_path / "in"], extractor=FakeExtractor())
    path = tmp_path / "in" / "a002.txt"
    path.write_text(path.read_text() + "actor extra | Extra Person | person | FRA |\n")
    fake = FakeExtractor()
    report = sync.ingest_paths(store, [tmp_path / "in"], extractor=fake)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    assert fake.seen == ["a002"]
    assert [a.id for a in store.extraction("a002").actors] == ["leader-2", "minister-2", "extra"]
    assert store.counts()["actor_mentions"] == 9  # the old rows of a002 were replaced, not added to


def test_new_pipeline_version_or_rebuild_re_extracts(tmp_path, store, monkeypatch):
    write_articles(tmp_path / "in", 3)
    sync.ingest_paths(store, [tmp_path / "in"], extractor=FakeExtractor())
    assert sync.ingest_paths(store, [tmp_path / "in"], extractor=FakeExtractor(), rebuild=True).updated == 3
    monkeypatch.setattr(pipeline, "PIPELINE_VERSION", "99.0")
    assert store.counts()["outdated"] == 3
    fake = FakeExtractor()
    report = sync.ingest_paths(store, [tmp_path / "in"], extractor=fake)
    assert (report.updated, report.unchanged, len(fake.seen)) == (3, 0, 3)
    assert store.counts()["outdated"] == 0


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_interrupted_ingest_loses_nothing_committed_and_duplicates_nothing(tmp_path, monkeypatch, error):
    monkeypatch.setattr(sync, "COMMIT_EVERY", 2)
    write_articles(tmp_path / "in", 7)
    with Store(tmp_path / "clean.db") as clean:
        sync.ingest_paths(clean, [tmp_path / "in"], extractor=FakeExtractor())
        expected = clean.counts()

    with Store(tmp_path / "cut.db") as cut:
        with pytest.raises(error):
            sync.ingest_paths(cut, [tmp_path / "in"], extractor=FakeExtractor(fail_after=3, error=error))
        assert cut.counts()["articles"] == 3  # what was extracted before the failure is kept, whole
        assert cut.counts()["actor_mentions"] == 6
        fake = FakeExtractor()
        report = sync.ingest_paths(cut, [tmp_path / "in"], extractor=fake)
        assert (report.added, report.unchanged) == (4, 3)
        assert sorted(fake.seen) == ["a003", "a004", "a005", "a006"]
        assert cut.counts() == expected


def test_two_stores_ingesting_at_once_leave_a_consistent_store(tmp_path, monkeypatch):
    monkeypatch.setattr(sync, "COMMIT_EVERY", 3)
    write_articles(tmp_path / "in", 20)
    write_articles(tmp_path / "more", 10, start=20)
    reports, failures = [], []

    def work(paths):
        try:
            with Store(tmp_path / "store.db") as s:
                reports.append(sync.ingest_paths(s, paths, extractor=FakeExtractor()))
        except BaseException as e:  # noqa: BLE001 - reported by the assertion below
            failures.append(e)

    threads = [threading.Thread(target=work, args=([tmp_path / "in"],)),
               threading.Thread(target=work, args=([tmp_path / "in", tmp_path / "more"],))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    assert sum(r.added for r in reports) == 30  # every article stored exactly once
    assert sum(r.added + r.unchanged for r in reports) == 50
    with Store(tmp_path / "store.db") as s:
        assert s.counts() == {"articles": 30, "actor_mentions": 60, "interactions": 30, "quotes": 30,
                              "outdated": 0}
        assert len(s.corpus().actors) == 60


def test_duplicate_texts_are_reported_not_stored_twice(tmp_path, store):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "copy.txt").write_text((tmp_path / "in" / "a000.txt").read_text())
    report = sync.ingest_paths(store, [tmp_path / "in"], extractor=FakeExtractor())
    assert report.added == 2
    assert report.duplicates == [("copy", "a000")]
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "renamed.txt").write_text((tmp_path / "in" / "a001.txt").read_text())
    later = sync.ingest_paths(store, [tmp_path / "later"], extractor=FakeExtractor())
    assert later.duplicates == [("renamed", "a001")]
    assert "a001" in str(later.warnings[0])
    assert store.counts()["articles"] == 2


def test_bad_inputs_are_errors_and_the_rest_still_loads(tmp_path, store):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_text("  \n")
    report = sync.ingest_paths(store, [tmp_path / "in", tmp_path / "missing"], extractor=FakeExtractor())
    assert report.added == 2
    assert sorted(str(e) for e in report.errors) == [f"{tmp_path}/in/empty.txt: empty file",
                                                     f"{tmp_path}/missing: no such file or folder"]


def test_an_extractor_that_skips_an_article_is_an_error(tmp_path, store):
    def lossy(articles, batch_size=16):
        for article in articles:
            if article.id != "b":
                yield parse(article)

    report = sync.ingest_articles(store, [Article(id=i, text=f"text {i}") for i in "abc"], extractor=lossy)
    assert report.added == 2
    assert [str(e) for e in report.errors] == ["b: the extractor returned nothing"]


def test_ingest_articles_fills_hashes_and_reports_progress(store):
    articles = [Article(id="x", text="actor p | Ann Smith | person | USA |\n", title="X", date="2024-05-01"),
                Article(id="y", text="nothing here")]
    calls = []
    report = sync.ingest_articles(store, articles, extractor=FakeExtractor(), progress=lambda *a: calls.append(a))
    assert report.added == 2
    assert calls == [(1, 2, "x"), (2, 2, "y")]
    stored = store.article("x")
    assert (stored.text, stored.title, stored.date) == (articles[0].text, "X", "2024-05-01")
    assert stored.content_hash == content_hash(articles[0].text)
    with pytest.raises(KeyError, match="no article 'z'"):
        store.article("z")


def test_same_id_twice_with_different_texts_is_an_error(store):
    report = sync.ingest_articles(store, [Article(id="x", text="one"), Article(id="x", text="two")],
                                   extractor=FakeExtractor())
    assert report.added == 1
    assert "given twice" in str(report.errors[0])
    assert store.article("x").text == "one"


def test_extraction_round_trips_what_was_extracted(tmp_path, store):
    write_articles(tmp_path / "in", 1)
    sync.ingest_paths(store, [tmp_path / "in"], extractor=FakeExtractor())
    article = store.article("a000")
    assert store.extraction("a000").to_dict() == parse(article).to_dict()


def test_corpus_is_cached_in_the_file_and_refreshed_after_changes(tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 3)
    with Store(tmp_path / "s.db") as s:
        sync.ingest_paths(s, [tmp_path / "in"], extractor=FakeExtractor())
        corpus = s.corpus()
        assert s.corpus() is corpus
        assert sorted(corpus.actors) == sorted([f"ann-lee{k}" for k in range(3)]
                                               + [f"bob-ray{k}" for k in range(3)])
        assert corpus.articles["a000"].text == ""  # texts stay in the store: store.article(id)
        assert [i.id for i in corpus.interactions] == ["a000#i1", "a001#i1", "a002#i1"]

    def no_resolving(*args, **kwargs):
        raise AssertionError("resolved again although nothing changed")

    monkeypatch.setattr(resolved_cache, "resolve_all_but_quotes", no_resolving)
    with Store(tmp_path / "s.db") as s:
        assert s.corpus() == corpus  # loaded from the resolved tables
    monkeypatch.undo()
    write_articles(tmp_path / "in", 1, start=3)
    with Store(tmp_path / "s.db") as s:
        sync.ingest_paths(s, [tmp_path / "in"], extractor=FakeExtractor())
        assert len(s.corpus().articles) == 4


def test_a_newer_schema_is_refused_with_a_clear_error(tmp_path):
    Store(tmp_path / "s.db").close()
    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer diplomap"):
        Store(tmp_path / "s.db")


def test_files_that_are_not_stores_are_refused(tmp_path):
    (tmp_path / "notes.db").write_text("just some text, not SQLite at all" * 100)
    with pytest.raises(StoreError, match="not a usable diplomap store"):
        Store(tmp_path / "notes.db")
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE things (x)")
    other.close()
    with pytest.raises(StoreError, match="not a diplomap store"):
        Store(tmp_path / "other.db")


def test_re_ingesting_an_unchanged_collection_is_fast(tmp_path, store):
    records = [{"id": f"r{k}", "title": f"Story {k}", "date": "2024-01-02",
                "text": f"actor p{k} | Person Number{k} | person | USA |\nSome text {k}."} for k in range(3000)]
    (tmp_path / "big.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    sync.ingest_paths(store, [tmp_path / "big.jsonl"], extractor=FakeExtractor())
    report = sync.ingest_paths(store, [tmp_path / "big.jsonl"], extractor=FakeExtractor())
    assert report.unchanged == 3000
    assert report.rate() >= 2000, report.summary()


def test_what_another_writer_stored_meanwhile_is_rechecked_at_commit(tmp_path, store):
    same_id = Article(id="x", text="actor p | Ann Smith | person | USA |\n")
    same_text = Article(id="y", text="actor q | Bob Jones | person | GBR |\n")

    def racing(articles, batch_size=16):
        articles = list(articles)
        with Store(store.path) as other:  # another process wins the race for both
            sync.ingest_articles(other, [same_id, Article(id="y-first", text=same_text.text)],
                                  extractor=FakeExtractor())
        for article in articles:
            yield parse(article)

    report = sync.ingest_articles(store, [Article(id="x", text=same_id.text), same_text], extractor=racing)
    assert (report.added, report.unchanged, report.duplicates) == (0, 1, [("y", "y-first")])
    assert "same text as stored article 'y-first'" in str(report.warnings[0])
    assert store.counts()["articles"] == 2


def test_a_new_store_waits_for_another_connection_holding_the_file(tmp_path):
    """Switching a new file to WAL is refused at once ("database is locked", no busy wait) while
    another connection writes it: two processes creating one store at the same moment."""
    path = tmp_path / "store.db"
    held, release = threading.Event(), threading.Event()

    def other_writer():
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("CREATE TABLE scratch (x)")
        db.execute("BEGIN IMMEDIATE")
        db.execute("DROP TABLE scratch")
        held.set()
        release.wait()
        db.execute("COMMIT")
        db.close()

    writer = threading.Thread(target=other_writer)
    writer.start()
    held.wait()
    probe = sqlite3.connect(path, timeout=5, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):  # what SQLite alone does
        probe.execute("PRAGMA journal_mode = WAL")
    probe.close()
    threading.Timer(0.3, release.set).start()
    with Store(path) as s:
        assert s.counts()["articles"] == 0
    writer.join()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_saving_the_resolved_corpus_leaves_no_write_ahead_log_to_read_at_the_next_start(tmp_path):
    """The log a big save leaves is read through by the first connection of every later process
    (0.2 s of CPU per restart at 100,000 articles), so the store folds it back after the save."""
    write_articles(tmp_path / "in", 3)
    log = tmp_path / "s.db-wal"
    with Store(tmp_path / "s.db") as s:
        sync.ingest_paths(s, [tmp_path / "in"], extractor=FakeExtractor())
        assert log.stat().st_size > 0  # the ingest's commits are still in the log
        s.corpus()  # resolved and saved
        assert log.stat().st_size == 0
        assert len(s.corpus().articles) == 3


def test_the_log_is_not_cut_while_a_reader_still_needs_it(tmp_path):
    from diplomap.corpus.store_file import connect, shrink_log

    write_articles(tmp_path / "in", 2)
    with Store(tmp_path / "s.db") as s:
        sync.ingest_paths(s, [tmp_path / "in"], extractor=FakeExtractor())
    writer, reader = connect(tmp_path / "s.db", read_only=False), connect(tmp_path / "s.db", read_only=False)
    writer.execute("CREATE TABLE scratch (x)")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM articles").fetchone()  # a snapshot that uses the log
    writer.execute("INSERT INTO scratch VALUES (1)")
    assert not shrink_log(writer)  # gives up within SHRINK_WAIT_MS instead of waiting out the reader
    reader.execute("COMMIT")
    assert shrink_log(writer) and (tmp_path / "s.db-wal").stat().st_size == 0
    writer.close()
    reader.close()
