"""The first view kept on disk (``components/first_view_cache.py``): read back, it is the view computed
again; a corpus resolved anew (a correction, an ingest) or a filter that selects something computes it."""
from __future__ import annotations

import pytest
from test_corrections import ARTICLES
from test_store import FakeExtractor

from components import first_view_cache as fvc
from components.choices import build_choices
from diplomap.corpus import sync
from diplomap.corpus.store import Store
from diplomap.models import Article
from diplomap.views import analytics
from diplomap.views.counts import counts
from diplomap.views.filters import GraphFilter, filtered_view

UNFILTERED = [GraphFilter(), GraphFilter(radius=3, include_partners=True)]  # no leader, no country: nothing selected


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.db") as s:
        sync.ingest_articles(s, ARTICLES, extractor=FakeExtractor())
        yield s


def computed(corpus, f):
    sub, W, multigraph = filtered_view(corpus, f)
    return sub, W, multigraph, analytics.weighted_degree(W)


def assert_same_view(got, expected):
    (sub, W, multigraph, degree), (sub2, W2, multigraph2, degree2) = got, expected
    assert list(W.nodes(data=True)) == list(W2.nodes(data=True))
    assert list(W.edges(data=True)) == list(W2.edges(data=True))
    assert degree == degree2
    assert sub.articles == sub2.articles and sub.actors == sub2.actors
    assert sub.interactions == sub2.interactions and list(sub.quotes) == list(sub2.quotes)
    assert list(multigraph().edges(keys=True, data=True)) == list(multigraph2().edges(keys=True, data=True))


def no_computing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("computed, not read from the disk cache")
    monkeypatch.setattr(fvc, "filtered_view", refuse)


@pytest.mark.parametrize("f", UNFILTERED)
def test_a_restarted_server_reads_the_view_it_computed_and_it_is_the_same(store, tmp_path, monkeypatch, f):
    corpus = store.corpus()
    stamp, folder = store.corpus_stamp(corpus), tmp_path / "cache"
    assert stamp is not None
    first = fvc.view_parts(corpus, f, folder, stamp)  # computed and written
    assert_same_view(first, computed(corpus, f))
    with Store(store.path) as restarted:
        again = restarted.corpus()
        assert restarted.corpus_stamp(again) == stamp and again is not corpus
        with monkeypatch.context() as m:
            no_computing(m)
            read = fvc.view_parts(again, f, folder, stamp)
        assert_same_view(read, computed(again, f))


def test_choices_and_counts_read_back_equal_computed_ones(store, tmp_path):
    corpus = store.corpus()
    stamp, folder = store.corpus_stamp(corpus), tmp_path / "cache"
    for name, compute in (("choices", build_choices), ("counts", counts)):
        fvc.remembered(folder, stamp, name, [], lambda compute=compute: compute(corpus))
        assert fvc.remembered(folder, stamp, name, [], lambda: pytest.fail("not read")) == compute(corpus)


@pytest.mark.parametrize("change", ["correction", "ingest"])
def test_a_corpus_resolved_anew_is_computed_again(store, tmp_path, monkeypatch, change):
    corpus = store.corpus()
    folder, stamp = tmp_path / "cache", store.corpus_stamp(corpus)
    fvc.view_parts(corpus, GraphFilter(), folder, stamp)
    if change == "correction":
        store.corrections_path.write_text("hide:\n  - t2#i1\n")
    else:
        sync.ingest_articles(store, [Article(id="t5", date="2025-02-05", text=(
            "actor donald-trump | Donald Trump | person | USA |\nactor boris-johnson | Boris Johnson | person | GBR |\n"
            "meet donald-trump boris-johnson\n"))], extractor=FakeExtractor())
    newer = store.corpus()
    assert store.corpus_stamp(newer) != stamp
    calls = []
    original = fvc.filtered_view
    monkeypatch.setattr(fvc, "filtered_view", lambda *a: calls.append(1) or original(*a))
    view = fvc.view_parts(newer, GraphFilter(), folder, store.corpus_stamp(newer))
    assert calls == [1]
    assert_same_view(view, computed(newer, GraphFilter()))
    assert view[1].edges != computed(corpus, GraphFilter())[1].edges


