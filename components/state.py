"""Loading and caching: the store, the language model, the corpus and the filtered views.

``load_corpus`` hands out one ``CorpusHandle`` (store path, corpus, version, cache folder) that
travels through the dashboard. Everything derived from the corpus is cached under the handle's
``version``, which changes whenever ``Store.corpus()`` hands out a new corpus (an ingest, here or
by another process, or edited corrections), so a rerun after a filter change only filters.

While an ingest is running (the store holds its lease, ``corpus.ingest_lease``) the corpus
is not resolved again after every batch it commits: the pages keep the last resolved corpus
for up to ``HOLD_SECONDS`` and resolve once when the ingest ends (see ``_Tracker.load``).
"""
from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import streamlit as st

from diplomap.corpus import ingest_lease
from diplomap.corpus.corrections import read_corrections
from diplomap.corpus.store import Store, StoreError
from diplomap.models import Corpus
from diplomap.views import analytics, regions, render
from diplomap.views.counts import counts as count_items
from diplomap.views.filters import GraphFilter
from diplomap.views.index import corpus_graph
from diplomap.views.layout import extend_layout, spread  # noqa: F401  (spread: long imported from here)

from . import first_view_cache
from .choices import INTERACTION_TYPES, Choices, build_choices
from .map_assets import vis_network_src

# --- store and model ---------------------------------------------------------------------------


DEFER_READS = 30.0  # seconds: a corpus's articles and interactions are read when first used, or by then (the
# warm-up reads them sooner: a deadline for a corpus no page uses, not to compete with a slow first page run)


@st.cache_resource(show_spinner=False)
def open_store(path: str) -> Store:
    """One ``Store`` per file for the whole server; it is thread-safe. Raises ``StoreError``. A corpus it
    loads reads its articles and interactions on first use (``corpus/deferred_read.py``): the first
    view read from disk needs neither."""
    return Store(path, defer_reads=DEFER_READS)


@st.cache_resource(show_spinner="Loading the language model…")
def language_model():
    from diplomap.extract.nlp import load_model

    return load_model()


def extractor(articles, *, batch_size: int = 16):
    """``pipeline.extract_articles`` with the cached model; the store calls it only when something changed."""
    from diplomap.extract.pipeline import extract_articles

    return extract_articles(articles, nlp=language_model(), batch_size=batch_size)


# --- corpus and versions ---------------------------------------------------------------------


HOLD_SECONDS = 300.0  # while an ingest runs, the corpus shown is resolved again at most this often


class _Tracker:
    """The corpus the pages of one store show, shared by every session of the server."""

    def __init__(self):
        self.lock = threading.Lock()
        self.corpus: Corpus | None = None
        self.stamp: str | None = None  # Store.corpus_stamp of ``corpus``
        self.problems: list[str] = []
        self.count = 0
        self.current_at = 0.0  # when the corpus was last known to be the store's latest
        self.corrections: bytes | None = None  # the corrections file it was resolved with
        self.ingests: list[ingest_lease.Lease] = []  # running when it was last loaded
        self.held = False  # the last load kept an older corpus because an ingest was running
        self.refresh = False  # "Refresh now": the next load takes the store's latest

    def load(self, store: Store, now: float) -> Corpus:
        """The store's corpus, or during an ingest the one shown so far (call under ``lock``).

        Kept while an ingest holds a lease, unless it is older than ``HOLD_SECONDS`` (counted from
        when the ingest started, if the corpus was current then), the corrections file changed,
        "Refresh now" was pressed, or the store's cache no longer holds its quotes."""
        self.ingests = ingest_lease.running(store, now)
        corrections = read_corrections(store.corrections_path)[0]
        if self.corpus is not None and self.ingests and not self.refresh and corrections == self.corrections:
            outdated_since = max(self.current_at, self.ingests[0].started)
            if now - outdated_since < HOLD_SECONDS and _readable(self.corpus):
                self.held = True
                return self.corpus
        corpus, self.problems = store.corpus(), store.problems()
        if corpus is not self.corpus:
            self.corpus, self.stamp = corpus, store.corpus_stamp(corpus)
            self.count += 1
        self.current_at, self.corrections = now, corrections
        self.held = self.refresh = False
        return corpus

    def behind(self, store: Store, now: float) -> bool:
        """The corpus shown was loaded while an ingest ran and should now be replaced: the ingest
        ended (its last batches are not in it yet), or it is older than ``HOLD_SECONDS``."""
        if not self.ingests:
            return False
        ingests = ingest_lease.running(store, now)
        return not ingests or now - max(self.current_at, ingests[0].started) >= HOLD_SECONDS


def _readable(corpus: Corpus) -> bool:
    """A corpus read from the store's cache reads its quotes from there: false once another
    process cached a newer corpus over it (its quotes would raise ``StoreError``)."""
    of_article = getattr(corpus.quotes, "of_article", None)
    if of_article is None:  # quotes in memory
        return True
    try:
        of_article("")  # one indexed query that finds nothing, after checking the cache's stamp
    except StoreError:
        return False
    return True


