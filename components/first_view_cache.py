"""The first view's results kept on disk by what the corpus was resolved from, beside the layout cache.

A restarted server shows the same first view of the same store every time (same resolved stamp,
same corrections), yet computed it again: at 100,000 articles the corpus's index and pair table, the
weighted graph, the filter choices and the counts were 0.8 s of the warm-up's CPU. Here they are read
back instead (0.1 s). A file is named by the corpus's stamp (``Store.corpus_stamp``: the store's
generation, resolver version, corrections and titles), by what was asked, and by ``code_version``:
the source of the code that computes these values, the knowledge files it reads and the networkx
version, so an upgrade never reads an older format. A corpus without a stamp (not the store's
latest, or not read from a store) is never cached. The files are pickles written by this server into
the store's own ``cache/`` folder: trusted as the store beside them is.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

import networkx as nx

from diplomap.gc_pause import paused_gc
from diplomap.models import Corpus
from diplomap.views import analytics
from diplomap.views.filters import GraphFilter, filtered_view, selects_nothing, unfiltered_view
from diplomap.views.index import CorpusIndex

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
KEEP = 4  # files kept of each kind (the newest): a few views and maps of the latest corpus
FORMAT = "1"  # bump when what a file holds changes shape beyond what ``code_version`` sees
# what computes the cached values: the views, the corpus model, the quotes' speakers, the choices
SOURCES = ("diplomap/views", "diplomap/models.py", "diplomap/corpus/stored_quotes.py", "components/choices.py",
           "components/first_view_cache.py", "data/knowledge")


@cache
def code_version() -> str:
    """A hash of ``SOURCES`` (every file under a folder) and of the networkx version, once per process."""
    digest = hashlib.sha256(f"{FORMAT}:{nx.__version__}".encode())
    for name in SOURCES:
        path = ROOT / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and file.suffix != ".pyc":
                digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:20]


def cache_path(folder: Path, stamp: str, name: str, key: object) -> Path:
    """The file of ``name`` (with ``key``, JSON-able) for the corpus of ``stamp``."""
    text = json.dumps([code_version(), stamp, name, key], default=repr)
    return folder / f"first-view-{name}-{hashlib.sha1(text.encode()).hexdigest()[:20]}.pickle"


def remembered(folder: Path, stamp: str | None, name: str, key: object, compute: Callable[[], T]) -> T:
    """``compute()``, or what it returned for the same stamp, name and key before (read from ``folder``)."""
    if stamp is None:
        return compute()
    path = cache_path(folder, stamp, name, key)
    cached = _read(path)
    if cached is not None:
        return cached
    value = compute()
    _write(path, name, value)
    return value


def first_view_stamp(f: GraphFilter, stamp: str | None) -> str | None:
    """The stamp to keep a view's values under: the corpus's for the first view (a filter that selects
    nothing), None (never cached) for any other view, whose values depend on what was chosen."""
    return stamp if selects_nothing(f) else None


def remembered_first_view(f: GraphFilter, folder: Path, stamp: str | None, name: str, key: object,
                          compute: Callable[[], T]) -> T:
    """``remembered`` for the first view only; any other view is computed."""
    return remembered(folder, first_view_stamp(f, stamp), name, key, compute)


def _read(path: Path):
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        with paused_gc():  # every object read lives on: a collection would only scan them
            return pickle.loads(data)
    except Exception:  # noqa: BLE001  (a damaged or half-foreign file: compute again)
        return None


def _write(path: Path, name: str, value: object) -> None:
    try:  # written whole, then renamed: a reader never sees half a file
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.partial")  # writers apart
        partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)
        older = sorted(path.parent.glob(f"first-view-{name}-*.pickle"), key=_modified, reverse=True)
        for stale in older[KEEP:]:  # other stamps' files: a corpus resolved again leaves its old ones
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only folder: no disk cache, the view is computed as before


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def view_parts(corpus: Corpus, f: GraphFilter, folder: Path,
               stamp: str | None) -> tuple[Corpus, nx.Graph, Callable[[], nx.MultiDiGraph], dict]:
    """``filtered_view(corpus, f)`` and the weighted graph's degrees; for a filter that selects nothing,
    the graph and its degrees are remembered on disk (the filtered corpus is cheap without them)."""
    stamp = first_view_stamp(f, stamp)
    if stamp is None:
        sub, W, multigraph = filtered_view(corpus, f)
        return sub, W, multigraph, analytics.weighted_degree(W)
    computed: list[tuple] = []

    def compute() -> tuple[nx.Graph, dict]:
        computed.append(filtered_view(corpus, f))
        W = computed[0][1]
        return W, analytics.weighted_degree(W)

    W, degree = remembered(folder, stamp, "view", f, compute)
    sub, W, multigraph = computed[0] if computed else unfiltered_view(corpus, f, W)
    return sub, W, multigraph, degree


def share_details(W: nx.Graph, idx: CorpusIndex) -> None:
    """Point a weighted graph read from disk at its corpus index's per-interaction ``details`` (equal
    dicts: ``index._pair`` builds an edge's from the same records), so the server keeps one copy of
    them, not two (100 MB at 100,000 articles). Equal values swapped in place: a reader sees no change."""
    records = idx.records
    with paused_gc():
        for _, _, data in W.edges(data=True):
            shared = [records[i][2][4] for i in data["interactions"]]
            if shared != data["details"]:  # never expected: then keep the graph as it was computed
                return
            data["details"] = shared
