"""The server's warm-up (``app.py`` → ``components/warm_up.py``): the first page run after it
finds its view and its map computed, and a store that cannot be opened leaves the page to say so."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from components import first_view_cache, state, warm_up
from components.config import server_argv
from components.warm_up import warm_first_view
from diplomap.corpus import resolved_cache, tables

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("script", ["app.py", "dashboard.py"])
def test_options_after_the_double_dash_reach_the_page(monkeypatch, script):
    monkeypatch.setattr(sys, "argv", [str(ROOT / script), "--store", "x.db"])
    assert server_argv(ROOT) == ["--store", "x.db"]


def test_other_programs_options_are_not_the_pages(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["pytest", "--store", "x.db"])
    assert server_argv(ROOT) == []
    monkeypatch.setattr(sys, "argv", [str(ROOT / "bench" / "app.py"), "--store", "x.db"])
    assert server_argv(ROOT) == []


@pytest.fixture(autouse=True)
def unfrozen(monkeypatch):
    """The warm-up freezes what it built out of the collector's sight (as a server should); the test
    process gets its collector back whole afterwards. (Its index is built at once, not 3 s later.)"""
    monkeypatch.setattr(warm_up, "INDEX_AFTER", 0.0)
    monkeypatch.setattr(warm_up, "DRAWN_AFTER", 0.0)
    yield
    gc.unfreeze()


def counting(monkeypatch, calls: list, owner, name: str) -> None:
    """Replace ``owner.name`` by a wrapper that records its calls in ``calls`` (and still does the work)."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        calls.append(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)


def first_page_run(monkeypatch, store: Path) -> tuple[AppTest, list]:
    """The page's first run on ``store``, and what it computed of the view, the map and the corpus."""
    calls: list = []
    reads = [(tables, "load_resolved"), (resolved_cache, "resolution")]  # the resolved tables, or resolving
    for owner, name in [(first_view_cache, "filtered_view"), (state.render, "render_html"), *reads]:
        counting(monkeypatch, calls, owner, name)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90).run()
    assert not at.exception, at.exception
    assert any("actors ·" in c.value for c in at.caption)  # the map's own caption: it was drawn
    return at, calls


def test_first_page_run_after_warm_up_computes_neither_view_nor_map(monkeypatch, seed_store, tmp_path):
    store = tmp_path / "warm.db"
    store.write_bytes(seed_store.read_bytes())
    monkeypatch.setenv("DIPLOMAP_STORE", str(store))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    warm_first_view()
    assert first_page_run(monkeypatch, store)[1] == []


def test_the_warm_up_builds_the_index_a_filter_change_needs(monkeypatch, seed_store, tmp_path):
    store = tmp_path / "warm.db"
    store.write_bytes(seed_store.read_bytes())
    monkeypatch.setenv("DIPLOMAP_STORE", str(store))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    warm_first_view()
    st.cache_resource.clear()  # a restart: the first view is now read from the disk cache
    built: list = []
    monkeypatch.setattr(warm_up, "pair_table", lambda idx, *a: built.append(idx.corpus))
    warm_first_view()
    assert len(built) == 1 and built[0] is state.load_corpus(state.open_store(str(store))).corpus


def test_without_warm_up_the_first_run_computes_them(monkeypatch, seed_store, tmp_path):
    """The check above can fail: on a store nobody warmed, the first run does the work itself."""
    store = tmp_path / "cold.db"
    store.write_bytes(seed_store.read_bytes())
    monkeypatch.setenv("DIPLOMAP_STORE", str(store))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    # the seed store was never resolved: resolved, saved, then read back from the resolved tables
    assert sorted(first_page_run(monkeypatch, store)[1]) == ["filtered_view", "load_resolved", "render_html",
                                                             "resolution"]


@pytest.mark.parametrize("bad", ["folder", "garbage"])
def test_a_store_that_cannot_be_opened_warms_nothing_and_raises_nothing(monkeypatch, tmp_path, bad):
    path = tmp_path / "store.db"
    if bad == "folder":
        path.mkdir()
    else:
        path.write_bytes(b"\x00not a database\xff" * 100)
    monkeypatch.setenv("DIPLOMAP_STORE", str(path))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    warm_first_view()  # logs and returns: the page reports the store's problem to its visitor


def test_the_index_waits_for_the_first_page_run_to_end_and_its_map_drawn(monkeypatch, seed_store, tmp_path):
    """After the first view, the rest of the warm-up (the corpus's rows, its index) starts once a page run
    has ended, not in the middle of the first visitor's (``INDEX_AFTER`` seconds at most), its browser
    has told the server that the map is drawn (``DRAWN_AFTER`` at most), and the run drawing the rest of
    the page has ended too."""
    import asyncio
    import threading
    import time

    from components import map_drawn

    store = tmp_path / "warm.db"
    store.write_bytes(seed_store.read_bytes())
    monkeypatch.setenv("DIPLOMAP_STORE", str(store))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    monkeypatch.setattr(warm_up, "INDEX_AFTER", 60.0)
    monkeypatch.setattr(warm_up, "DRAWN_AFTER", 60.0)
    monkeypatch.setattr(warm_up, "_page_ran", threading.Event())
    monkeypatch.setattr(map_drawn, "drawn", threading.Event())
    built: list = []
    monkeypatch.setattr(warm_up, "pair_table", lambda idx, *a: built.append(idx.corpus))
    warming = threading.Thread(target=warm_first_view, daemon=True)
    warming.start()
    time.sleep(1.0)
    assert built == []  # no page has run: still waiting
    first_page_run(monkeypatch, store)  # the page's run sets the event at its end
    time.sleep(1.0)
    assert built == [] and warming.is_alive()  # its map is not drawn yet
    assert asyncio.run(map_drawn.heard(None)).status_code == 204  # the browser's beacon
    time.sleep(1.0)
    assert built == [] and warming.is_alive()  # the run drawing the rest of the page has not ended
    warm_up.page_ran()
    warming.join(timeout=60)
    assert not warming.is_alive() and len(built) == 1


def test_the_servers_repl_check_is_not_left_to_the_first_visitor(monkeypatch):
    """Streamlit's once-per-process REPL check walks the stack (0.1-0.25 s): the warm-up marks it done in
    a running server, and leaves it alone anywhere else (a script run without ``streamlit run``)."""
    from streamlit import delta_generator, runtime

    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    monkeypatch.setattr(runtime, "exists", lambda: False)
    warm_up.skip_repl_check()
    assert delta_generator._use_warning_has_been_displayed is False
    monkeypatch.setattr(runtime, "exists", lambda: True)
    warm_up.skip_repl_check()
    assert delta_generator._use_warning_has_been_displayed is True
