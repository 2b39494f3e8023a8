"""What a restarted server reuses instead of recomputing before its first view: the corpus-wide
layout found by the store's resolve stamp, country names without the whole knowledge base, and the
corpus loaded with the garbage collector paused."""
from __future__ import annotations

import dataclasses
import gc
import threading
from pathlib import Path

import pytest
import streamlit as st

from components import state
from diplomap.corpus.store import Store
from diplomap.extract import knowledge, knowledge_parts
from diplomap.gc_pause import paused_gc
from diplomap.views import palette


@pytest.fixture
def store_copy(seed_store, tmp_path) -> Path:
    path = tmp_path / "store.db"
    path.write_bytes(seed_store.read_bytes())
    return path


@pytest.fixture
def fresh_caches():
    """As after a restart: Streamlit's caches (the store objects, views, layouts) empty."""
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def test_pauses_nest_and_the_collector_runs_again_after_the_last():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still under way
    assert gc.isenabled()


def test_a_pause_in_another_thread_keeps_the_collector_paused_until_both_end():
    inside, leave = threading.Event(), threading.Event()

    def other():
        with paused_gc():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    with paused_gc():
        thread.start()
        inside.wait(10)
    assert not gc.isenabled()  # ours ended, the other thread's has not
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_country_names_come_from_the_countries_file_alone():
    countries = knowledge_parts.load_countries()
    assert countries == knowledge.load_knowledge().countries  # same file, same validation
    assert palette.country_label("GBR") == countries["GBR"].name
    assert palette.country_label("QQQ") == "QQQ"  # not a country: the code itself


def test_the_resolve_stamp_is_the_same_after_a_restart_and_changes_with_the_corrections(store_copy):
    first = Store(store_copy)
    corpus = first.corpus()
    stamp = first.corpus_stamp(corpus)
    assert stamp
    restarted = Store(store_copy)
    assert restarted.corpus_stamp(restarted.corpus()) == stamp
    actor = next(iter(corpus.actors))
    restarted.corrections_path.write_text(f"rename:\n  {actor}: Someone Else\n", encoding="utf-8")
    newer = restarted.corpus()
    assert restarted.corpus_stamp(newer) not in (None, stamp)
    assert restarted.corpus_stamp(corpus) is None  # an older corpus has no stamp of this store


def test_a_restarted_server_finds_the_corpus_layout_without_the_corpus_graph(store_copy, fresh_caches,
                                                                             monkeypatch):
    data = state.load_corpus(state.open_store(str(store_copy)))
    assert data.stamp
    positions = state.corpus_positions(data, True)
    assert positions

    st.cache_resource.clear()  # a restart: new store object, new corpus, empty caches

    def no_graph(*args, **kwargs):
        raise AssertionError("the corpus-wide graph was built")

    monkeypatch.setattr(state, "corpus_graph", no_graph)
    again = state.load_corpus(state.open_store(str(store_copy)))
    assert again.corpus is not data.corpus and again.stamp == data.stamp
    assert state.corpus_positions(again, True) == positions
    with pytest.raises(AssertionError, match="graph was built"):  # without a stamp, it must be built
        state.corpus_positions(dataclasses.replace(again, stamp=None, version="other"), True)
