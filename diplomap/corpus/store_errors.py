"""One clear sentence for each way an SQLite store file can fail, instead of a traceback.

``explain`` turns an ``sqlite3`` exception into the message of a ``StoreError``: a
damaged file, a read-only file or folder, a full disk, a lock held too long. The
command line prints it on one line and exits 1; the dashboard shows it in an error box.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(RuntimeError):
    """The store file cannot be used (not a store, newer or unknown schema, damaged, read-only, disk full)."""


DAMAGED = ("malformed", "not a database", "file is encrypted", "disk i/o error", "corrupt")


def explain(error: BaseException, path: str | Path) -> str:
    """What went wrong with the store at ``path``, and what to do about it, in one line."""
    text = " ".join(str(error).split()).lower()
    code = getattr(error, "sqlite_errorname", "") or ""
    if "full" in text or code == "SQLITE_FULL":
        return (f"{path}: the disk is full; nothing more was stored (what was stored before is kept). "
                f"Free some space and run the same command again")
    if "readonly" in text or "read-only" in text or code.startswith("SQLITE_READONLY"):
        return (f"{path}: the store is read-only (no write permission on the file or its folder); "
                f"reading it (export, the dashboard) still works")
    if "locked" in text or "busy" in text:
        return f"{path}: another program has been writing to the store for too long; try again later"
    if "unable to open" in text or code == "SQLITE_CANTOPEN":
        return f"{path}: cannot open the store file (its folder is missing or not readable)"
    if any(word in text for word in DAMAGED) or isinstance(error, sqlite3.DatabaseError):
        return (f"{path}: not a usable diplomap store: the file is damaged or not a store "
                f"({' '.join(str(error).split())}); restore it from a backup, or move it away and ingest the "
                f"articles again")
    return f"{path}: the store cannot be used ({type(error).__name__}: {' '.join(str(error).split())})"


def is_read_only(error: BaseException) -> bool:
    return "readonly" in str(error).lower() or str(getattr(error, "sqlite_errorname", "")).startswith(
        "SQLITE_READONLY")
