"""Opening a connection to a store file: the pragmas every connection needs, read-only fallbacks,
and the one lock SQLite does not wait for by itself.

Switching a new file to write-ahead logging takes an exclusive lock, and SQLite reports
"database is locked" at once (without its busy handler) when another connection holds the
file then: two processes creating one store at the same moment. ``use_wal`` waits for it.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

BUSY_TIMEOUT_MS = 60_000


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A new connection to the store file at ``path``, opened read-only (``mode=ro``) if asked."""
    if read_only:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        db = None
        try:
            db = _sqlite(uri)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:  # WAL without a -shm file in a read-only folder
            if db is not None:
                db.close()
            db = _sqlite(uri + "&immutable=1")
    else:
        db = _sqlite(path)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            use_wal(db)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        db.close()
        raise
    return db


def use_wal(db: sqlite3.Connection, timeout: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Put the file in WAL mode, waiting up to ``timeout`` seconds for a lock another connection holds."""
    deadline = time.monotonic() + timeout
    pause = 0.001
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e).lower() or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _sqlite(target: Path | str) -> sqlite3.Connection:
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False, uri=isinstance(target, str))
