"""The first view's caches filled as the server starts (``app.py`` runs this in a thread).

A restarted server otherwise makes its first visitor wait for everything at once: importing the
page (pandas, networkx, altair: about a second), reading the store's resolved corpus (a second
at 100,000 articles), the first view and its map. With the first view on disk, "first view ready"
comes before the corpus's articles and interactions are read (``warm_filters`` reads them after). Here the same cached functions the page calls
are called with the page's first-run arguments, so the page finds their results; a visitor who
arrives before they are ready waits only for the rest (the corpus behind the tracker's lock, a
view behind Streamlit's per-key cache lock). Nothing here is shown: a store that cannot be opened
is reported by the page itself, as before.

What the warm-up builds lives as long as the server (the corpus, its index, the first view), so it
is moved out of the cyclic garbage collector's sight (``gc.freeze``): otherwise every full collection
rescans those million objects, 0.3 s each at 100,000 articles. The collector stays paused for the
whole warm-up and everything is frozen before it runs again: resumed after each step, its first
collection scanned all the step had built (0.25 s at 100,000 articles, after the corpus and the view).
Reference counting still frees them when a newer corpus replaces them.
"""
from __future__ import annotations

import gc
import os
import sqlite3
import threading
import time
from pathlib import Path

from streamlit.logger import get_logger

from components import first_view_cache, map_drawn, state, url
from components.config import ConfigError, parse_config, server_argv
from components.graph_view import map_html
from diplomap.corpus.store import StoreError
from diplomap.gc_pause import paused_gc
from diplomap.views.index import index_of, pair_table

ROOT = Path(__file__).resolve().parent.parent
log = get_logger(__name__)  # Streamlit's handler and level: the line shows in the server's output


def skip_repl_check() -> None:
    """Streamlit asks once per process, as the first element of any page run is sent, whether it runs in
    a Python REPL (``delta_generator._maybe_print_use_warning``), by ``inspect.stack()``, which resolves
    the real path of every loaded module's file: 0.1-0.25 s with this page's 1,600 modules, paid by a
    restarted server's first visitor before the page's title was sent. In a running server (``streamlit
    run``, whose runtime exists) the check can only find nothing to warn about, so it is marked done."""
    from streamlit import delta_generator, runtime

    if runtime.exists() and hasattr(delta_generator, "_use_warning_has_been_displayed"):
        delta_generator._use_warning_has_been_displayed = True


def warm_first_view() -> None:
    """Open the store and compute the first view of the page, as its first run would."""
    started, cpu = time.perf_counter(), time.thread_time()
    try:
        with paused_gc():  # frozen before the collector runs again: it never scans what is built here
            config = parse_config(server_argv(ROOT), os.environ, ROOT)
            store = state.open_store(str(config.store))
            data = state.load_corpus(store)
            state.choices(data)
            state.counts(data)
            first = url.filter_from_state({})  # the sidebar's defaults: the view of a bare address
            view = state.view(data, first)
            if view.W.number_of_nodes():
                map_html(data, view, first, (), None)  # no leader highlighted, the default colours
            gc.freeze()
    except (ConfigError, StoreError, sqlite3.Error, OSError) as e:  # the page shows these to the visitor
        log.info("nothing warmed up: %s", e)
        return
    log.info("first view ready (warmed up in %.1f s, %.1f s of CPU)", time.perf_counter() - started,
             time.thread_time() - cpu)  # the CPU time: what a busy machine does not stretch
    warm_filters(data, first, view)


INDEX_AFTER = 3.0  # seconds at most, waiting for a page run to end: this would slow it down
DRAWN_AFTER = 2.0  # then seconds at most, waiting for its browser to draw the map (``map_drawn``)
_page_ran = threading.Event()


def page_ran() -> None:
    """A page run has ended (``dashboard.main``): what ``warm_filters`` reads and builds no longer slows it."""
    _page_ran.set()


def warm_filters(data: state.CorpusHandle, first, view: state.View) -> None:
    """What a filter change needs and a first view read from the disk cache did not: the corpus's articles
    and interactions (read from the store on first use: ``corpus/deferred_read.py``), its index and pair
    table (1 s of CPU at 100,000 articles), and the first view's own filtered corpus. Built once a page
    run has ended (the first visitor's, if one came; ``INDEX_AFTER`` at most), its browser has drawn the
    map (``DRAWN_AFTER`` at most) and the run that draws the rest of that page has ended: this thread would
    otherwise share the interpreter's lock with those runs, and the machine's cores with the browser and
    the server's answers to it (vis-network's file)."""
    if _page_ran.wait(INDEX_AFTER):  # a filter change meanwhile reads and builds them itself (each once)
        if map_drawn.drawn.wait(DRAWN_AFTER):  # the browser asks for the rest of its page at the same moment:
            _page_ran.clear()  # let that run end first too
            _page_ran.wait(DRAWN_AFTER)
    started, cpu = time.perf_counter(), time.thread_time()
    with paused_gc():
        idx = index_of(data.corpus)
        pair_table(idx, first.graph_types, first.include_countries)
        first_view_cache.share_details(view.W, idx)
        len(view.corpus.interactions)  # the Interactions tab's, the downloads' (``filters.deferred_filter``)
        gc.freeze()
    log.info("filters ready (in %.1f s, %.1f s of CPU)", time.perf_counter() - started, time.thread_time() - cpu)
