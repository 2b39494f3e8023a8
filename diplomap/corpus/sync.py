"""Ingestion: which articles are new or changed, their extraction, and committing them in batches.

The store only persists; this module plans and runs an ingest over it:

1. read the inputs (``ingest.iter_paths`` or articles already loaded), counting read
   errors, warnings and duplicates on the way;
2. hand the articles whose text or ``PIPELINE_VERSION`` changed to an extractor: in
   process (``pipeline.extract_articles``), or on Dask workers (``corpus.parallel``);
3. commit the results as they come back, ``COMMIT_EVERY`` articles per write
   transaction, from this one process: an interrupted run keeps every batch committed
   before it, and running it again goes on where it stopped.

While it extracts, the ingest holds a lease in the store (``corpus.ingest_lease``), renewed at
every batch and dropped at the end, so a reader can tell that more articles are coming.

No NLP runs (not even the model load) when nothing changed.
"""
from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..extract import pipeline
from ..models import Article, Extraction, IngestError, IngestWarning
from .formats import DuplicateWarning, content_hash
from .ingest import iter_paths
from .ingest_lease import IngestLease
from .store_errors import StoreError, explain

if TYPE_CHECKING:  # the store is handed in; this module never opens one
    from .store import Store

COMMIT_EVERY = 32  # articles per write transaction: what an interrupted ingest can lose at most

Progress = Callable[[int, "int | None", str], None]  # (items done, total if known, current id or path)
Extractor = Callable[..., Iterator[Extraction]]  # like pipeline.extract_articles(articles, batch_size=...)


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0  # text changed, or re-extracted for a new pipeline version or --rebuild
    unchanged: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (left-out id, id holding the same text)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)  # duplicates (DuplicateWarning) included
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        """Articles read and now in the store, extracted or not."""
        return self.added + self.updated + self.unchanged

    def rate(self) -> float:
        """Articles per second over the whole run."""
        return (self.articles + len(self.duplicates)) / self.seconds if self.seconds else 0.0

    def summary(self, errors: int | None = None) -> str:
        """One line; ``errors`` counts the caller's errors when it also had some before the ingest
        (files an upload could not read), so the line agrees with the error messages shown."""
        errors = len(self.errors) if errors is None else errors
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.duplicates)} duplicates, {errors} errors "
                f"in {self.seconds:.1f} s ({self.rate():,.1f} articles/s)")


def ingest_paths(store: Store, paths: Iterable[str | Path] | str | Path, *, rebuild: bool = False,
                 max_bytes: int | None = None, progress: Progress | None = None,
                 extractor: Extractor | None = None, batch_size: int = 16) -> IngestReport:
    """Read files and folders (see ``corpus.ingest``) and extract what is new or changed into ``store``."""
    options = {} if max_bytes is None else {"max_bytes": max_bytes}
    return _run(store, iter_paths(paths, **options), None, rebuild=rebuild, progress=progress,
                extractor=extractor, batch_size=batch_size)


def ingest_articles(store: Store, articles: Iterable[Article], *, rebuild: bool = False,
                    progress: Progress | None = None, extractor: Extractor | None = None,
                    batch_size: int = 16, pipeline_version: str | None = None) -> IngestReport:
    """Same as ``ingest_paths`` for articles already loaded (an upload, or Parquet extractions)."""
    total = len(articles) if isinstance(articles, Sized) else None
    return _run(store, articles, total, rebuild=rebuild, progress=progress, extractor=extractor,
                batch_size=batch_size, pipeline_version=pipeline_version)


