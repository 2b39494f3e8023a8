"""Scale benchmark, run by hand (not in CI): ``python bench/scale.py [--shared DIR] [--workers 1,2]``.

(a) Extraction on local Dask clusters of 1 and 2 worker processes, in one run, over the
    articles of ``SHARED/corpus/*.jsonl``: the same code path for both (``corpus.parallel``,
    batches of ``--batch`` articles), so the ratio measures what the second process adds.
    Both clusters are started first: their start-up time (processes + the spaCy model in
    each, by the ``LoadModel`` plugin) is reported apart; every worker then extracts two
    articles (warm-up). The timed runs then alternate between the clusters, ``--repeat``
    rounds, so a change in the machine's load hits both alike. Prints articles/s of each
    round, the speed-up over 1 worker per round and of the best runs (target >= 1.7 on 2
    cores), and the load average, since the machine may be shared. The workers' CPU
    seconds tell a starved worker (a busy machine) from overhead: on an idle machine each
    worker keeps one core busy.

(b) ``--big-store FILE``: a replicated store (``python bench/store.py --articles 100000 --keep
    DIR`` builds ``DIR/big.db`` and caches its resolved corpus), measured in a fresh process, as
    after a server restart: loading the resolved corpus, the first (unfiltered) view, a filter
    change (a country and its partners), a leader's ego network (radius 2), two text searches, and the peak
    memory of that process, each by the wall clock and in CPU time. The data side of the dashboard
    only: no Streamlit, no browser.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from _common import SHARED, load_corpus

from diplomap.models import Article

TARGET_SPEEDUP = 1.7


def _warm(articles: list[Article]) -> int:
    """On a worker: extract a few articles so lazy initialisation is not timed."""
    from diplomap.corpus.parallel import extract_batch

    return len(extract_batch(articles))


def _cpu() -> float:
    return time.process_time()


def time_cluster(client, articles: list[Article], batch: int) -> tuple[float, float, float]:
    """Wall seconds of one run; CPU seconds the workers and this process (client + scheduler) used."""
    from diplomap.corpus.parallel import cluster_extractor

    extract = cluster_extractor(client, batch=batch, ordered=False)
    workers_before, here_before = sum(client.run(_cpu).values()), time.process_time()
    t0 = time.perf_counter()
    n = sum(1 for _ in extract(articles))
    seconds = time.perf_counter() - t0
    assert n == len(articles), (n, len(articles))
    return seconds, sum(client.run(_cpu).values()) - workers_before, time.process_time() - here_before


def measure_store(path: str) -> None:
    """Part (b), in its own process: what a restarted server computes for its first views."""
    import resource

    from components.choices import build_choices
    from components.first_view_cache import remembered, view_parts
    from components.url import filter_from_state
    from diplomap.corpus.store import Store
    from diplomap.views import analytics
    from diplomap.views.counts import counts
    from diplomap.views.filters import GraphFilter, filtered_view

    def view(f):  # what components.state.view computes on a filter change (the multigraph waits)
        sub, W, multigraph = filtered_view(corpus, f)
        return sub, W, multigraph, analytics.weighted_degree(W)

    def timed(label: str, fn):  # the wall clock, and this process's CPU time (what a busy machine moves less)
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        print(f"  {label:<52} {time.perf_counter() - t0:7.2f} s ({time.process_time() - c0:.2f} s CPU)", flush=True)
        return result

    t0 = time.perf_counter()
    with Store(path) as store:
        corpus = timed("resolved corpus from the store's cache", store.corpus)
        stamp = store.corpus_stamp(corpus)
    print(f"    {len(corpus.articles):,} articles, {len(corpus.actors):,} actors, "
          f"{len(corpus.interactions):,} interactions, {len(corpus.quotes):,} quotes")

    def kept():  # what a restarted server reads from the disk cache (components/first_view_cache.py)
        folder = Path(path).parent / "cache"
        remembered(folder, stamp, "choices", [], lambda: build_choices(corpus))
        remembered(folder, stamp, "counts", [], lambda: counts(corpus))
        return view_parts(corpus, filter_from_state({}), folder, stamp)  # a bare address's filter

    timed("first view, choices, counts: the server's disk cache", kept)
    first = timed("first view: unfiltered corpus, weighted graph, degrees", lambda: view(GraphFilter()))
    degree = first[3]
    print(f"  {'restart to here (the three lines above)':<52} {time.perf_counter() - t0:7.2f} s")
    print(f"    {len(first[0].quotes):,} quotes in the view (counted by the store)")
    usa = timed("filter change: USA and partners", lambda: view(GraphFilter(countries=("USA",),
                                                                            include_partners=True)))
    timed("  then its multigraph, when a tab asks (edges CSV, paths)", usa[2])
    leader = max((n for n in degree if corpus.actors.get(n) and corpus.actors[n].kind == "person"),
                 key=degree.get)
    timed(f"ego network of {leader}, radius 2", lambda: view(GraphFilter(leaders=(leader,), radius=2)))
    for needle in ("ukraine", "talks"):  # the sidebar's text search: evidence and quotes (FTS5 index)
        found = timed(f"text search {needle!r}, with its quotes counted",
                      lambda needle=needle: (s := view(GraphFilter(text=needle)), len(s[0].quotes)))
        print(f"    {found[1]:,} quotes, {len(found[0][0].interactions):,} interactions")
    print(f"  {'peak memory of this process':<52} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MB")


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--measure-store":
        measure_store(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare (default 1,2)")
    parser.add_argument("--batch", type=int, default=16, help="articles per task (default 16)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per cluster, best kept")
    parser.add_argument("--big-store", metavar="FILE", help="also part (b) on this replicated store")
    parser.add_argument("--skip-extraction", action="store_true", help="part (b) only")
    args = parser.parse_args()
    if not args.skip_extraction:
        extraction_speedup(args)
    if args.big_store:
        import subprocess

        print(f"\n(b) {args.big_store}, in a new process:", flush=True)
        subprocess.run([sys.executable, __file__, "--measure-store", args.big_store], check=True)
    return 0


def extraction_speedup(args) -> None:

    from diplomap.corpus.parallel import open_client

    articles = load_corpus(args.shared / "corpus")
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{len(articles)} articles, batches of {args.batch}, cores available: {len(os.sched_getaffinity(0))}")
    best: dict[int, float] = {}
    with ExitStack() as stack:
        clients = {}
        for n in counts:
            t0 = time.perf_counter()
            clients[n] = stack.enter_context(open_client(n))
            clients[n].run(_warm, articles[:2])
            print(f"{n} worker(s): start-up and warm-up {time.perf_counter() - t0:5.1f} s (not timed)")
        for round_ in range(args.repeat):
            times = {}
            for n in counts:
                load = os.getloadavg()[0]
                seconds, cpu, here = time_cluster(clients[n], articles, args.batch)
                times[n] = seconds
                best[n] = min(best.get(n, seconds), seconds)
                print(f"round {round_ + 1}  {n} worker(s): {seconds:6.1f} s   {len(articles) / seconds:5.1f} "
                      f"articles/s   workers' CPU {cpu:5.1f} s ({cpu / seconds:.2f} cores busy), "
                      f"client+scheduler CPU {here:4.1f} s   (load average before: {load:.1f})")
            print(f"round {round_ + 1}  speed-up: " + ", ".join(
                f"{n} workers {times[counts[0]] / times[n]:.2f}x" for n in counts[1:]))
    base = counts[0]
    print()
    for n in counts:
        rate = len(articles) / best[n]
        line = f"{n} worker(s): {rate:5.1f} articles/s"
        if n != base:
            speedup = best[base] / best[n]
            verdict = "meets" if speedup >= TARGET_SPEEDUP or n != 2 else "misses"
            line += f"   speed-up over {base}: {speedup:.2f}x ({verdict} the {TARGET_SPEEDUP}x target for 2)"
        print(line)


if __name__ == "__main__":
    sys.exit(main())
