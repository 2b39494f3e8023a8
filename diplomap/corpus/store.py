"""The corpus store: articles and their extractions in one embedded SQLite file.

Raw per-article extractions are kept as extracted, so actor resolution and analyst
corrections can be re-applied without re-running NLP; the resolved corpus is cached
in the same file under a stamp (store generation, corrections file, resolver
version) so the dashboard loads it in one read. An article is re-extracted only
when its text or ``PIPELINE_VERSION`` changed. Writes are short ``BEGIN IMMEDIATE``
transactions of whole articles: any number of readers, one writer at a time, and an
interrupted ingest keeps everything committed before it.
"""
from __future__ import annotations

import itertools
import os
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import contextmanager, nullcontext
from pathlib import Path

from ..extract import pipeline
from ..gc_pause import paused_gc
from ..models import Article, Corpus, Extraction
from . import resolved_cache, store_file, tables
from .corrections import Corrections, read_corrections
from .deferred_read import DeferredTables
from .store_commit import CommitResult, commit_articles
from .store_errors import StoreError, explain, is_read_only
from .store_schema import open_schema
from .stored_quotes import StoredQuotes, connector
from .tables import by_name, insert_extraction

DEFAULT_STORE = Path("data/diplomap.db")
WRITE_BATCH = 256  # extractions per transaction in write_extractions


