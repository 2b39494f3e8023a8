"""The quotes of a resolved corpus, left in the store until a view asks for them.

A corpus loaded from the store's cache holds ``StoredQuotes`` instead of a list: a read-only
sequence of ``CorpusQuote`` in corpus order that reads ``resolved_quotes`` only when iterated,
and answers ``len`` and ``speakers()`` with SQL (indexed by speaker and article). Narrowing it
(``where``) returns another ``StoredQuotes`` whose query carries the conditions: the views'
date, source and text filters, a set of speakers, actors spoken of; nothing is read until then.
Text conditions are Python functions inside SQLite, so they match exactly as the list-based
filters do (``str.casefold``, whole-word names).

Every read checks the cache stamp the corpus was loaded under: a corpus outlived by a newer
one (an ingest, edited corrections) raises ``StoreError`` rather than mixing two versions.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace

from ..models import CorpusQuote
from . import quote_search
from .store_errors import StoreError

# A callable giving a connection (inside a consistent read) to the store the quotes live in.
Connect = Callable[[], AbstractContextManager[sqlite3.Connection]]

_COLUMNS = "q.id, q.article_id, q.text, q.speaker, q.kind, q.cue, q.start_char, q.end_char"


@dataclass(frozen=True)
class _Where:
    """Conditions on a quote (all must hold); None/empty: no condition."""

    date_from: str | None = None
    date_to: str | None = None
    sources: tuple = ()
    needle: str = ""  # case-folded: in the text, or the speaker is one of ``named``
    named: frozenset = frozenset()
    speakers: frozenset | None = None  # None: any speaker, unattributed quotes included
    about: tuple = ()  # ((actor id, names), ...): spoken by one of them or naming them
    article: str | None = None
    # The quotes table's search box: (text fragment, speakers, unattributed too, kinds, cues); a quote
    # passes if its text or its article's title or date holds the fragment, or one of the others matches.
    table: tuple | None = None
    parent: _Where | None = None  # an earlier narrowing by date, source or text, also to pass

    def sql(self, indexed: bool = False) -> tuple[str, list]:
        """The condition on ``q`` (a ``resolved_quotes`` row) and its parameters; ``indexed``: the store
        has the full-text index (``quote_search``), used for text of three characters or more."""
        parts: list[str] = ["1"]
        args: list = []
        if self.parent is not None:
            condition, args = self.parent.sql(indexed)
            parts.append(f"({condition})")
        articles, article_args = ["1"], []  # conditions on the quote's article: its ids first, then its quotes
        if self.date_from is not None or self.date_to is not None:
            articles.append("a.date IS NOT NULL AND a.date <> ''")
            if self.date_from is not None:
                articles.append("substr(a.date, 1, ?) >= ?")
                article_args += [len(self.date_from), self.date_from]
            if self.date_to is not None:
                articles.append("substr(a.date, 1, ?) <= ?")
                article_args += [len(self.date_to), self.date_to]
        if self.sources:
            articles.append(f"a.source IN ({_marks(self.sources)})")
            article_args += list(self.sources)
        if article_args:
            parts.append(f"q.article_id IN (SELECT a.id FROM articles a WHERE {' AND '.join(articles)})")
            args += article_args
        if self.needle:
            if indexed and quote_search.usable(self.needle):
                parts.append(f"(q.seq IN ({quote_search.matching_seqs(self.needle)}) "
                             f"OR q.speaker IN ({_marks(self.named)}))")
                args += [quote_search.phrase(self.needle), *sorted(self.named)]
            else:
                parts.append(f"(dm_contains(q.text, ?) OR q.speaker IN ({_marks(self.named)}))")
                args += [self.needle, *sorted(self.named)]
        if self.speakers is not None:
            parts.append(f"q.speaker IN ({_marks(self.speakers)})")
            args += sorted(self.speakers)
        if self.about:
            ids = [aid for aid, _ in self.about]
            parts.append(f"(q.speaker IN ({_marks(ids)}) OR dm_mentions(q.text, ?))")
            args += [*ids, _mention_key(self.about)]
        if self.article is not None:
            parts.append("q.article_id = ?")
            args.append(self.article)
        if self.table is not None:
            condition, table_args = _table_sql(self.table, indexed)
            parts.append(condition)
            args += table_args
        return " AND ".join(parts), args


class StoredQuotes(Sequence):
    """See the module docstring; compares equal to a list of the same quotes."""

    def __init__(self, connect: Connect, where: _Where | None = None, *, _counts: dict | None = None):
        self._connect = connect
        self._where = where or _Where()
        self._list: list[CorpusQuote] | None = None
        self._counts = _counts  # speaker (None: unattributed) -> quotes, when known

    # --- narrowing ---

    def where(self, *, date_from: str | None = None, date_to: str | None = None, sources: Iterable = (),
              needle: str = "", named: Iterable = (), speakers: Iterable | None = None) -> StoredQuotes:
        """These quotes passing a date range (of their article, at the bound's precision), sources,
        a case-folded ``needle`` (in the text, or spoken by one of ``named``) and ``speakers``."""
        new = self._where
        narrowing = (date_from, date_to, tuple(sources), needle) != (None, None, (), "")
        if narrowing:
            if new.needle or new.sources or new.date_from is not None or new.date_to is not None:
                new = _Where(parent=new)  # narrowed by text, date or source before: both must pass
            new = replace(new, date_from=date_from, date_to=date_to, sources=tuple(sources), needle=needle,
                          named=frozenset(named))
        keep = frozenset(speakers) if speakers is not None else None
        if keep is not None:
            new = replace(new, speakers=keep if new.speakers is None else keep & new.speakers)
        counts = None
        if not narrowing:  # only speakers: counted from ours (one query, kept for the next narrowing)
            self._speaker_counts()
            counts = {s: n for s, n in self._speaker_counts().items() if keep is None or s in keep}
        return StoredQuotes(self._connect, new, _counts=counts)

    def about(self, actors: Iterable[tuple[str, Iterable[str]]]) -> StoredQuotes:
        """Those spoken by one of the actors (id, names) or naming one (whole words, any case)."""
        about = tuple((aid, tuple(names)) for aid, names in actors)
        return StoredQuotes(self._connect, replace(self._where, about=self._where.about + about))

    def table_search(self, fragment: str, speakers: Iterable[str], unattributed: bool, kinds: Iterable[str],
                     cues: Iterable[str]) -> StoredQuotes:
        """Those whose text, article title (its id if untitled) or article date holds ``fragment``
        (case-folded), or spoken by ``speakers`` (and unattributed ones if ``unattributed``), or of those
        ``kinds`` or ``cues``: what the quotes table's search box narrows to before it checks each row."""
        table = (fragment, tuple(sorted(speakers)), unattributed, tuple(sorted(kinds)),
                 tuple(sorted(c for c in cues if c is not None)))
        where = self._where if self._where.table is None else _Where(parent=self._where)
        return StoredQuotes(self._connect, replace(where, table=table))

    def cues(self) -> set[str]:
        """Every cue verb of the stored quotes (of all, not only these: a superset)."""
        with self._connect() as db:
            return {c for (c,) in db.execute("SELECT DISTINCT cue FROM resolved_quotes") if c is not None}

    def batches(self, size: int) -> Iterator[list[CorpusQuote]]:
        """These quotes in corpus order, ``size`` at a time (each batch one indexed query: an export of
        840,000 quotes never holds them all)."""
        if self._list is not None:
            for start in range(0, len(self._list), size):
                yield self._list[start:start + size]
            return
        last = -1
        while True:
            with self._connect() as db:
                condition, args = self._where.sql(quote_search.exists(db))
                _register(db, self._where.about)
                rows = db.execute(f"SELECT q.seq, {_COLUMNS} FROM resolved_quotes q WHERE {condition} AND q.seq > ? "
                                  "ORDER BY q.seq LIMIT ?", [*args, last, size]).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [CorpusQuote(*r[1:]) for r in rows]

    def page(self, offset: int, limit: int) -> list[CorpusQuote]:
        """``limit`` of these quotes from ``offset`` on, in the quotes table's order: their article's date,
        newest first, undated last, then corpus order (``quote_search.ORDER``)."""
        with self._connect() as db:
            condition, args = self._where.sql(quote_search.exists(db))
            _register(db, self._where.about)
            if quote_search.has_order(db):
                sql = (f"SELECT {_COLUMNS} FROM {quote_search.ORDER} r JOIN resolved_quotes q ON q.seq = r.seq "
                       f"WHERE {condition} ORDER BY r.rank LIMIT ? OFFSET ?")
            else:  # a store read before its upgrade: sorted here
                sql = (f"SELECT {_COLUMNS} FROM resolved_quotes q LEFT JOIN articles d ON d.id = q.article_id "
                       f"WHERE {condition} ORDER BY coalesce(d.date, '') DESC, q.seq LIMIT ? OFFSET ?")
            return [CorpusQuote(*r) for r in db.execute(sql, [*args, limit, offset])]

    def of_article(self, article_id: str) -> list[CorpusQuote]:
        """These quotes of one article, in order (an indexed query)."""
        return list(StoredQuotes(self._connect, replace(self._where, article=article_id)))

    # --- answers without reading the quotes ---

    def speakers(self) -> set[str]:
        """The actor ids speaking at least one of these quotes."""
        return {s for s in self._speaker_counts() if s is not None}

    def __len__(self) -> int:
        if self._list is not None:
            return len(self._list)
        return sum(self._speaker_counts().values())

    def _speaker_counts(self) -> dict:
        if self._counts is None:
            if self._list is not None:
                counts: dict = {}
                for q in self._list:
                    counts[q.speaker] = counts.get(q.speaker, 0) + 1
                self._counts = counts
            else:
                self._counts = dict(self._query("q.speaker, count(*)", "GROUP BY q.speaker"))
        return self._counts

    # --- the quotes ---

    def _quotes(self) -> list[CorpusQuote]:
        if self._list is None:
            self._list = [CorpusQuote(*r) for r in self._query(_COLUMNS, "ORDER BY q.seq")]
        return self._list

    def _query(self, columns: str, tail: str) -> list:
        with self._connect() as db:
            condition, args = self._where.sql(quote_search.exists(db))
            _register(db, self._where.about)
            return db.execute(f"SELECT {columns} FROM resolved_quotes q WHERE {condition} {tail}",
                              args).fetchall()

    def __iter__(self) -> Iterator[CorpusQuote]:
        return iter(self._quotes())

    def __getitem__(self, index):
        return self._quotes()[index]

    def __eq__(self, other) -> bool:
        if isinstance(other, StoredQuotes | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"StoredQuotes({self._where})"


def quote_speakers(quotes: Sequence[CorpusQuote]) -> set[str]:
    """The actor ids speaking one of ``quotes`` (without reading stored quotes)."""
    if isinstance(quotes, StoredQuotes):
        return quotes.speakers()
    return {q.speaker for q in quotes if q.speaker is not None}


def quotes_of_article(quotes: Sequence[CorpusQuote], article_id: str) -> list[CorpusQuote]:
    if isinstance(quotes, StoredQuotes):
        return quotes.of_article(article_id)
    return [q for q in quotes if q.article_id == article_id]


def mention_pattern(names: Iterable[str]) -> tuple[re.Pattern, list[str]]:
    """A whole-word, case-insensitive pattern of ``names`` (longest first), and the names case-folded
    (a cheap substring test to run before the pattern)."""
    names = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    return pattern, [n.casefold() for n in names]


def mentions(text: str, pattern: re.Pattern, folded: list[str]) -> bool:
    return bool(folded) and any(n in text.casefold() for n in folded) and pattern.search(text) is not None


def _table_sql(table: tuple, indexed: bool) -> tuple[str, list]:
    fragment, speakers, unattributed, kinds, cues = table
    if indexed and quote_search.usable(fragment):
        text, args = f"q.seq IN ({quote_search.matching_seqs(fragment)})", [quote_search.phrase(fragment)]
    else:
        text, args = "dm_contains(q.text, ?)", [fragment]
    parts = [text, f"q.speaker IN ({_marks(speakers)})", f"q.kind IN ({_marks(kinds)})",
             f"q.cue IN ({_marks(cues)})", "q.article_id IN (SELECT d.id FROM articles d WHERE "
             "dm_contains(coalesce(nullif(d.title, ''), d.id), ?) OR dm_contains(coalesce(d.date, ''), ?))"]
    if unattributed:
        parts.append("q.speaker IS NULL")
    return "(" + " OR ".join(parts) + ")", [*args, *speakers, *kinds, *cues, fragment, fragment]


def _marks(values) -> str:
    return ", ".join("?" * len(values))


_MENTIONS: dict[str, list] = {}


def _mention_key(about: tuple) -> str:
    key = repr(about)
    if key not in _MENTIONS:
        if len(_MENTIONS) > 256:
            _MENTIONS.clear()
        _MENTIONS[key] = [mention_pattern(names) for _, names in about]
    return key


def _register(db: sqlite3.Connection, about: tuple) -> None:
    db.create_function("dm_contains", 2, lambda text, needle: needle in text.casefold(), deterministic=True)
    if about:
        _mention_key(about)
        db.create_function("dm_mentions", 2, lambda text, key: any(
            mentions(text, p, f) for p, f in _MENTIONS[key]), deterministic=True)


def check_stamp(db: sqlite3.Connection, stamp: str, path) -> None:
    row = db.execute("SELECT value FROM meta WHERE key = 'resolved_stamp'").fetchone()
    if not row or row[0] != stamp:
        raise StoreError(f"{path}: the store changed since this corpus was loaded; load the corpus again")


def connector(store, stamp: str) -> Connect:
    """Connections to ``store``'s file for quotes cached under ``stamp``: the store's own while it is
    open (one snapshot per query, under its lock), else a read-only connection of their own."""
    from contextlib import contextmanager
    from urllib.parse import quote

    @contextmanager
    def connect():
        if store.is_open:
            with store.reading() as db:
                check_stamp(db, stamp, store.path)
                yield db
            return
        db = sqlite3.connect(f"file:{quote(str(store.path.resolve()))}?mode=ro", uri=True)
        try:
            check_stamp(db, stamp, store.path)
            yield db
        finally:
            db.close()

    return connect


def quotes_by(quotes: Sequence[CorpusQuote], speaker: str) -> list[CorpusQuote]:
    """Those of ``quotes`` spoken by one actor, in order (an indexed query for stored quotes)."""
    if isinstance(quotes, StoredQuotes):
        return list(quotes.where(speakers=[speaker]))
    return [q for q in quotes if q.speaker == speaker]
