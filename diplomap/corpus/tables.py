"""The store's tables: the SQLite schema, and whole extractions and resolved corpora written as rows.

``store`` owns the connection and the transactions; this module only says what a row is.
"""
from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from operator import itemgetter

from ..models import (
    Actor,
    ActorRole,
    Article,
    Corpus,
    CorpusActor,
    CorpusInteraction,
    CorpusQuote,
    Extraction,
    Interaction,
    Quote,
)
from . import quote_search
from .store_errors import StoreError

SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, url TEXT, path TEXT,
    text TEXT NOT NULL, content_hash TEXT NOT NULL, pipeline_version TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE INDEX articles_by_hash ON articles (content_hash);
CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, role TEXT, mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx));
CREATE TABLE aliases (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, actor_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (article_id, actor_idx, idx));
CREATE TABLE interactions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    type TEXT NOT NULL, status TEXT NOT NULL, source TEXT, target TEXT, date TEXT, location TEXT,
    evidence TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
CREATE TABLE participants (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, interaction_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (article_id, interaction_idx, idx));
CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    text TEXT NOT NULL, speaker TEXT, kind TEXT NOT NULL, cue TEXT,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
-- The resolved corpus: a cache, rebuilt when meta.resolved_stamp is out of date. Lists are JSON.
CREATE TABLE resolved_actors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, role TEXT,
    aliases TEXT NOT NULL, mentions INTEGER NOT NULL, articles TEXT NOT NULL, roles TEXT NOT NULL);
CREATE TABLE resolved_interactions (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, article_id TEXT NOT NULL, type TEXT NOT NULL, actors TEXT NOT NULL,
    status TEXT NOT NULL, source TEXT, target TEXT, date TEXT, location TEXT, evidence TEXT NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL);
CREATE TABLE resolved_quotes (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, article_id TEXT NOT NULL, text TEXT NOT NULL, speaker TEXT,
    kind TEXT NOT NULL, cue TEXT, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL);