def test_a_filter_that_selects_something_or_a_corpus_without_stamp_is_never_kept(store, tmp_path):
    corpus = store.corpus()
    folder = tmp_path / "cache"
    fvc.view_parts(corpus, GraphFilter(countries=("GBR",)), folder, store.corpus_stamp(corpus))
    fvc.view_parts(corpus, GraphFilter(min_weight=2), folder, store.corpus_stamp(corpus))
    fvc.view_parts(corpus, GraphFilter(include_countries=False), folder, store.corpus_stamp(corpus))
    fvc.view_parts(corpus, GraphFilter(), folder, None)
    assert not folder.exists() or not list(folder.iterdir())
    with pytest.raises(ValueError):
        fvc.unfiltered_view(corpus, GraphFilter(types=("meet",)), computed(corpus, GraphFilter())[1])


def test_a_damaged_file_is_computed_again_and_old_files_are_dropped(tmp_path):
    folder = tmp_path / "cache"
    assert fvc.remembered(folder, "s", "counts", [], lambda: {"n": 1}) == {"n": 1}
    (path,) = folder.iterdir()
    path.write_bytes(b"not a pickle")
    assert fvc.remembered(folder, "s", "counts", [], lambda: {"n": 2}) == {"n": 2}
    for n in range(fvc.KEEP + 3):
        fvc.remembered(folder, f"stamp {n}", "counts", [], lambda: {})
    assert len(list(folder.glob("first-view-counts-*.pickle"))) == fvc.KEEP
    assert not list(folder.glob("*.partial"))


def test_the_files_are_named_by_the_code_that_computes_them(monkeypatch, tmp_path):
    before = fvc.cache_path(tmp_path, "s", "view", GraphFilter())
    fvc.code_version.cache_clear()
    monkeypatch.setattr(fvc, "FORMAT", "another")
    try:
        assert fvc.cache_path(tmp_path, "s", "view", GraphFilter()) != before
    finally:
        fvc.code_version.cache_clear()


def test_the_first_map_read_back_is_the_page_drawn_and_a_restart_draws_nothing(store, monkeypatch):
    import streamlit as st

    from components import state
    from components.graph_view import map_html

    def first_map() -> str:
        data = state.load_corpus(state.open_store(str(store.path)))
        return map_html(data, state.view(data, GraphFilter()), GraphFilter(), (), None)

    drawn = first_map()
    assert "vis" in drawn and list((store.path.parent / "cache").glob("first-view-map-*.pickle"))
    st.cache_resource.clear()  # a restarted server: nothing in memory
    with monkeypatch.context() as m:
        no_computing(m)
        m.setattr(state.render, "render_html", lambda *a, **k: pytest.fail("drawn again"))
        assert first_map() == drawn
    st.cache_resource.clear()
    for path in (store.path.parent / "cache").glob("first-view-*.pickle"):
        path.unlink()
    assert first_map() == drawn  # computed again: the same page
    st.cache_resource.clear()


def test_a_graph_read_back_shares_its_details_with_the_index_and_stays_the_same(store, tmp_path):
    from diplomap.views.index import index_of

    corpus = store.corpus()
    stamp, folder = store.corpus_stamp(corpus), tmp_path / "cache"
    fvc.view_parts(corpus, GraphFilter(), folder, stamp)
    with Store(store.path) as restarted:
        again = restarted.corpus()
        W = fvc.view_parts(again, GraphFilter(), folder, stamp)[1]
        before = list(W.edges(data=True))
        idx = index_of(again)
        fvc.share_details(W, idx)
        assert list(W.edges(data=True)) == before and W.number_of_edges()
        for _, _, data in W.edges(data=True):
            assert all(d is idx.records[i][2][4] for i, d in zip(data["interactions"], data["details"], strict=True))


def test_only_the_first_view_is_remembered_for_any_kind(tmp_path):
    """The map and the view share one rule: a filter that selects something is computed every time."""
    folder, calls = tmp_path / "cache", []

    def draw() -> str:
        calls.append(1)
        return "<html>"
    for _ in range(2):
        assert fvc.remembered_first_view(GraphFilter(countries=("GBR",)), folder, "stamp", "map", [1], draw) == "<html>"
    assert len(calls) == 2 and (not folder.exists() or not list(folder.iterdir()))
    for _ in range(2):
        assert fvc.remembered_first_view(GraphFilter(), folder, "stamp", "map", [1], draw) == "<html>"
    assert len(calls) == 3 and len(list(folder.iterdir())) == 1
