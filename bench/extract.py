"""Extraction benchmark, run by hand (not in CI): ``python bench/extract.py [--repeat N]``.

Times, over the articles of ``../shared/corpus/*.jsonl``:

(a) bare spaCy, ``load_base_model().pipe(texts, batch_size=16)``: the floor any spaCy-based
    extractor pays;
(b) diplomap's ``extract_articles``: the same parse plus our ruler, actors, interactions, quotes.

Both models are loaded and warmed up on a few texts before timing. Prints articles, seconds
and articles/s of each, the ratio ours / bare (target <= 1.3) and the peak memory of the process.
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


def time_bare(nlp, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t0


def time_ours(nlp, articles: list[Article]) -> float:
    from diplomap.extract.pipeline import extract_articles

    t0 = time.perf_counter()
    for _ in extract_articles(articles, nlp=nlp, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t0


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="time each side N times, keep the best")
    args = parser.parse_args(argv)

    from diplomap.extract.nlp import load_base_model, load_model

    articles = load_corpus()
    texts = [a.text for a in articles]
    print(f"{len(articles)} articles, {sum(map(len, texts)) / 1e6:.2f} M characters")

    bare, ours = load_base_model(), load_model()
    time_bare(bare, texts[:WARMUP])
    time_ours(ours, articles[:WARMUP])
    print(f"models loaded and warmed up; peak RSS {peak_rss_mb():.0f} MB")

    results = {}
    for label, run in (("bare spaCy", lambda: time_bare(bare, texts)),
                       ("diplomap extract", lambda: time_ours(ours, articles))):
        seconds = min(run() for _ in range(max(args.repeat, 1)))
        results[label] = seconds
        print(f"{label:17} {len(articles):5} articles  {seconds:7.2f} s  {len(articles) / seconds:7.1f} articles/s")
    ratio = results["diplomap extract"] / results["bare spaCy"]
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(f"ratio ours / bare: {ratio:.2f} (target <= {TARGET_RATIO}: {verdict})")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