class Store:
    """One store file; open it with ``with Store(path) as store:``. Several stores (processes) may share a file.

    ``read_only=True`` opens the file read-only (``mode=ro``) and never starts a write
    transaction: what export needs. A store that cannot be written (file, folder or disk
    read-only) is opened read-only by itself; ingesting into it is a ``StoreError``.
    """

    def __init__(self, path: str | Path = DEFAULT_STORE, *, corrections: str | Path | None = None,
                 read_only: bool = False, defer_reads: float | None = None):
        self.path = Path(path)
        self.corrections_path = Path(corrections) if corrections else corrections_path_for(self.path)
        self.read_only = read_only
        self.defer_reads = defer_reads  # seconds: a cached corpus's articles and interactions (``deferred_read``)
        self._memo: tuple[str, Corpus, list[str]] | None = None
        self._lock = threading.RLock()  # a Streamlit app may use one store from several threads
        self._db: sqlite3.Connection = None  # type: ignore[assignment]  # set by _connect, None once closed
        try:
            if not read_only and self.path.is_file() and not os.access(self.path, os.W_OK):
                self.read_only = True  # not ours to write (mode bits, an immutable file): read it as it is
            if not self.read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._connect()
            except sqlite3.OperationalError as e:
                if self.read_only or not is_read_only(e) or not self.path.is_file():
                    raise
                self.close()  # a read-only file or folder: still readable
                self.read_only = True
                self._connect()
        except (sqlite3.Error, OSError) as e:
            self.close()
            raise StoreError(explain(e, self.path)) from None
        except StoreError:
            self.close()
            raise

    def _connect(self) -> None:
        self._db = self._open()
        self._open_schema()

    def _open(self) -> sqlite3.Connection:
        """A new connection to the file, read-only if the store is."""
        return store_file.connect(self.path, read_only=self.read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "_db", None) is not None:
            self._db.close()
            self._db = None  # type: ignore[assignment]

    # --- Schema and transactions ---

    def _open_schema(self) -> None:
        with self.reading() if self.read_only else self._write():
            open_schema(self._db, self.path, self.read_only)

    @contextmanager
    def _write(self):
        """One write transaction: the store's lock is taken at the start, so checks inside stay true."""
        if self.read_only:
            raise StoreError(explain(sqlite3.OperationalError("attempt to write a readonly database"), self.path))
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:  # SQLite already rolled back after a full disk
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @contextmanager
    def reading(self):
        """One consistent snapshot across several queries."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

    @contextmanager
    def _snapshot(self):
        """One read transaction on a connection of its own: the rows as they were at its start for as
        long as a resolve takes, without holding the store's lock (this process's pages and ingests go on)."""
        db = self._open()
        try:
            db.execute("BEGIN")
            yield db
        finally:
            db.close()

    # --- Writing ---

    def stored_versions(self) -> dict[str, tuple[str, str]]:
        """Every stored article id -> (content hash, pipeline version): what an ingest plans against."""
        with self.reading() as db:
            return {id_: (hash_, version) for id_, hash_, version in
                    db.execute("SELECT id, content_hash, pipeline_version FROM articles")}

    def commit(self, pending: Iterable[tuple[Article, Extraction]], *, rebuild: bool = False,
               pipeline_version: str | None = None) -> CommitResult:
        """Write whole articles in one transaction, re-checking what another writer may have stored:
        an article stored with the same hash and version is left alone (unless ``rebuild``), one
        whose text another article already holds is not written (a duplicate)."""
        version = pipeline_version or pipeline.PIPELINE_VERSION
        with self._write() as db:
            result = commit_articles(db, pending, version, rebuild)
        return result

    def write_extractions(self, extractions: Iterable[Extraction], *,
                          pipeline_version: str | None = None) -> int:
        """Store extractions as they are (their articles carry text and hash); for tools and benchmarks."""
        version = pipeline_version or pipeline.PIPELINE_VERSION
        n = 0
        extractions = iter(extractions)
        while batch := list(itertools.islice(extractions, WRITE_BATCH)):
            with self._write() as db:
                for extraction in batch:
                    db.execute("DELETE FROM articles WHERE id = ?", (extraction.article.id,))
                    insert_extraction(db, extraction.article, extraction, version)
                db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
            n += len(batch)
        return n

    # --- Reading ---

    def article(self, id: str) -> Article:
        """The stored article with its text; KeyError if there is none."""
        with self._lock:
            cursor = self._db.execute("SELECT id, text, title, date, source, url, path, content_hash FROM articles "
                                      "WHERE id = ?", (id,))
            row = cursor.fetchone()
        if row is None:
            raise KeyError(f"no article {id!r} in {self.path}")
        return Article(*by_name(Article, cursor, row))

    def extraction(self, article_id: str) -> Extraction:
        """What the pipeline extracted from one article, as stored (no resolution, no corrections)."""
        with self.reading():
            article = self.article(article_id)
            return next(tables.load_extractions(self._db, article_id, {article_id: article}))

    def extractions(self) -> list[Extraction]:
        """Every stored extraction, by article id; the articles' texts are left empty."""
        with self.reading():
            return list(tables.load_extractions(self._db, None, tables.load_articles(self._db)))

    def counts(self) -> dict:
        """Rows in the store; ``outdated``: articles extracted by another ``PIPELINE_VERSION``."""
        db = self._db
        with self.reading():
            return {
                "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
                "actor_mentions": db.execute("SELECT count(*) FROM actors").fetchone()[0],
                "interactions": db.execute("SELECT count(*) FROM interactions").fetchone()[0],
                "quotes": db.execute("SELECT count(*) FROM quotes").fetchone()[0],
                "outdated": db.execute("SELECT count(*) FROM articles WHERE pipeline_version <> ?",
                                       (pipeline.PIPELINE_VERSION,)).fetchone()[0],
            }

    def corrections(self) -> Corrections:
        return self._corrections()[1]

    def corpus(self) -> Corpus:
        """The whole store with corpus-wide actors and corrections applied; cached, treat as read-only."""
        return self._resolved()[0]

    def corpus_stamp(self, corpus: Corpus) -> str | None:
        """What ``corpus`` was resolved from, the same after a restart (a disk cache's key); None if not the latest."""
        return self._memo[0] if self._memo is not None and self._memo[1] is corpus else None

    def problems(self) -> list[str]:
        """Why some corrections could not be applied, for the UI to show (read alone if the cache is current)."""
        corrections_file = self._corrections()[0]
        with self.reading() as db:
            stamp = resolved_cache.stamp(resolved_cache.generation(db), corrections_file)
            if self._memo and self._memo[0] == stamp:
                return self._memo[2]
            if resolved_cache.stored_stamp(db) == stamp:
                return resolved_cache.stored_problems(db)
        return self._resolved()[1]

    def resolve(self, corrections: Corrections | None) -> tuple[Corpus, list[str]]:
        """The corpus under other corrections, not cached."""
        with self._snapshot() as db:
            return resolved_cache.in_memory(db, resolved_cache.resolution(db, corrections), corrections)

    def check(self, corrections: Corrections | None) -> list[str]:
        """``resolve(corrections)``'s problems, without keeping its corpus: to check an edit before saving it."""
        with self._snapshot() as db:
            return resolved_cache.problems_only(db, resolved_cache.resolution(db, corrections), corrections)

    def _resolved(self) -> tuple[Corpus, list[str]]:
        corrections_file, corrections = self._corrections()
        with self.reading() as db:
            stamp = resolved_cache.stamp(resolved_cache.generation(db), corrections_file)
            if self._memo and self._memo[0] == stamp:
                return self._memo[1], self._memo[2]
            cached = self._cached(db, stamp, resolved_cache.generation(db))
        if cached is None:
            stamp, corpus, problems = self._resolve_again(corrections_file, corrections)
            if corpus is None:  # saved: read back as after a restart, so nothing the resolve built stays
                with self._lock:
                    store_file.shrink_log(self._db)  # the save's log, hundreds of MB, not read through at every restart
                with self.reading() as db:
                    cached = self._cached(db, stamp, resolved_cache.generation(db))
                if cached is None:  # another process cached another corpus meanwhile
                    return self._resolved()
            else:
                cached = corpus, problems
        self._memo = (stamp, *cached)
        return cached

    def _cached(self, db: sqlite3.Connection, stamp: str, generation: str) -> tuple[Corpus, list[str]] | None:
        """The corpus the resolved tables hold, if they hold it under ``stamp``; its quotes stay there,
        and with ``defer_reads`` its articles and interactions are read later (from ``db``'s rows)."""
        if resolved_cache.stored_stamp(db) != stamp:
            return None
        later = self._deferred(stamp, generation) if self.defer_reads is not None else None
        with paused_gc():
            articles = tables.load_articles(db) if later is None else later.articles
            corpus = tables.load_resolved(db, articles, StoredQuotes(connector(self, stamp)),
                                          None if later is None else later.interactions)
        return corpus, resolved_cache.stored_problems(db)

    def _deferred(self, stamp: str, generation: str) -> DeferredTables | None:
        """A snapshot of its own holding the rows ``_cached`` reads (None if a writer came in between)."""
        db = self._open()
        try:
            db.execute("BEGIN")
            if resolved_cache.stored_stamp(db) == stamp and resolved_cache.generation(db) == generation:
                return DeferredTables(db, within=self.defer_reads or 0.0)
        except BaseException:
            db.close()
            raise
        db.close()
        return None

    def _resolve_again(self, corrections_file: bytes,
                       corrections: Corrections) -> tuple[str, Corpus | None, list[str]]:
        """Resolved from one snapshot of the rows and saved (the quotes row by row): (stamp, None, problems);
        unless the store changed meanwhile or is read-only: (stamp, corpus with its quotes in a list, problems)."""
        with self._snapshot() as db:
            generation = resolved_cache.generation(db)
            stamp = resolved_cache.stamp(generation, corrections_file)
            resolution = resolved_cache.resolution(db, corrections)
            try:
                with self._write() if not self.read_only else nullcontext() as writing:
                    if writing is not None and resolved_cache.generation(writing) == generation:
                        return stamp, None, resolved_cache.save(writing, resolution, corrections,
                                                                tables.quote_rows(db), stamp)
            except sqlite3.OperationalError:  # disk full, made read-only meanwhile: the corpus is still right
                pass
            return stamp, *resolved_cache.in_memory(db, resolution, corrections)

    def _corrections(self) -> tuple[bytes, Corrections]:
        """The corrections file's bytes (for the cache stamp) and what they say (size-capped, safe YAML)."""
        return read_corrections(self.corrections_path)

def corrections_path_for(store: str | Path) -> Path:
    """Where a store's corrections live by default: ``corrections.yaml`` next to it."""
    return Path(store).parent / "corrections.yaml"

