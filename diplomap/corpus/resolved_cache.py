"""The resolved corpus the store keeps: its stamp, and resolving the stored rows again.

Resolving again reads the stored extractions without their quotes, resolves actors and
interactions, then resolves the quotes row by row as SQLite hands them over: into the resolved
tables when the result is saved, into a list only when it cannot be (a read-only store). At
100,000 articles the quotes are 840,000 rows, more than half of the objects a resolve made.
``store`` owns the connections and transactions; this module says what goes through them.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from ..models import Corpus, CorpusQuote
from . import tables
from .corrections import Corrections
from .resolve import RESOLVE_VERSION, QuoteLog, Resolution, known_titles, resolve_all_but_quotes


def generation(db: sqlite3.Connection) -> str:
    """The store's generation: counts the commits that changed its extractions."""
    return db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0]


def stamp(generation: str, corrections_file: bytes) -> str:
    """What a resolved corpus is resolved from: rows, resolver, corrections and titles (the same after a restart)."""
    inputs = corrections_file + "\n".join(sorted(known_titles())).encode()  # what resolving reads besides rows
    return f"{generation}:{RESOLVE_VERSION}:{hashlib.sha256(inputs).hexdigest()}"


def stored_stamp(db: sqlite3.Connection) -> str | None:
    """The stamp of the corpus the resolved tables hold (None: they hold none)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'resolved_stamp'").fetchone()
    return row[0] if row else None


def stored_problems(db: sqlite3.Connection) -> list[str]:
    """The problems saved with the resolved tables' corpus."""
    return json.loads(db.execute("SELECT value FROM meta WHERE key = 'problems'").fetchone()[0])


def resolution(db: sqlite3.Connection, corrections: Corrections | None) -> Resolution:
    """The stored rows resolved but for their quotes (``in_memory`` or ``save`` resolve those)."""
    extractions = tables.load_extractions(db, None, tables.load_articles(db), quotes=False)
    return resolve_all_but_quotes(extractions, corrections, titles=known_titles())


def in_memory(db: sqlite3.Connection, resolved: Resolution,
              corrections: Corrections | None) -> tuple[Corpus, list[str]]:
    """The whole corpus with its quotes in a list (read from ``db``, the snapshot ``resolved`` came from)."""
    log = QuoteLog()
    quotes = [CorpusQuote(*row) for row in resolved.quotes(tables.quote_rows(db), log)]
    return replace(resolved.corpus, quotes=quotes), with_errors(corrections, resolved.problems(log))


def problems_only(db: sqlite3.Connection, resolved: Resolution, corrections: Corrections | None) -> list[str]:
    """What ``in_memory`` would report, its quotes resolved and dropped one by one (a check of corrections)."""
    log = QuoteLog()
    for _ in resolved.quotes(tables.quote_rows(db), log):
        pass
    return with_errors(corrections, resolved.problems(log))


def save(db: sqlite3.Connection, resolved: Resolution, corrections: Corrections | None,
         rows: Iterable[tuple], stamp: str) -> list[str]:
    """Write ``resolved`` into the resolved tables, its quotes resolved from ``rows`` (``tables.quote_rows``
    of the same rows) on the way, under ``stamp``; its problems."""
    log = QuoteLog()
    tables.write_resolved(db, resolved.corpus, resolved.quotes(rows, log))
    problems = with_errors(corrections, resolved.problems(log))
    tables.write_stamp(db, problems, stamp)
    return problems


def with_errors(corrections: Corrections | None, problems: list[str]) -> list[str]:
    """What could not be applied: the corrections file's own errors first."""
    return (corrections.errors if corrections is not None else []) + problems
