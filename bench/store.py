"""Store benchmark, run by hand (not in CI): ``python bench/store.py [--articles 10000] [--keep DIR]``.

1. ingest ``../shared/corpus`` into a fresh store with the real pipeline (articles/s);
2. ingest it again, unchanged (articles/s; target >= 2,000);
3. copy its extractions under new ids, without NLP, into a store of ``--articles`` articles,
   and time ``Store.corpus()`` there: cold (resolve + cache) and warm (a new Store reading the cache;
   target ~1 s for 10,000 articles);
4. every step in ``CORPUS_STEPS`` on that big corpus (graph build, filtered view, ...).

Prints one line per step and the peak memory of the process.
"""
from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diplomap.corpus import sync  # noqa: E402
from diplomap.corpus.store import Store  # noqa: E402
from diplomap.models import Corpus, Extraction  # noqa: E402
from diplomap.views.filters import GraphFilter, filtered_graphs  # noqa: E402
from diplomap.views.graph import build_graph, weighted_graph  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"

def _most_connected(corpus: Corpus) -> str:
    counts: dict[str, int] = {}
    for inter in corpus.interactions:
        for a in inter.actors:
            counts[a] = counts.get(a, 0) + 1
    return max(counts, key=counts.get)


# (name, function of the big corpus): what the dashboard does on a filter change.
CORPUS_STEPS: list[tuple[str, Callable[[Corpus], object]]] = [
    ("graph build (multigraph + weighted)", lambda c: weighted_graph(build_graph(c))),
    ("build + filter: USA and partners", lambda c: filtered_graphs(
        c, GraphFilter(countries=("USA",), include_partners=True))),
    ("build + filter: leader ego radius 2, occurred", lambda c: filtered_graphs(
        c, GraphFilter(leaders=(_most_connected(c),), radius=2, statuses=("occurred",)))),
    ("build + filter: text search 'talks'", lambda c: filtered_graphs(c, GraphFilter(text="talks"))),
]


def replicate(source: Store, target: Store, n: int) -> int:
    """Fill ``target`` with ``n`` articles: copies of ``source``'s extractions under new ids, no NLP.

    Copy ``k`` of article ``a`` is ``a~k``, with its own content hash, so the store treats every
    copy as a different article; actors keep their names, so resolution merges them across copies.
    """
    originals = [replace(ex, article=source.article(ex.article.id)) for ex in source.extractions()]
    if not originals:
        raise ValueError(f"{source.path} holds no articles to copy")

    def copies():
        for k in range(n):
            ex = originals[k % len(originals)]
            round_ = k // len(originals)
            if round_ == 0:
                yield ex
                continue
            article = replace(ex.article, id=f"{ex.article.id}~{round_}",
                              content_hash=hashlib.sha256(f"{ex.article.content_hash}~{round_}".encode()).hexdigest())
            yield Extraction(article=article, actors=ex.actors, interactions=ex.interactions, quotes=ex.quotes)

    return target.write_extractions(copies())


def timed(label: str, fn, count: int | None = None):
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    rate = f"  ({count / seconds:,.0f} articles/s)" if count else ""
    print(f"{label:<40} {seconds:8.2f} s{rate}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="size of the replicated store")
    parser.add_argument("--keep", metavar="DIR", help="keep the stores in DIR instead of a temporary folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="diplomap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)

    with Store(folder / "corpus.db") as small:
        first = timed("ingest shared corpus (NLP)", lambda: sync.ingest_paths(small, [CORPUS]))
        print(f"  {first.summary()}")
        again = timed("ingest again (unchanged)", lambda: sync.ingest_paths(small, [CORPUS]))
        print(f"  {again.summary()}")
        with Store(folder / "big.db") as big:
            n = timed(f"replicate to {args.articles:,} articles", lambda: replicate(small, big, args.articles),
                      args.articles)
            corpus = timed("corpus(): resolve and cache", big.corpus, n)
    with Store(folder / "big.db") as big:
        corpus = timed("corpus(): from the cache, new Store", big.corpus, n)
    print(f"  {len(corpus.articles):,} articles, {len(corpus.actors):,} actors, "
          f"{len(corpus.interactions):,} interactions, {len(corpus.quotes):,} quotes")
    for name, step in CORPUS_STEPS:
        timed(name, lambda step=step: step(corpus))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory':<40} {peak:8.0f} MB")
    print(f"stores in {folder}")


if __name__ == "__main__":
    main()
