"""Indexes of the resolved quotes: full text (SQLite FTS5, trigram tokenizer), and the quotes table's order.

The views' text filter keeps a quote when the case-folded search text is a substring of the
case-folded quote (``needle in text.casefold()``). The index holds every quote's text as
Python case-folds it, cut into trigrams (``case_sensitive 1``: SQLite folds nothing more), so
an FTS5 phrase of the needle's trigrams matches exactly the quotes containing the needle: the
same answer as the scan, without calling Python for every quote. The needle goes to FTS5 as
one quoted string (its own quotes doubled), so no character of it is an FTS5 operator.

The table is contentless (``content=''``: only the index, not a second copy of the text) and
its rowid is ``resolved_quotes.seq``; ``save_resolved`` refills it in the transaction that
writes the quotes, so both always describe the same corpus. A needle shorter than three
characters (no trigram) or a store without the table (a store opened read-only before its
upgrade, or an SQLite built without FTS5) is answered by the scan, as before.

``resolved_quotes_by_date`` lists the quotes in the order the dashboard's table shows them (their
article's date, newest first, undated last; corpus order within a date) as ``rank -> seq``, so a
page of that table is a range of ranks, not a sort of every quote (seconds at 840,000 quotes).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..models import CorpusQuote

TABLE = "resolved_quotes_text"
MIN_CHARS = 3  # a trigram index finds substrings of three characters or more
_CREATE = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, content='', "
           "tokenize='trigram case_sensitive 1')")
_BATCH = 10_000
ORDER = "resolved_quotes_by_date"
_CREATE_ORDER = f"CREATE TABLE IF NOT EXISTS {ORDER} (rank INTEGER PRIMARY KEY, seq INTEGER NOT NULL UNIQUE)"
_FILL_ORDER = (f"INSERT INTO {ORDER}(seq) SELECT q.seq FROM resolved_quotes q LEFT JOIN articles a "
               "ON a.id = q.article_id ORDER BY coalesce(a.date, '') DESC, q.seq")


def create(db: sqlite3.Connection) -> bool:
    """Create the (empty) indexes; False when this SQLite has no FTS5 (the scan answers instead)."""
    db.execute(_CREATE_ORDER)
    try:
        db.execute(_CREATE)
    except sqlite3.OperationalError as e:
        if str(e).startswith(("no such module", "no such tokenizer", "parse error in tokenize")):
            return False
        raise
    return True


def exists(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone() is not None


def fill(db: sqlite3.Connection, quotes: Iterable[CorpusQuote]) -> None:
    """Index ``quotes`` (in corpus order: rowid = seq, as stored in ``resolved_quotes``), replacing
    what the indexes held."""
    fill_order(db)
    if clear(db):
        add(db, ((n, q.text) for n, q in enumerate(quotes)))


def clear(db: sqlite3.Connection) -> bool:
    """Empty the full-text index before it is filled again (``add``); False when the store has none."""
    if not exists(db):
        return False
    db.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")
    return True


def add(db: sqlite3.Connection, quotes: Iterable[tuple[int, str]]) -> None:
    """Index quotes given as (seq, text)."""
    db.executemany(f"INSERT INTO {TABLE}(rowid, text) VALUES (?, ?)", ((n, text.casefold()) for n, text in quotes))


def fill_order(db: sqlite3.Connection) -> None:
    """The quotes table's order, again from ``resolved_quotes`` as it now is."""
    if has_order(db):
        db.execute(f"DELETE FROM {ORDER}")
        db.execute(_FILL_ORDER)


def build(db: sqlite3.Connection) -> None:
    """The schema upgrade 1 -> 2: create the indexes and fill them from the stored resolved quotes."""
    db.execute(_CREATE_ORDER)
    db.execute(f"DELETE FROM {ORDER}")
    db.execute(_FILL_ORDER)
    if not create(db):
        return
    db.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")
    last = -1
    while True:
        rows = db.execute("SELECT seq, text FROM resolved_quotes WHERE seq > ? ORDER BY seq LIMIT ?",
                          (last, _BATCH)).fetchall()
        if not rows:
            return
        db.executemany(f"INSERT INTO {TABLE}(rowid, text) VALUES (?, ?)",
                       ((seq, text.casefold()) for seq, text in rows))
        last = rows[-1][0]


def has_order(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (ORDER,)).fetchone() is not None


def usable(needle: str) -> bool:
    """Whether the index can answer a search for ``needle`` (already case-folded)."""
    return len(needle) >= MIN_CHARS and "\x00" not in needle


def phrase(needle: str) -> str:
    """``needle`` as one FTS5 string: every character literal (operators, quotes, brackets, stars)."""
    return '"' + needle.replace('"', '""') + '"'


def matching_seqs(needle: str) -> str:
    """SQL selecting the seq of every quote whose case-folded text contains ``needle``; one parameter:
    ``phrase(needle)``."""
    return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?"
