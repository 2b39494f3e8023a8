"""Writing a batch of whole articles into the store in one transaction (``Store.commit``): each article
is re-checked against what another writer may have stored meanwhile (same text and version: left alone;
its text held by another article: a duplicate), and one that cannot be stored costs only itself. The
per-article rules and the ``CommitResult`` they fill are kept apart from ``store``, which owns the
connection and opens the transaction.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Article, Extraction, IngestError
from .tables import insert_extraction


@dataclass
class CommitResult:
    """What one ``Store.commit`` wrote; ``duplicates``: (article, stored id with the same text)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[tuple[Article, str]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)  # articles that could not be stored


def commit_articles(db: sqlite3.Connection, pending: Iterable[tuple[Article, Extraction]], version: str,
                    rebuild: bool) -> CommitResult:
    """``Store.commit``'s writes on ``db``, inside its write transaction; ``version``: the pipeline version stored."""
    result = CommitResult()
    for article, extraction in pending:
        row = db.execute("SELECT content_hash, pipeline_version FROM articles WHERE id = ?",
                         (article.id,)).fetchone()
        if not rebuild and row == (article.content_hash, version):
            result.unchanged += 1
            continue
        other = db.execute("SELECT id FROM articles WHERE content_hash = ? AND id <> ? LIMIT 1",
                           (article.content_hash, article.id)).fetchone()
        if other:  # stored by another writer meanwhile
            result.duplicates.append((article, other[0]))
            continue
        db.execute("SAVEPOINT article")  # one article that cannot be stored costs only itself
        try:
            db.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            insert_extraction(db, article, extraction, version)
        except sqlite3.OperationalError:  # the store's problem (disk full, read-only), not the article's
            raise
        except Exception as e:  # noqa: BLE001
            db.execute("ROLLBACK TO article")
            db.execute("RELEASE article")
            result.errors.append(IngestError(article.path or article.id, f"{article.id}: cannot be "
                                             f"stored: {type(e).__name__}: {' '.join(str(e).split())[:300]}"))
            continue
        db.execute("RELEASE article")
        if row:
            result.updated += 1
        else:
            result.added += 1
    if result.added or result.updated:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    return result