@st.cache_resource(show_spinner=False)
def _tracker(store_path: str) -> _Tracker:
    return _Tracker()


@dataclass(frozen=True, eq=False)
class CorpusHandle:
    """The corpus the dashboard shows, with what its caches need: one value passed through the
    dashboard. ``version`` names this corpus of this store (it changes whenever the store hands out
    a new one); the caches key a handle on it alone (``BY_VERSION``), never on the corpus's contents.
    ``cache_folder``: where the map's layout is kept on disk (``cache/`` beside the store); ``stamp``:
    what the corpus was resolved from, the same after a restart (``Store.corpus_stamp``), or None."""

    store_path: Path
    corpus: Corpus
    version: str
    cache_folder: Path
    stamp: str | None = None


def _version_of(data: CorpusHandle) -> str:
    return data.version


BY_VERSION = {CorpusHandle: _version_of}  # ``hash_funcs`` of every cache that takes a handle


def load_corpus(store: Store) -> CorpusHandle:
    """The resolved corpus and its version (the store memoises the corpus until it changes;
    during an ingest, see ``_Tracker.load``)."""
    tracker = _tracker(str(store.path))
    with tracker.lock:
        corpus = tracker.load(store, ingest_lease.wall_clock())
        version, stamp = f"{store.path}#{tracker.count}", tracker.stamp
    return CorpusHandle(store_path=store.path, corpus=corpus, version=version,
                        cache_folder=store.path.parent / "cache", stamp=stamp)


def store_problems(store: Store) -> list[str]:
    """``Store.problems()`` of the corpus ``load_corpus`` last returned (not resolving a newer one)."""
    return _tracker(str(store.path)).problems


def running_ingests(store: Store) -> tuple[list[ingest_lease.Lease], bool]:
    """The ingests running at the last ``load_corpus``, and whether it kept an older corpus because of them."""
    tracker = _tracker(str(store.path))
    return tracker.ingests, tracker.held


def corpus_behind(store: Store) -> bool:
    """True when the page shows a kept corpus that should now be replaced (see ``_Tracker.behind``)."""
    tracker = _tracker(str(store.path))
    with tracker.lock:
        return tracker.behind(store, ingest_lease.wall_clock())


def refresh_corpus(store: Store) -> None:
    """"Refresh now": the next ``load_corpus`` resolves the store's latest, ingest or not."""
    _tracker(str(store.path)).refresh = True


@st.cache_resource(show_spinner=False, max_entries=4, hash_funcs=BY_VERSION)
def counts(data: CorpusHandle) -> dict[str, int]:
    """``diplomap.views.counts.counts`` of the whole store, once per corpus (and on disk: ``first_view_cache``)."""
    return first_view_cache.remembered(data.cache_folder, data.stamp, "counts", [], lambda: count_items(data.corpus))


@st.cache_resource(show_spinner=False, max_entries=4, hash_funcs=BY_VERSION)
def choices(data: CorpusHandle) -> Choices:
    return first_view_cache.remembered(data.cache_folder, data.stamp, "choices", [], lambda: build_choices(data.corpus))


# --- filtered views --------------------------------------------------------------------------


class View:
    """What every tab shows for one filter: treat as read-only, it is shared between sessions.

    ``corpus``: the filtered corpus; ``W``: one edge per pair, with ``details`` (per interaction)
    for the map's tooltips; ``degree``: weighted degree of every node of W; ``G``: one edge per
    (interaction, pair), built on first use (edges CSV, paths) rather than on every filter change.
    """

    def __init__(self, corpus: Corpus, W: nx.Graph, degree: dict, G: nx.MultiDiGraph | None = None,
                 multigraph: Callable[[], nx.MultiDiGraph] | None = None):
        self.corpus, self.W, self.degree = corpus, W, degree
        self._G, self._multigraph, self._lock = G, multigraph, threading.Lock()

    @property
    def G(self) -> nx.MultiDiGraph:
        with self._lock:
            if self._G is None:
                self._G = self._multigraph() if self._multigraph else nx.MultiDiGraph()
            return self._G


@st.cache_resource(show_spinner=False, max_entries=64, hash_funcs=BY_VERSION)
def view(data: CorpusHandle, f: GraphFilter) -> View:
    sub, W, multigraph, degree = first_view_cache.view_parts(data.corpus, f, data.cache_folder, data.stamp)
    return View(corpus=sub, W=W, degree=degree, multigraph=multigraph)


OWN_LAYOUT_MAX_NODES = 30  # a view this small (a leader's network) is laid out alone


@st.cache_resource(show_spinner="Laying out the graph…", max_entries=8, hash_funcs=BY_VERSION)
def corpus_positions(data: CorpusHandle, include_countries: bool) -> dict:
    """Positions of every actor any filter can show, computed once per corpus (slow: seconds for 1,000 nodes).

    Kept on disk by the graph's shape (``disk_layout``) and, for a corpus read from a store, by what
    it was resolved from: a restarted server finds them without building the corpus-wide graph
    (0.5 s at 100,000 articles)."""
    by_stamp = _stamp_path(data, include_countries)
    cached = _read_layout(by_stamp) if by_stamp else None
    if cached is not None:
        return cached
    everything = corpus_graph(data.corpus, INTERACTION_TYPES, include_countries)  # = weighted_graph(build_graph(...))
    pos = disk_layout(everything, data.cache_folder)
    if by_stamp:
        _write_layout(by_stamp, pos)
    return pos


