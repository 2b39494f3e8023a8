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
    p.set_defaults(func=run)


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
                report = store.ingest(args.paths, rebuild=args.rebuild, max_bytes=args.max_bytes,
                                      progress=bar.update)
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
