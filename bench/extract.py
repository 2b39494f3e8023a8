"""Extraction benchmark, run by hand (not in CI): ``python bench/extract.py [--repeat N]``.

Times, over the articles of ``../shared/corpus/*.jsonl``:

(a) bare spaCy, ``load_base_model().pipe(texts, batch_size=16)``: the floor any spaCy-based
    extractor pays;
(b) diplomap's ``extract_articles``: the same parse plus our ruler, actors, interactions, quotes.

Both models are loaded and warmed up on a few texts before timing. With ``--repeat N`` the two
sides alternate (bare, ours, bare, ours ...) so that a change in the machine's load falls on both,
and the best of each is kept. Prints articles, seconds and articles/s of each, the ratio ours /
bare by the wall clock (target <= 1.3) and by this process's CPU time (less moved by other work on
a shared machine), and the peak memory of the process.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from _common import load_corpus

from diplomap.models import Article

BATCH_SIZE = 16
WARMUP = 4  # articles parsed once before timing, so lazy initialisation is not timed
TARGET_RATIO = 1.3


def time_bare(nlp, texts: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


def time_ours(nlp, articles: list[Article]) -> tuple[float, float]:
    from diplomap.extract.pipeline import extract_articles

    t0, c0 = time.perf_counter(), time.process_time()
    for _ in extract_articles(articles, nlp=nlp, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="time each side N times, alternating; keep the best")
    args = parser.parse_args(argv)

    from diplomap.extract.nlp import load_base_model, load_model

    articles = load_corpus()
    texts = [a.text for a in articles]
    print(f"{len(articles)} articles, {sum(map(len, texts)) / 1e6:.2f} M characters")

    bare, ours = load_base_model(), load_model()
    time_bare(bare, texts[:WARMUP])
    time_ours(ours, articles[:WARMUP])
    print(f"models loaded and warmed up; peak RSS {peak_rss_mb():.0f} MB")

    runs = {"bare spaCy": lambda: time_bare(bare, texts), "diplomap extract": lambda: time_ours(ours, articles)}
    best: dict[str, tuple[float, float]] = {}
    for _ in range(max(args.repeat, 1)):  # alternating, so both sides see the same load
        for label, run in runs.items():
            wall, cpu = run()
            old = best.get(label)
            best[label] = (min(wall, old[0]), min(cpu, old[1])) if old else (wall, cpu)
    for label, (wall, cpu) in best.items():
        print(f"{label:17} {len(articles):5} articles  {wall:7.2f} s  {len(articles) / wall:7.1f} articles/s"
              f"  (CPU {cpu:.2f} s)")
    ratio = best["diplomap extract"][0] / best["bare spaCy"][0]
    cpu_ratio = best["diplomap extract"][1] / best["bare spaCy"][1]
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(f"ratio ours / bare: {ratio:.2f} (target <= {TARGET_RATIO}: {verdict}); by CPU time {cpu_ratio:.2f}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