class _Plan:
    """Sorts the input stream: counted on the way (errors, duplicates, unchanged) or to extract."""

    def __init__(self, store: Store, report: IngestReport, *, rebuild: bool, version: str,
                 progress: Progress | None, total: int | None):
        self.stored = store.stored_versions()
        self.holder = {h: i for i, (h, _) in self.stored.items()}  # content hash -> article id
        self.waiting: dict[str, Article] = {}  # handed to the extractor, not yet written
        self.seen: dict[str, str] = {}  # id -> hash, in this run
        self.report, self.rebuild, self.version = report, rebuild, version
        self.progress, self.total, self.done = progress, total, 0
        self.lease: IngestLease | None = None  # renewed as articles come back from extraction

    def tick(self, label: str) -> None:
        self.done += 1
        if self.lease is not None:
            self.lease.renew()
        if self.progress:
            self.progress(self.done, self.total, label)

    def to_extract(self, items: Iterable) -> Iterator[Article]:
        """The articles that need NLP; everything else is counted on the way."""
        report = self.report
        for item in items:
            if isinstance(item, DuplicateWarning):
                report.duplicates.append((item.article_id, item.first_id))
                report.warnings.append(item)
                self.tick(item.article_id)
            elif isinstance(item, IngestWarning):
                report.warnings.append(item)
            elif isinstance(item, IngestError):
                report.errors.append(item)
                self.tick(item.path)
            elif self._needs_extraction(item):
                self.waiting[item.id] = item
                yield item

    def _needs_extraction(self, article: Article) -> bool:
        report = self.report
        article.content_hash = article.content_hash or content_hash(article.text)
        if article.id in self.seen:
            if self.seen[article.id] == article.content_hash:
                report.duplicates.append((article.id, article.id))
            else:
                report.errors.append(IngestError(article.path or article.id, (
                    f"article id {article.id!r} is given twice with different texts; only the first "
                    f"is stored")))
            self.tick(article.id)
            return False
        self.seen[article.id] = article.content_hash
        first = self.holder.get(article.content_hash)
        if first is not None and first != article.id:
            _duplicate(report, article, first)
            self.tick(article.id)
            return False
        if not self.rebuild and self.stored.get(article.id) == (article.content_hash, self.version):
            report.unchanged += 1
            self.tick(article.id)
            return False
        self.holder.setdefault(article.content_hash, article.id)
        return True


def _run(store: Store, items: Iterable, total: int | None, *, rebuild: bool, progress: Progress | None,
         extractor: Extractor | None, batch_size: int, pipeline_version: str | None = None) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    version = pipeline_version or pipeline.PIPELINE_VERSION
    plan = _Plan(store, report, rebuild=rebuild, version=version, progress=progress, total=total)
    todo = plan.to_extract(items)
    first = next(todo, None)  # no NLP at all (not even loading the model) when nothing changed
    pending: list[tuple[Article, Extraction]] = []
    stream: Iterator[Extraction] = iter(())
    lease = IngestLease(store)
    try:
        if first is not None:
            lease.take()  # dropped in ``finally``, after the last commit
            plan.lease = lease
            extract = extractor or pipeline.extract_articles
            stream = extract(itertools.chain([first], todo), batch_size=batch_size)
            for extraction in stream:
                article = plan.waiting.pop(extraction.article.id, None)
                if article is None:
                    raise RuntimeError(f"the extractor returned article {extraction.article.id!r}, "
                                       f"which it was not given")
                error = getattr(extraction, "error", None)  # a pipeline.FailedExtraction: this article only
                if error:
                    report.errors.append(IngestError(article.path or article.id, f"{article.id}: {error}"))
                else:
                    pending.append((article, extraction))
                plan.tick(article.id)
                if len(pending) >= COMMIT_EVERY:
                    _commit(store, pending, rebuild, version, report, lease)
        for article in plan.waiting.values():
            report.errors.append(IngestError(article.path or article.id, "the extractor returned nothing"))
    except sqlite3.Error as e:  # the store itself failed (disk full, damaged): one message, no retry
        pending.clear()
        raise StoreError(explain(e, store.path)) from None
    finally:
        try:
            if pending:  # keep what was extracted before an error or Ctrl-C
                _commit(store, pending, rebuild, version, report, lease)
            close = getattr(stream, "close", None)
            if close:  # an extractor's workers stop now, not when the generator is collected
                close()
        finally:
            lease.drop()
        report.seconds = time.perf_counter() - started
    return report


def _commit(store: Store, pending: list[tuple[Article, Extraction]], rebuild: bool, version: str,
            report: IngestReport, lease: IngestLease) -> None:
    result = store.commit(pending, rebuild=rebuild, pipeline_version=version)
    pending.clear()
    lease.renew(report.added + report.updated + result.added + result.updated, force=True)
    report.added += result.added
    report.updated += result.updated
    report.unchanged += result.unchanged
    report.errors += result.errors
    for article, first in result.duplicates:
        _duplicate(report, article, first)


def _duplicate(report: IngestReport, article: Article, first: str) -> None:
    report.duplicates.append((article.id, first))
    report.warnings.append(DuplicateWarning(
        article.path or article.id, f"same text as stored article {first!r}; {article.id!r} left out",
        article_id=article.id, first_id=first))
