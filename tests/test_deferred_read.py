"""A corpus whose articles and interactions are read on first use (``diplomap/deferred.py``,
``corpus/deferred_read.py``): it is the corpus read at once, rows of the moment it was loaded even
when a writer commits before they are read, and the dashboard's first view read from disk reads
neither, while any other page (a leader's, a country's, an article's) shows what it showed before."""
from __future__ import annotations

import gc
import pickle
import threading
import time

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from table_helpers import maps
from test_app import ROOT, srcdoc
from test_corrections import ARTICLES
from test_store import FakeExtractor

from components import state, warm_up
from components.warm_up import warm_first_view
from diplomap.corpus import sync
from diplomap.corpus.store import Store
from diplomap.deferred import DeferredList, DeferredMapping, Once, ready, whole
from diplomap.models import Article

# --- the containers ------------------------------------------------------------------------------


def test_once_computes_once_for_threads_asking_together():
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.05)
        return [1, 2]

    once = Once(slow)
    got = []
    threads = [threading.Thread(target=lambda: got.append(once.get())) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1] and got == [[1, 2]] * 5 and once.done


def test_a_failed_computation_is_raised_and_tried_again():
    attempts = []

    def flaky():
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk")
        return {"a": 1}

    m = DeferredMapping(flaky)
    with pytest.raises(OSError):
        len(m)
    assert not m.ready and dict(m.items()) == {"a": 1} and m.ready


def test_a_deferred_mapping_answers_one_key_by_lookup_until_it_is_computed():
    looked: list = []
    m = DeferredMapping(lambda: {"a": 1, "b": 2}, lookup=lambda k: looked.append(k) or {"a": 1, "b": 2}.get(k))
    assert m["a"] == 1 and "b" in m and "z" not in m and m.get("z", 0) == 0
    with pytest.raises(KeyError):
        m["z"]
    assert not m.ready and not ready(m) and looked == ["a", "b", "z", "z", "z"]
    assert repr(m) == "DeferredMapping(<not read yet>)"
    assert m == {"a": 1, "b": 2} and m.ready and sorted(m) == ["a", "b"] and len(m) == 2
    assert m["a"] == 1 and looked == ["a", "b", "z", "z", "z"]  # computed: no more lookups
    assert whole(m) == {"a": 1, "b": 2} and whole({"x": 1}) == {"x": 1}


def test_deferred_containers_compare_and_pickle_as_what_they_stand_for():
    m = DeferredMapping(lambda: {"a": [1]})
    s = DeferredList(lambda: [1, 2, 3])
    assert not s.ready and s == [1, 2, 3] and s == (1, 2, 3) and s[1:] == [2, 3] and list(reversed(s)) == [3, 2, 1]
    assert pickle.loads(pickle.dumps(m)) == {"a": [1]} and type(pickle.loads(pickle.dumps(m))) is dict
    assert pickle.loads(pickle.dumps(s)) == [1, 2, 3] and type(pickle.loads(pickle.dumps(s))) is list
    assert ready([]) and ready({})


# --- the store -------------------------------------------------------------------------------------


@pytest.fixture
def store_file(tmp_path):
    with Store(tmp_path / "store.db") as s:
        sync.ingest_articles(s, ARTICLES, extractor=FakeExtractor())
        s.corpus()  # resolved and cached: what a restarted server reads
    return tmp_path / "store.db"


def test_a_deferred_corpus_is_the_corpus_read_at_once(store_file):
    with Store(store_file) as eager, Store(store_file, defer_reads=60) as deferred:
        expected, got = eager.corpus(), deferred.corpus()
        assert not ready(got.articles) and not ready(got.interactions)
        some = next(iter(expected.articles))
        assert got.articles[some] == expected.articles[some] and some in got.articles and "nope" not in got.articles
        assert not ready(got.articles)  # one article: an indexed query
        assert got.actors == expected.actors and list(got.quotes) == list(expected.quotes)
        assert deferred.corpus_stamp(got) == eager.corpus_stamp(expected) is not None
        assert got.interactions == expected.interactions and got.articles == expected.articles
        assert ready(got.articles) and ready(got.interactions)
        assert got.articles[some] == expected.articles[some] and "nope" not in got.articles