INSERT INTO meta VALUES ('generation', '0');
""" + "\n"

# What the views ask the tables (quotes by speaker and by article; the articles listed without their
# text, which SQLite would otherwise step over page by page to reach the columns after it); also
# created on opening an older store that lacks them.
RESOLVED_INDEXES = """
CREATE INDEX IF NOT EXISTS resolved_quotes_by_speaker ON resolved_quotes (speaker);
CREATE INDEX IF NOT EXISTS resolved_quotes_by_article ON resolved_quotes (article_id);
CREATE INDEX IF NOT EXISTS articles_listing ON articles (id, title, date, source, url, path, content_hash, pipeline_version);
"""
SCHEMA += RESOLVED_INDEXES
QUOTE_BATCH = 10_000  # resolved quotes written (and indexed) per batch


def insert_extraction(db: sqlite3.Connection, article: Article, extraction: Extraction, version: str) -> None:
    aid = article.id
    db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (aid, article.title, article.date, article.source, article.url, article.path, article.text,
                article.content_hash, version, datetime.now(UTC).isoformat(timespec="seconds")))
    db.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(aid, n, a.id, a.name, a.kind, a.country, a.role, a.mentions)
                    for n, a in enumerate(extraction.actors)])
    db.executemany("INSERT INTO aliases VALUES (?, ?, ?, ?)",
                   [(aid, n, k, alias) for n, a in enumerate(extraction.actors) for k, alias in enumerate(a.aliases)])
    db.executemany("INSERT INTO interactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(aid, n, i.type, i.status, i.source, i.target, i.date, i.location, i.evidence, i.start, i.end)
                    for n, i in enumerate(extraction.interactions)])
    db.executemany("INSERT INTO participants VALUES (?, ?, ?, ?)",
                   [(aid, n, k, actor) for n, i in enumerate(extraction.interactions)
                    for k, actor in enumerate(i.actors)])
    db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(aid, n, q.text, q.speaker, q.kind, q.cue, q.start, q.end)
                    for n, q in enumerate(extraction.quotes)])


def save_resolved(db: sqlite3.Connection, corpus: Corpus, problems: list[str], stamp: str) -> None:
    """Cache ``corpus`` (with its quotes) as resolved under ``stamp``."""
    write_resolved(db, corpus, ((q.id, q.article_id, q.text, q.speaker, q.kind, q.cue, q.start, q.end)
                                for q in corpus.quotes))
    write_stamp(db, problems, stamp)


def write_resolved(db: sqlite3.Connection, corpus: Corpus, quotes: Iterable[tuple]) -> None:
    """The resolved tables and the quotes' indexes, replaced by ``corpus``'s actors and interactions and
    by ``quotes``, rows of ``CorpusQuote``'s fields in corpus order, written a batch at a time as they
    come (a re-resolve streams them from the stored extractions: none need be in memory at once)."""
    for table in ("resolved_actors", "resolved_interactions", "resolved_quotes"):
        db.execute(f"DELETE FROM {table}")
    db.executemany("INSERT INTO resolved_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (a.id, a.name, a.kind, a.country, a.role, json.dumps(a.aliases), a.mentions, json.dumps(a.articles),
         json.dumps([[r.role, r.country, r.date, r.article_id] for r in a.roles]))
        for a in corpus.actors.values()])
    db.executemany("INSERT INTO resolved_interactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (n, i.id, i.article_id, i.type, json.dumps(i.actors), i.status, i.source, i.target, i.date, i.location,
         i.evidence, i.start, i.end) for n, i in enumerate(corpus.interactions)])
    indexed = quote_search.clear(db)
    numbered = enumerate(quotes)
    while batch := list(itertools.islice(numbered, QUOTE_BATCH)):
        db.executemany("INSERT INTO resolved_quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(n, *row) for n, row in batch])
        if indexed:
            quote_search.add(db, ((n, row[2]) for n, row in batch))
    quote_search.fill_order(db)


def write_stamp(db: sqlite3.Connection, problems: list[str], stamp: str) -> None:
    """Mark the resolved tables as the corpus resolved under ``stamp``, with its ``problems``."""
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                   [("resolved_stamp", stamp), ("problems", json.dumps(problems))])


def load_extractions(db: sqlite3.Connection, only: str | None, articles: dict[str, Article], *,
                     quotes: bool = True) -> Iterator[Extraction]:
    """The stored extractions of ``articles`` (all, or ``only`` one; in the order of their ids, as
    ``load_articles`` lists them); ``quotes=False``: without their quotes.

    Each table is read alongside the others an article at a time (all are in article order), so no
    table's rows are all in memory at once; the actors' strings, repeated across a big store's
    articles (a million actor rows at 100,000 articles, a few thousand names), are kept once each."""
    where, args = ("WHERE article_id = ?", (only,)) if only else ("", ())
    by_name(Quote, db.execute(_QUOTES.format(where="WHERE 0")), skip=1)  # checked once, read by position
    aliases = _by_article(db, "SELECT article_id, actor_idx, alias FROM aliases {where} "
                          "ORDER BY article_id, actor_idx, idx", where, args)
    actors = _by_article(db, "SELECT article_id, idx, id, name, kind, country, role, mentions FROM actors {where} "
                         "ORDER BY article_id, idx", where, args)
    participants = _by_article(db, "SELECT article_id, interaction_idx, actor_id FROM participants {where} "
                               "ORDER BY article_id, interaction_idx, idx", where, args)
    interactions = _by_article(db, "SELECT article_id, idx, type, status, source, target, date, location, "
                               "evidence, start_char, end_char FROM interactions {where} ORDER BY article_id, idx",
                               where, args)
    quote_rows = _by_article(db, _QUOTES, where, args) if quotes else lambda aid: ()
    once: dict = {}
    one = once.setdefault  # one string object per distinct name, id, role, ...
    for aid, article in articles.items():
        names: dict[int, list[str]] = {}
        for idx, alias in aliases(aid):
            names.setdefault(idx, []).append(one(alias, alias))
        members: dict[int, list[str]] = {}
        for idx, actor_id in participants(aid):
            members.setdefault(idx, []).append(one(actor_id, actor_id))
        yield Extraction(
            article=article,
            actors=[Actor(id=one(r[1], r[1]), name=one(r[2], r[2]), kind=one(r[3], r[3]), country=one(r[4], r[4]),
                          role=one(r[5], r[5]), aliases=names.get(r[0], []), mentions=r[6]) for r in actors(aid)],
            interactions=[Interaction(type=r[1], actors=members.get(r[0], []), status=r[2], source=r[3],
                                      target=r[4], date=r[5], location=r[6], evidence=r[7], start=r[8],
                                      end=r[9]) for r in interactions(aid)],
            quotes=[Quote(*r) for r in quote_rows(aid)],
        )


def _by_article(db: sqlite3.Connection, sql: str, where: str, args: tuple) -> Callable[[str], Iterable[tuple]]:
    """A function giving an article's rows of ``sql`` (article id first, left out), asked in article order."""
    groups = itertools.groupby(db.execute(sql.format(where=where), args), key=itemgetter(0))
    pending = next(groups, None)

    def rows_of(aid: str) -> list[tuple]:
        nonlocal pending
        while pending is not None and pending[0] < aid:  # an article not asked for (none in a store)
            pending = next(groups, None)
        if pending is None or pending[0] != aid:
            return []
        found = [row[1:] for row in pending[1]]
        pending = next(groups, None)
        return found

    return rows_of


_QUOTES = ("SELECT article_id, text, speaker, kind, cue, start_char AS start, end_char AS end "
           "FROM quotes {where} ORDER BY article_id, idx")


