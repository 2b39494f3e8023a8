"""``python -m diplomap export``: the filtered who-met-whom graph or quotes of a store, to a file."""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from ..models import MEETING_TYPES, STATEMENT_TYPES, STATUSES
from ..views.export import edges_csv, nodes_csv, to_gexf, to_graphml, to_node_link_json, write_quotes_csv
from ..views.filters import GraphFilter, filtered_graphs
from ..views.sanitize import write_atomic

FORMATS = ("gexf", "graphml", "json", "nodes-csv", "edges-csv", "quotes-csv")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export", help="export the filtered graph (GEXF, GraphML, JSON, CSV) or quotes (CSV)",
        description="Export the filtered who-met-whom graph, or the quotes, of a store.")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--store", metavar="FILE", help="the store file (default: data/diplomap.db)")
    p.add_argument("--out", metavar="FILE", help="output file (default: standard output)")
    p.add_argument("--weighted", action="store_true",
                   help="graph formats: one edge per actor pair with a weight, instead of one per interaction")
    f = p.add_argument_group("filters")
    f.add_argument("--country", action="append", default=[], type=str.upper, metavar="ISO3",
                   help="actors of this country (repeatable)")
    f.add_argument("--partners", action="store_true", help="with --country: add everyone they met")
    f.add_argument("--leader", action="append", default=[], metavar="ACTOR_ID",
                   help="the network around this actor (repeatable)")
    f.add_argument("--radius", type=int, default=1, choices=(1, 2), help="hops around --leader (default 1)")
    f.add_argument("--type", action="append", default=[], choices=MEETING_TYPES + STATEMENT_TYPES,
                   help="interaction type (repeatable; default: the meeting types)")
    f.add_argument("--status", action="append", default=[], choices=STATUSES, help="repeatable")
    f.add_argument("--from", dest="date_from", metavar="DATE", help="ISO date, inclusive")
    f.add_argument("--to", dest="date_to", metavar="DATE", help="ISO date, inclusive")
    f.add_argument("--source", action="append", default=[], help="article source (repeatable)")
    f.add_argument("--min-weight", type=int, default=1, metavar="N", help="pairs with at least N interactions")
    f.add_argument("--min-mentions", type=int, default=0, metavar="N", help="actors mentioned at least N times")
    f.add_argument("--search", default="", metavar="TEXT", help="in evidence, quotes and actor names")
    f.add_argument("--persons-only", action="store_true", help="leave out country and organisation actors")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        gf = filter_from_args(args)
    except ValueError as err:
        print(f"export: {err}", file=sys.stderr)
        return 2
    from ..corpus.store import DEFAULT_STORE, Store, StoreError

    path = Path(args.store or DEFAULT_STORE)
    if not path.is_file():  # opening a store creates it: an empty export would hide a wrong path
        print(f"export: no store at {path}; create it with `python -m diplomap ingest`", file=sys.stderr)
        return 1
    try:
        with Store(path, read_only=True) as store:  # exporting never writes to the store
            corpus = store.corpus()
    except StoreError as err:
        print(f"export: {err}", file=sys.stderr)
        return 1
    try:
        sub, G, W = filtered_graphs(corpus, gf)
    except ValueError as err:
        print(f"export: {err}", file=sys.stderr)
        return 2
    graph = W if args.weighted else G
    if args.format in ("gexf", "graphml"):
        write = to_gexf if args.format == "gexf" else to_graphml
        if args.out:
            if not _write_file(args.out, lambda fh: write(graph, fh)):
                return 1
        else:
            write(graph, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    elif args.format == "quotes-csv":  # written a batch of quotes at a time
        if args.out:
            if not _write_file(args.out, lambda fh: _write_quotes(sub, fh)):
                return 1
        else:
            write_quotes_csv(sub, sys.stdout)
    else:
        text = {"json": lambda: to_node_link_json(graph), "nodes-csv": lambda: nodes_csv(graph),
                "edges-csv": lambda: edges_csv(graph)}[args.format]()
        if args.out:
            if not _write_file(args.out, lambda fh: fh.write(text.encode("utf-8"))):
                return 1
        else:
            sys.stdout.write(text)
    where = args.out or "standard output"
    print(f"export: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges, "
          f"{len(sub.quotes)} quotes → {where}", file=sys.stderr)
    return 0


def _write_quotes(sub, fh) -> None:
    text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
    write_quotes_csv(sub, text)
    text.flush()
    text.detach()


def _write_file(out: str, write) -> bool:
    """Written whole to a temporary file beside ``out``, then renamed: never a half-written or empty file."""
    try:
        write_atomic(out, write)
    except OSError as err:
        print(f"export: cannot write {out}: {err.strerror or err}", file=sys.stderr)
        return False
    return True


def filter_from_args(args: argparse.Namespace) -> GraphFilter:
    """The filter the options ask for, read through the same table as the dashboard's address
    (``views.filter_params``); raises ValueError saying what is wrong."""
    params = {"country": args.country, "partners": ["1" if args.partners else "0"], "leader": args.leader,
              "radius": [str(args.radius)], "type": args.type, "status": args.status,
              "from": [args.date_from or ""], "to": [args.date_to or ""], "source": args.source,
              "min_weight": [str(args.min_weight)], "min_mentions": [str(args.min_mentions)], "q": [args.search],
              "persons_only": ["1" if args.persons_only else "0"]}
    f, problems = GraphFilter.from_params(params)
    if problems:
        raise ValueError("; ".join(problems))
    return f
