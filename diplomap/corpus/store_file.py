"""Opening a connection to a store file: the pragmas every connection needs, read-only fallbacks,
and the one lock SQLite does not wait for by itself.

Switching a new file to write-ahead logging takes an exclusive lock, and SQLite reports
"database is locked" at once (without its busy handler) when another connection holds the
file then: two processes creating one store at the same moment. ``use_wal`` waits for it.

The write-ahead log is read through by the first connection of every later process (SQLite
rebuilds its index from the whole file), so a log left at hundreds of MB by a big write costs every
restart: 0.2 s of CPU at 100,000 articles after the resolved corpus was saved (639 MB).
``shrink_log`` folds it back into the store after such a write; ``LOG_LIMIT`` caps what any later
reset leaves on disk.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

BUSY_TIMEOUT_MS = 60_000
LOG_LIMIT = 64 * 1024 * 1024  # bytes of write-ahead log kept on disk once it is reset (journal_size_limit)
SHRINK_WAIT_MS = 200  # how long shrink_log waits for readers still using the log before giving up


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
        db.execute(f"PRAGMA journal_size_limit = {LOG_LIMIT}")
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


def shrink_log(db: sqlite3.Connection) -> bool:
    """Copy the write-ahead log into the store and cut it to nothing, unless a reader still needs it
    (waiting ``SHRINK_WAIT_MS`` at most: a reader's snapshot may last seconds). True if it was cut."""
    db.execute(f"PRAGMA busy_timeout = {SHRINK_WAIT_MS}")
    try:
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError:  # locked by a writer: the next shrink will do it
        busy = 1
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return busy == 0


def _sqlite(target: Path | str) -> sqlite3.Connection:
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False, uri=isinstance(target, str))