def quote_rows(db: sqlite3.Connection) -> Iterable[tuple]:
    """Every stored quote as (article id, ``Quote``'s fields), in corpus order, read as iterated."""
    return db.execute(_QUOTES.format(where=""))


_ARTICLES = "SELECT id, '' AS text, title, date, source, url, path, content_hash FROM articles {where} ORDER BY id"


def load_articles(db: sqlite3.Connection) -> dict[str, Article]:
    """Every article's metadata by id, without its text."""
    cursor = db.execute(_ARTICLES.format(where=""))
    return {r[0]: Article(*r) for r in by_name(Article, cursor)}  # by position: 100,000 of them


def load_article(db: sqlite3.Connection, article_id: str) -> Article | None:
    """One article's metadata, as ``load_articles`` reads it (None: no such article)."""
    row = by_name(Article, db.execute(_ARTICLES.format(where="WHERE id = ?"), (article_id,))).fetchone()
    return Article(*row) if row else None


def load_resolved(db: sqlite3.Connection, articles: Mapping[str, Article], quotes=None,
                  interactions: Sequence[CorpusInteraction] | None = None) -> Corpus:
    """The resolved corpus as ``save_resolved`` wrote it; given ``quotes`` (``StoredQuotes``), those
    instead of reading every quote row; given ``interactions`` (read later: ``deferred_read``), those."""
    if quotes is None:
        quotes = [CorpusQuote(*r) for r in by_name(CorpusQuote, db.execute(
            "SELECT id, article_id, text, speaker, kind, cue, start_char AS start, end_char AS end "
            "FROM resolved_quotes ORDER BY seq"))]
    return Corpus(articles=articles, actors=load_actors(db),
                  interactions=load_interactions(db) if interactions is None else interactions, quotes=quotes)


def load_actors(db: sqlite3.Connection) -> dict[str, CorpusActor]:
    """The resolved actors by id, their dated roles left encoded (``EncodedRoles``)."""
    actors = {}
    for r in db.execute("SELECT id, name, kind, country, role, aliases, mentions, articles, roles "
                        "FROM resolved_actors ORDER BY id"):
        actors[r[0]] = CorpusActor(id=r[0], name=r[1], kind=r[2], country=r[3], role=r[4],
                                   aliases=json.loads(r[5]), mentions=r[6], articles=json.loads(r[7]),
                                   roles=EncodedRoles(r[8]))
    return actors


def load_interactions(db: sqlite3.Connection) -> list[CorpusInteraction]:
    """The resolved interactions in corpus order."""
    cursor = db.execute("SELECT id, article_id, type, actors, status, source, target, date, location, "
                        "evidence, start_char AS start, end_char AS end FROM resolved_interactions ORDER BY seq")
    rows = by_name(CorpusInteraction, cursor).fetchall()
    # one JSON document for every participant list: a call per row costs more than the decoding
    participants = json.loads("[" + ",".join(r[3] for r in rows) + "]")
    return [CorpusInteraction(r[0], r[1], r[2], actors, r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11])
            for r, actors in zip(rows, participants, strict=True)]  # by position: 135,000 of them


class EncodedRoles(Sequence):
    """An actor's ``ActorRole`` list kept as the JSON the store holds until it is first read: at 100,000
    articles the roles are a million objects (2.6 s to decode) that only the actor being shown needs."""

    __slots__ = ("_raw", "_roles")

    def __init__(self, raw: str):
        self._raw = raw
        self._roles: list[ActorRole] | None = None

    def _list(self) -> list[ActorRole]:
        if self._roles is None:
            self._roles = [ActorRole(*x) for x in json.loads(self._raw)]
            self._raw = ""
        return self._roles

    def json(self) -> str:
        """The roles as the store's JSON (``[[role, country, date, article_id], ...]``), without decoding them."""
        return self._raw or json.dumps([[r.role, r.country, r.date, r.article_id] for r in self._list()])

    def __len__(self) -> int:
        return len(self._list())

    def __getitem__(self, index):
        return self._list()[index]

    def __iter__(self):
        return iter(self._list())

    def __reversed__(self):  # else one ``__getitem__`` call per role (the quotes table reads them newest first)
        return reversed(self._list())

    def __eq__(self, other) -> bool:
        if isinstance(other, EncodedRoles | list | tuple):
            return self._list() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._list())


def by_name(cls, cursor: sqlite3.Cursor, rows=None, *, skip: int = 0):
    """``rows`` (default: the cursor's), after checking once that the query's column names, past
    the first ``skip``, are ``cls``'s fields in order (``start_char AS start``): rows then become
    dataclasses by name, built by position (per-row dicts cost 2.4x on 840,000 quotes)."""
    columns = [d[0] for d in cursor.description][skip:]
    expected = [f.name for f in fields(cls)][:len(columns)]
    if columns != expected:
        raise StoreError(f"query columns {columns} are not the fields of {cls.__name__} {expected}")
    return cursor if rows is None else rows
