"""The resolved corpus's articles and interactions read from the store on first use, not with the corpus.

``Store(path, defer_reads=seconds)`` (the dashboard's) loads a cached corpus with its actors and its
quotes left in the store, as always, and these two tables as ``diplomap.deferred`` containers: at
100,000 articles they are 0.6 s of CPU the first view read from disk never uses. They are read from
a read transaction of their own, begun where the corpus was loaded, so they hold the rows of that
moment even if a writer commits in between; it ends once both are read: when first used, or
``seconds`` after loading at the latest (a thread of its own), so an unused corpus never holds an old
snapshot for long. Until the articles are read, one article (``corpus.articles[id]``, ``id in
corpus.articles``) is an indexed query on the same snapshot.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Mapping, Sequence

from ..deferred import DeferredList, DeferredMapping, Once
from ..gc_pause import paused_gc
from ..models import Article, CorpusInteraction
from . import tables

log = logging.getLogger(__name__)


class DeferredTables:
    """The articles and interactions of the snapshot ``db`` (a connection inside ``BEGIN``, given
    over: closed once both are read)."""

    def __init__(self, db: sqlite3.Connection, *, within: float):
        self._db: sqlite3.Connection | None = db
        self._lock = threading.Lock()  # one query at a time on the connection
        self._articles: Once[Mapping[str, Article]] = Once(self._read_articles)
        self._interactions: Once[Sequence[CorpusInteraction]] = Once(self._read_interactions)
        self.articles: DeferredMapping[str, Article] = DeferredMapping(self._articles, lookup=self._article)
        self.interactions: DeferredList[CorpusInteraction] = DeferredList(self._interactions)
        timer = threading.Timer(within, self.read_all)
        timer.daemon = True
        timer.start()

    def read_all(self) -> None:
        """Read both tables now, if nothing has yet (the timer's job; errors are left to the next reader)."""
        try:
            self._articles.get()
            self._interactions.get()
        except (sqlite3.Error, OSError) as e:
            log.warning("deferred corpus read failed: %s", e)

    def _article(self, article_id: str) -> Article | None:
        with self._lock:
            if self._db is not None:
                return tables.load_article(self._db, article_id)
        return self._articles.get().get(article_id)  # both tables read meanwhile: the snapshot has ended

    def _read_articles(self) -> dict[str, Article]:
        with self._lock, paused_gc():  # 100,000 objects that live on: a collection would only scan them
            assert self._db is not None, "read once"
            articles = tables.load_articles(self._db)
            self._end_if_read(articles=True)
        return articles

    def _read_interactions(self) -> list[CorpusInteraction]:
        with self._lock, paused_gc():
            assert self._db is not None, "read once"
            interactions = tables.load_interactions(self._db)
            self._end_if_read(interactions=True)
        return interactions

    def _end_if_read(self, *, articles: bool = False, interactions: bool = False) -> None:
        """Close the snapshot once the other table is read too (call under ``_lock``)."""
        if (articles or self._articles.done) and (interactions or self._interactions.done) and self._db is not None:
            self._db.close()  # ends the read transaction
            self._db = None
