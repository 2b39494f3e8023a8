"""``python -m diplomap ingest``: read articles into the store, extracting only what is new or changed."""
from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "ingest", help="read articles (files, folders, .jsonl/.json/.csv collections) into the store",
        description=__doc__.splitlines()[0].split(": ", 1)[1])
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files and folders (folders are read recursively)")
    p.add_argument("--store", metavar="FILE", help="the store file (default: data/diplomap.db)")
    p.add_argument("--rebuild", action="store_true", help="re-extract every article, changed or not")
    p.add_argument("--max-bytes", type=int, metavar="N", help="skip files larger than N bytes (default 5 MB)")
    add_cluster_options(p)
    p.add_argument("--from-parquet", action="store_true",
                   help="PATH is a folder written by 'extract --format parquet': load its extractions, no NLP")
    p.set_defaults(func=run)


def add_cluster_options(p) -> None:
    """``--workers``, ``--scheduler`` and ``--batch``: extraction on Dask (``corpus.parallel``)."""
    p.add_argument("--workers", type=int, metavar="N",
                   help="extract in N local worker processes (Dask); default: the machine's cores for "
                        "large runs (500+ articles to extract), else in this process; 1: in this process")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="extract on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (see README, Large archives)")
    p.add_argument("--batch", type=int, default=64, metavar="N", help="articles per worker task (default 64)")


def run(args: argparse.Namespace) -> int:
    from ..corpus.store import DEFAULT_STORE, Store, StoreError

    try:
        store = Store(args.store or DEFAULT_STORE)
    except StoreError as e:
        print(f"ingest: {e}", file=sys.stderr)
        return 1
    with store:
        try:
            with _ProgressBar() as bar:
                if args.from_parquet:
                    report = _from_parquet(store, args, bar)
                    if report is None:
                        return 1
                else:
                    from ..corpus import parallel, sync

                    extract = parallel.extractor(args.workers, args.scheduler, batch=args.batch, ordered=False)
                    report = sync.ingest_paths(store, args.paths, rebuild=args.rebuild, max_bytes=args.max_bytes,
                                               progress=bar.update, extractor=extract)
        except KeyboardInterrupt:
            print(f"ingest: interrupted; {store.path} keeps the {store.counts()['articles']} articles stored "
                  f"so far; run the same command again to go on", file=sys.stderr)
            return 130
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(error, file=sys.stderr)
    print(f"{store.path}: {report.summary()}", file=sys.stderr)
    if not (report.articles or report.duplicates or report.errors):
        print("ingest: no articles found in the given paths", file=sys.stderr)
    return 0 if report.articles or report.duplicates else 1


def _from_parquet(store, args, bar):
    from ..corpus import parquet
    from ..corpus.sync import IngestReport
    from ..extract.pipeline import PIPELINE_VERSION

    total = IngestReport()
    for folder in args.paths:
        try:
            version = parquet.pipeline_version(folder)
        except ValueError as e:
            print(f"ingest: {e}", file=sys.stderr)
            return None
        if version != PIPELINE_VERSION:
            print(f"warning: {folder} was extracted by pipeline {version}, this one is {PIPELINE_VERSION}; "
                  f"its articles are stored as outdated (ingest the texts again to re-extract them)",
                  file=sys.stderr)
        report = parquet.load(store, folder, rebuild=args.rebuild, progress=bar.update)
        for name in ("added", "updated", "unchanged", "duplicates", "errors", "warnings", "seconds"):
            setattr(total, name, getattr(total, name) + getattr(report, name))
    return total


class _ProgressBar:
    """A tqdm bar on standard error (only when it is a terminal)."""

    def __enter__(self):
        from tqdm import tqdm

        self._bar = tqdm(unit=" articles", file=sys.stderr, disable=None, leave=False)
        return self

    def update(self, done: int, total: int | None, label: str) -> None:
        if total is not None and self._bar.total != total:
            self._bar.total = total
        self._bar.update(done - self._bar.n)
        self._bar.set_postfix_str(label[-40:], refresh=False)

    def __exit__(self, *exc) -> None:
        self._bar.close()
