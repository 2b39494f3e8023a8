"""``python -m diplomap extract PATH... --format jsonl|json|table`` (../shared/eval/SCHEMA.md),
or ``--format parquet --out DIR`` (``corpus.parquet``); ``--workers``/``--scheduler`` run it on Dask."""
from __future__ import annotations

import json
import sys
import time

from ..corpus.ingest import DEFAULT_MAX_BYTES, iter_paths
from ..models import Article, IngestError, IngestWarning
from .ingest import add_cluster_options


def register(subparsers) -> None:
    p = subparsers.add_parser("extract", help="extract actors, interactions and quotes from articles",
                              description="Read articles (files, folders, .jsonl collections) and write "
                                          "one extraction per article on standard output.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("jsonl", "json", "table", "parquet"), default="jsonl")
    p.add_argument("--out", metavar="DIR", help="with --format parquet: the new or empty folder to write")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest file read (default 5 MB)")
    p.add_argument("--quiet", action="store_true", help="no progress on standard error")
    add_cluster_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..corpus import parallel

    if (args.format == "parquet") != bool(args.out):
        print("error: --format parquet needs --out DIR, and --out is only for --format parquet", file=sys.stderr)
        return 2
    errors = 0
    articles: list[Article] = []
    for item in iter_paths(args.paths, max_bytes=args.max_bytes):
        if isinstance(item, IngestWarning):
            print(f"warning: {item}", file=sys.stderr)
        elif isinstance(item, IngestError):
            errors += 1
            print(f"error: {item}", file=sys.stderr)
        elif isinstance(item, Article):
            articles.append(item)
    if not articles:
        print("error: no article could be read", file=sys.stderr)
        return 1

    progress = Progress(len(articles), quiet=args.quiet or len(articles) < 20)
    if args.format == "parquet":
        return _parquet(args, articles, progress, errors)
    extract_articles = parallel.extractor(args.workers, args.scheduler, batch=args.batch, ordered=True)
    results = []
    failed = 0
    for n, extraction in enumerate(extract_articles(articles), 1):
        progress.update(n)
        error = getattr(extraction, "error", None)  # pipeline.FailedExtraction: only this article
        if error:
            failed += 1
            progress.done()  # end the progress line, if any
            print(f"error: {IngestError(extraction.article.path or extraction.article.id, error)}",
                  file=sys.stderr)
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
        else:
            results.append(extraction)
    progress.done()
    if args.format == "json":
        json.dump([e.to_dict() for e in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "table":
        write_table(results, sys.stdout)
    if errors:
        print(f"{errors} input(s) could not be read (see errors above)", file=sys.stderr)
    if failed:
        print(f"{failed} article(s) could not be extracted (see errors above)", file=sys.stderr)
    return 0 if failed < len(articles) else 1


def _parquet(args, articles: list[Article], progress: Progress, errors: int) -> int:
    """Parts written by the workers (or here, with one worker), one per batch, in input order."""
    from ..corpus import parallel, parquet
    from ..extract.pipeline import PIPELINE_VERSION

    try:
        out = parquet.start(args.out, PIPELINE_VERSION)
    except (FileExistsError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    done = parts = 0
    for _, n in parallel.run_batches(parquet.extract_part, articles, str(out.resolve()), workers=args.workers,
                                     scheduler=args.scheduler, batch=args.batch, ordered=False):
        done += n
        parts += 1
        progress.update(done)
    progress.done()
    print(f"{out}: {done} articles in {parts} parts", file=sys.stderr)
    if errors:
        print(f"{errors} input(s) could not be read (see errors above)", file=sys.stderr)
    return 0


class Progress:
    """A one-line article counter on standard error."""

    def __init__(self, total: int, quiet: bool = False):
        self.total, self.quiet, self.t0 = total, quiet, time.monotonic()

    def update(self, n: int) -> None:
        if not self.quiet and (n % 10 == 0 or n == self.total):
            rate = n / max(time.monotonic() - self.t0, 1e-9)
            print(f"\rextracted {n}/{self.total} articles ({rate:.1f}/s)", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if not self.quiet:
            print(file=sys.stderr)


def write_table(extractions, out) -> None:
    """A plain-text view for people: one block per article."""
    for e in extractions:
        names = {a.id: a.name for a in e.actors}
        out.write(f"== {e.article.id}  {e.article.title or ''}  {e.article.date or ''}\n")
        for a in e.actors:
            out.write(f"  actor  {a.kind:12} {a.name:30} {a.country or '-':4} {a.role or ''}\n")
        for i in e.interactions:
            who = ", ".join(names.get(x, x) for x in i.actors)
            where = f" in {i.location}" if i.location else ""
            out.write(f"  {i.type:9} {i.status:9} {who}{where} {i.date or ''}\n")
        for q in e.quotes:
            out.write(f"  quote  {q.kind:8} {names.get(q.speaker, '?')}: {q.text[:100]}\n")
