"""Quotes left in the store (``StoredQuotes``) filter, count and export exactly as a list of quotes does."""
import sqlite3
from contextlib import contextmanager
from dataclasses import replace

import pytest
from graph_fixtures import sample_corpus, synthetic_corpus

from diplomap.corpus import sync
from diplomap.corpus.store import Store
from diplomap.corpus.store_errors import StoreError
from diplomap.corpus.stored_quotes import (
    StoredQuotes,
    connector,
    quote_speakers,
    quotes_by,
    quotes_of_article,
)
from diplomap.corpus.tables import SCHEMA, save_resolved
from diplomap.views import export
from diplomap.views.counts import counts
from diplomap.views.filters import GraphFilter, filter_corpus, filtered_graphs, quotes_about

FILTERS = [
    GraphFilter(),
    GraphFilter(countries=("GBR",), include_partners=True),
    GraphFilter(leaders=("keir-starmer",), radius=2),
    GraphFilter(include_countries=False, min_mentions=5),
    GraphFilter(date_from="2025-03"),
    GraphFilter(date_to="2025-02-17"),
    GraphFilter(sources=("BBC",)),
    GraphFilter(text="PEACE"),
    GraphFilter(text="putin", date_from="2025"),
    GraphFilter(text="starmer", countries=("RUS",), include_partners=True),
    GraphFilter(min_weight=2),
]


class FakeStore:
    def __init__(self, db, path):
        self.db, self.path, self.is_open = db, path, True

    @contextmanager
    def reading(self):
        yield self.db


def stored(corpus, tmp_path):
    """``corpus`` with its quotes in a store's resolved tables, read back as ``StoredQuotes``."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, '', '', '', '')",
                   [(a.id, a.title, a.date, a.source, a.url, a.path) for a in corpus.articles.values()])
    save_resolved(db, corpus, [], "stamp-1")
    return replace(corpus, quotes=StoredQuotes(connector(FakeStore(db, tmp_path / "x.db"), "stamp-1"))), db


@pytest.mark.parametrize("f", FILTERS, ids=repr)
def test_stored_quotes_filter_like_a_list(tmp_path, f):
    corpus = sample_corpus()
    lazy, _ = stored(corpus, tmp_path)
    want, got = filter_corpus(corpus, f), filter_corpus(lazy, f)
    assert isinstance(got.quotes, StoredQuotes)
    assert got == want
    assert len(got.quotes) == len(want.quotes)
    assert quote_speakers(got.quotes) == quote_speakers(want.quotes)
    assert counts(got) == counts(want)
    assert export.quotes_csv(got) == export.quotes_csv(want)
    again = GraphFilter(date_from="2025-02-17", text="a")  # a view of a view: both filters pass
    assert filter_corpus(got, again) == filter_corpus(want, again)
    for aid in corpus.actors:
        assert quotes_about(lazy, f, [aid]) == quotes_about(corpus, f, [aid])
        assert quotes_by(lazy.quotes, aid) == quotes_by(corpus.quotes, aid)
    pair = ("keir-starmer", "ukraine")
    assert quotes_about(lazy, f, pair) == quotes_about(corpus, f, pair)
    for article_id in corpus.articles:
        assert quotes_of_article(lazy.quotes, article_id) == quotes_of_article(corpus.quotes, article_id)


def test_a_bigger_corpus_gives_the_same_views(tmp_path):
    corpus = synthetic_corpus(n_articles=300, n_actors=80)
    lazy, _ = stored(corpus, tmp_path)
    for f in (GraphFilter(countries=("USA",), include_partners=True), GraphFilter(date_from="2025-06", text="keep"),
              GraphFilter(leaders=("actor-3",), radius=2)):
        sub, G, W = filtered_graphs(lazy, f)
        want, G0, W0 = filtered_graphs(corpus, f)
        assert sub == want and sorted(G.edges) == sorted(G0.edges) and sorted(W.edges) == sorted(W0.edges)


def test_a_corpus_outlived_by_a_newer_one_refuses_to_read_its_quotes(tmp_path):
    corpus = sample_corpus()
    lazy, db = stored(corpus, tmp_path)
    db.execute("UPDATE meta SET value = 'stamp-2' WHERE key = 'resolved_stamp'")
    with pytest.raises(StoreError, match="changed since"):
        list(lazy.quotes)


def test_the_store_hands_out_stored_quotes_readable_after_it_is_closed(tmp_path):
    from test_store import FakeExtractor, write_articles

    write_articles(tmp_path / "in", 3)
    with Store(tmp_path / "s.db") as s:
        sync.ingest_paths(s, [tmp_path / "in"], extractor=FakeExtractor())
        fresh = s.resolve(s.corrections())[0]  # resolved in memory: a list
    with Store(tmp_path / "s.db") as s:
        cached = s.corpus()
        assert isinstance(cached.quotes, StoredQuotes)
        assert len(cached.quotes) == len(fresh.quotes)
    assert cached == fresh  # read through a connection of its own once the store is closed
    with sqlite3.connect(tmp_path / "s.db") as db:
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"resolved_quotes_by_speaker", "resolved_quotes_by_article"} <= indexes


def test_a_corpus_just_resolved_and_cached_leaves_its_quotes_in_the_store(tmp_path):
    """After a resolve the server does not keep every quote: it reads them as after a restart."""
    from test_store import FakeExtractor, write_articles

    write_articles(tmp_path / "in", 3)
    with Store(tmp_path / "s.db") as s:
        sync.ingest_paths(s, [tmp_path / "in"], extractor=FakeExtractor())
        in_memory = s.resolve(s.corrections())[0]
        resolved = s.corpus()
        assert isinstance(resolved.quotes, StoredQuotes)
        assert list(resolved.quotes) == in_memory.quotes and len(in_memory.quotes) > 0
        assert resolved.actors == in_memory.actors and resolved.interactions == in_memory.interactions


def test_a_read_only_store_resolving_again_keeps_the_quotes_it_could_not_cache(tmp_path):
    from test_store import FakeExtractor, write_articles

    write_articles(tmp_path / "in", 2)
    with Store(tmp_path / "s.db") as s:
        sync.ingest_paths(s, [tmp_path / "in"], extractor=FakeExtractor())
    with sqlite3.connect(tmp_path / "s.db") as db:
        db.execute("DELETE FROM meta WHERE key = 'resolved_stamp'")  # as after a resolver upgrade
    with Store(tmp_path / "s.db", read_only=True) as s:
        corpus = s.corpus()
        assert isinstance(corpus.quotes, list) and corpus.quotes
        assert list(corpus.quotes) == s.resolve(s.corrections())[0].quotes

