"""Creating a new store's tables, or checking and upgrading an existing store's schema version, when a
``Store`` opens its file. The schema's version number, its migrations and the refusals of a file this
diplomap cannot read (another SQLite file, a newer, damaged or too old store) are one concern of their own,
run once per connection inside the store's opening transaction; ``store`` keeps the connection, locks
and reads.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from . import quote_search
from .store_errors import StoreError
from .tables import RESOLVED_INDEXES, SCHEMA

SCHEMA_VERSION = 2

# Version n to n + 1, in the opening write transaction; 2 adds the quotes' full-text index.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: quote_search.build}
_READABLE_AS_IS = {1}  # upgrades that only add an index: a read-only store is read without it


def open_schema(db: sqlite3.Connection, path: Path, read_only: bool) -> None:
    """Inside the opening transaction on ``db``: a new file gets the tables, an older schema is migrated
    (unless ``read_only``), a file this diplomap cannot read is a ``StoreError``."""
    has_table = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not has_table:
        others = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        if others:
            raise StoreError(f"{path}: an SQLite file, but not a diplomap store "
                             f"(tables: {', '.join(r[0] for r in others)})")
        if read_only:
            raise StoreError(f"{path}: an empty file, not a diplomap store (opened read-only, "
                             f"so it cannot be made one)")
        for statement in filter(str.strip, SCHEMA.split(";")):
            db.execute(statement)
        quote_search.create(db)
        db.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
        return
    row = db.execute("SELECT version FROM schema_version").fetchone()
    version = row[0] if row else None
    if not isinstance(version, int) or version < 1:
        raise StoreError(f"{path}: store schema version {version!r} is not a valid one (this "
                         f"diplomap reads 1 to {SCHEMA_VERSION}); the file is damaged or was not "
                         f"written by diplomap: move it away and ingest the articles again")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: written by a newer diplomap (store schema {version}; this "
                         f"version reads up to {SCHEMA_VERSION}); upgrade diplomap or use another store")
    if any(v not in _MIGRATIONS for v in range(version, SCHEMA_VERSION)):
        raise StoreError(f"{path}: store schema {version} is too old for this diplomap (it cannot "
                         f"be upgraded); move it away and ingest the articles again")
    if read_only:
        if any(v not in _READABLE_AS_IS for v in range(version, SCHEMA_VERSION)):
            raise StoreError(f"{path}: store schema {version} needs an upgrade, which a read-only "
                             f"store cannot get; open it writable once")
        return
    for v in range(version, SCHEMA_VERSION):
        _MIGRATIONS[v](db)
    if version != SCHEMA_VERSION:
        db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
    for statement in filter(str.strip, RESOLVED_INDEXES.split(";")):
        db.execute(statement)