def _stamp_path(data: CorpusHandle, include_countries: bool) -> Path | None:
    if data.stamp is None:
        return None
    key = json.dumps([LAYOUT_CACHE_VERSION, data.stamp, include_countries, INTERACTION_TYPES])
    return data.cache_folder / f"corpus-layout-{hashlib.sha1(key.encode()).hexdigest()[:20]}.json"


LAYOUT_CACHE_VERSION = "2"  # bump when render.layout changes what it returns


def disk_layout(G: nx.Graph, folder: Path) -> dict:
    """``render.layout``, kept on disk by the graph's nodes and edges, so that a restarted
    server draws its first map without running the layout solver again. When the graph
    changed (articles added), the last layout written here is extended instead
    (``views.layout.extend_layout``): nodes already placed keep their places."""
    shape = [LAYOUT_CACHE_VERSION, sorted(map(str, G.nodes)), sorted(sorted(map(str, e)) for e in G.edges)]
    path = folder / f"layout-{hashlib.sha1(json.dumps(shape).encode()).hexdigest()[:20]}.json"
    kinds = "all" if any(data.get("kind") != "person" for _, data in G.nodes(data=True)) else "persons"
    latest = folder / f"latest-layout-{LAYOUT_CACHE_VERSION}-{kinds}.json"
    cached = _read_layout(path)
    if cached is not None:
        return cached
    previous = _read_layout(latest)
    pos = extend_layout(G, previous) if previous else render.layout(G)
    for target in (path, latest):
        _write_layout(target, pos)
    return pos


def _write_layout(path: Path, pos: dict) -> None:
    try:  # written whole, then renamed: a reader never sees half a file
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps({str(n): list(xy) for n, xy in pos.items()}), encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass  # a read-only folder: no disk cache, the layout still works


def _read_layout(path: Path) -> dict | None:
    try:
        return {node: tuple(xy) for node, xy in json.loads(path.read_text(encoding="utf-8")).items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return None


@st.cache_resource(show_spinner=False, max_entries=64, hash_funcs=BY_VERSION)
def positions(data: CorpusHandle, f: GraphFilter, _view: View) -> dict:
    """Where the view's nodes go. A big view keeps the places of the corpus-wide layout, so the map
    stays stable between filters and no filter change pays for a layout. A small one is laid out
    alone: in the corpus-wide layout a leader's partners may sit in far-apart clusters."""
    G = _view.W
    pos = corpus_positions(data, f.include_countries)
    if len(G) <= OWN_LAYOUT_MAX_NODES or any(n not in pos for n in G):
        return spread(render.layout(G))
    return spread({n: pos[n] for n in G})


@st.cache_resource(show_spinner=False, max_entries=16, hash_funcs=BY_VERSION)
def colour_groups(data: CorpusHandle, f: GraphFilter, colour_by: str, _view: View) -> dict:
    """Each node's (label, colour) on the map under ``colour_by`` (``regions.COLOUR_MODES``)."""
    G = _view.W
    communities = analytics.communities(G) if colour_by == "community" and len(G) else None
    return regions.groups_for(dict(G.nodes(data=True)), colour_by, communities)


@st.cache_resource(show_spinner=False, max_entries=16, hash_funcs=BY_VERSION)
def graph_html(data: CorpusHandle, f: GraphFilter, highlight: tuple, height_px: int, colour_by: str,
               _view: View) -> str:
    G, pos, groups, src = _view.W, positions(data, f, _view), colour_groups(data, f, colour_by, _view), vis_network_src()
    draw = lambda: render.render_html(G, positions=pos, height_px=height_px, vis_src=src,  # noqa: E731
                                      highlight=[h for h in highlight if h in G], groups=groups)
    return first_view_cache.remembered_first_view(f, data.cache_folder, data.stamp, "map",  # by all it is drawn from
                                                  [f, highlight, height_px, colour_by, src, pos, groups], draw)


def map_viz(data: CorpusHandle, f: GraphFilter, colour_by: str, view: View) -> dict:
    """The map's colour and place of every node, for the GEXF download."""
    groups = colour_groups(data, f, colour_by, view)
    pos = positions(data, f, view)
    return {n: {"color": groups[n][1], "position": pos[n]} for n in view.W}


@st.cache_resource(show_spinner=False, max_entries=4, hash_funcs=BY_VERSION)
def bridges(data: CorpusHandle, include_countries: bool) -> dict:
    """Betweenness over the whole corpus's meetings: once per corpus, never per filter change."""
    return analytics.betweenness(view(data, GraphFilter(include_countries=include_countries)).W)