def test_rows_read_later_are_those_of_the_moment_the_corpus_was_loaded(store_file):
    with Store(store_file) as eager:
        expected = eager.corpus()
    with Store(store_file, defer_reads=60) as deferred:
        got = deferred.corpus()
        assert got.articles["t1"] == expected.articles["t1"]
        with Store(store_file) as writer:  # another process adds an article meanwhile
            new = Article(id="t9", date="2025-03-01", text="actor ann-lee | Ann Lee | person | FRA | Minister\n"
                                                           "actor keir-starmer | Keir Starmer | person | GBR | PM\n"
                                                           "meet ann-lee keir-starmer\n")
            sync.ingest_articles(writer, [new], extractor=FakeExtractor())
        assert "t9" not in got.articles  # asked before the articles are read: the same snapshot
        assert got.articles == expected.articles and got.interactions == expected.interactions
        assert "t9" in deferred.corpus().articles  # the store's latest is another corpus


def test_an_unused_deferred_corpus_is_read_within_its_seconds_and_lets_its_snapshot_go(store_file):
    with Store(store_file, defer_reads=0.05) as deferred:
        corpus = deferred.corpus()
        deadline = time.monotonic() + 30
        while not (ready(corpus.articles) and ready(corpus.interactions)) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ready(corpus.articles) and ready(corpus.interactions)
        gc.collect()
        with Store(store_file) as writer:  # no reader holds an old snapshot: the log can be checkpointed whole
            busy, _, _ = writer._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0


# --- the dashboard ---------------------------------------------------------------------------------


@pytest.fixture
def unfrozen():
    """The warm-up freezes what it built out of the collector's sight; the test process gets it back."""
    yield
    gc.unfreeze()


def page(at: AppTest) -> list:
    """What a page run shows: its captions, markdown, notices and map."""
    assert not at.exception, at.exception
    shown = maps(at)
    return [[c.value for c in at.caption], [m.value for m in at.markdown], [w.value for w in at.warning],
            [e.value for e in at.error], srcdoc(at) if shown else None]


def restarted(monkeypatch, store, defer: bool) -> None:
    """A server restarted on ``store`` that has warmed its first view but read nothing else yet."""
    st.cache_resource.clear()
    monkeypatch.setattr(state, "DEFER_READS", 600.0 if defer else None)
    warm_first_view()


QUERIES = [{}, {"leader": "keir-starmer"}, {"country": "GBR", "partners": "1"}, {"article": "t2", "tab": "Articles"},
           {"type": "meet", "tab": "Interactions"}]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: ",".join(q) or "bare")
def test_pages_opened_before_the_corpus_is_read_show_what_they_showed_before(monkeypatch, store_file, unfrozen,
                                                                           query):
    monkeypatch.setenv("DIPLOMAP_STORE", str(store_file))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    monkeypatch.setattr(warm_up, "warm_filters", lambda *args: None)  # what the warm-up reads 1 s later: not yet
    shown = {}
    for defer in (False, True):
        restarted(monkeypatch, store_file, defer)
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
        for name, value in query.items():
            at.query_params[name] = value
        first = page(at.run())
        corpus = state.load_corpus(state.open_store(str(store_file))).corpus
        if defer and not query:  # the bare address: its first view from disk, nothing read
            assert not ready(corpus.articles) and not ready(corpus.interactions)
        changed = page(at.multiselect(key="leaders").select("donald-trump").run())  # then a filter change
        shown[defer] = first, changed
    assert shown[True] == shown[False]


def test_encoded_roles_read_backwards_are_the_list_reversed():
    from diplomap.corpus.tables import EncodedRoles
    from diplomap.models import ActorRole

    roles = EncodedRoles('[["PM", "GBR", "2025-01-01", "a1"], [null, "GBR", null, "a2"]]')
    assert list(reversed(roles)) == [ActorRole(None, "GBR", None, "a2"), ActorRole("PM", "GBR", "2025-01-01", "a1")]
    assert roles == [ActorRole("PM", "GBR", "2025-01-01", "a1"), ActorRole(None, "GBR", None, "a2")]
