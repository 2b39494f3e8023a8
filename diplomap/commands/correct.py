"""``python -m diplomap correct``: add an analyst correction to the corrections file, or list them.

Each action appends one entry to the YAML file (other entries and comments stay).
When the store exists, the edit is first checked against it: an entry naming an
unknown actor, article or item is refused unless ``--force`` is given.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser("correct", help="merge, split, rename, set or hide; list corrections",
                              description=__doc__.splitlines()[0].split(": ", 1)[1])
    _common(p, None)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    a = actions.add_parser("merge", help="make several actors one: merge ID... --into ID")
    a.add_argument("ids", nargs="+", metavar="ID")
    a.add_argument("--into", required=True, metavar="ID", help="the actor that stays")
    a = actions.add_parser("split", help="the actor ID in one article is someone else")
    a.add_argument("id", metavar="ID")
    a.add_argument("--article", required=True, metavar="ARTICLE_ID")
    a.add_argument("--name", help="name of the split-off actor")
    a.add_argument("--new-id", metavar="ID", help="its id (default: from --name); an existing id joins that actor")
    a = actions.add_parser("rename", help="give an actor another display name")
    a.add_argument("id", metavar="ID")
    a.add_argument("name", metavar="NAME")
    a = actions.add_parser("set", help="set an actor's country and/or role")
    a.add_argument("id", metavar="ID")
    a.add_argument("--country", type=str.upper, metavar="ISO3")
    a.add_argument("--role")
    a = actions.add_parser("hide", help="hide interactions or quotes: ARTICLE_ID#i3, ARTICLE_ID#q2")
    a.add_argument("items", nargs="+", metavar="ITEM_ID")
    actions.add_parser("list", help="show the corrections, and what cannot be applied (exit 1 if anything)")
    for action in actions.choices.values():
        _common(action, argparse.SUPPRESS)
    p.set_defaults(func=run)


def _common(parser: argparse.ArgumentParser, default) -> None:
    """Options accepted before or after the action (``SUPPRESS`` keeps the value given before)."""
    parser.add_argument("--corrections", metavar="FILE", default=default,
                        help="the corrections file (default: corrections.yaml next to the store)")
    parser.add_argument("--store", metavar="FILE", default=default,
                        help="the store to check against (default: data/diplomap.db)")
    parser.add_argument("--force", action="store_true", default=False if default is None else default,
                        help="save even if the store does not know the ids")


def run(args: argparse.Namespace) -> int:
    from ..corpus.corrections import load_corrections
    from ..corpus.corrections_save import save_corrections
    from ..corpus.store import DEFAULT_STORE, corrections_path_for

    store_path = Path(args.store or DEFAULT_STORE)
    path = Path(args.corrections) if args.corrections else corrections_path_for(store_path)
    if args.action == "list":
        return _list(load_corrections(path), store_path, path)
    try:
        edits = _entries(args)
    except ValueError as e:
        print(f"correct: {e}", file=sys.stderr)
        return 2
    saved = save_corrections(path, store_path, edits, force=args.force)
    for problem in saved.problems:
        print(f"correct: {problem}", file=sys.stderr)
    if not saved.saved:
        if saved.problems and not saved.error:
            print("correct: nothing saved (use --force to save anyway)", file=sys.stderr)
        return 1
    if not saved.kept_comments:
        print(f"correct: {path} was rewritten from its data; its comments are lost", file=sys.stderr)
    print(f"{path}: {len(edits)} correction{'s' if len(edits) > 1 else ''} added", file=sys.stderr)
    return 0


def _entries(args: argparse.Namespace) -> list[tuple[str, object]]:
    """The (section, entry) pairs the command line asks for."""
    if args.action == "merge":
        return [("merge", {"into": args.into, "ids": args.ids})]
    if args.action == "split":
        if not (args.name or args.new_id):
            raise ValueError("split needs --name or --new-id")
        entry = {"id": args.id, "article": args.article}
        entry.update({k: v for k, v in (("new_id", args.new_id), ("name", args.name)) if v})
        return [("split", entry)]
    if args.action == "rename":
        return [("rename", {args.id: args.name})]
    if args.action == "set":
        fields = {k: v for k, v in (("country", args.country), ("role", args.role)) if v is not None}
        if not fields:
            raise ValueError("set needs --country and/or --role")
        return [("set", {"id": args.id, **fields})]
    return [("hide", item) for item in args.items]


def _list(corrections, store_path: Path, path: Path) -> int:
    from ..corpus.store import Store, StoreError

    for m in corrections.merges:
        print(f"merge   {', '.join(m.ids)} into {m.into}")
    for s in corrections.splits:
        print(f"split   {s.id} in article {s.article} -> {s.new_id}" + (f" ({s.name})" if s.name else ""))
    for given, name in corrections.renames.items():
        print(f"rename  {given} -> {name}")
    for s in corrections.sets:
        print(f"set     {s.id} " + " ".join(f"{k}={v}" for k, v in s.fields.items()))
    for item in corrections.hidden:
        print(f"hide    {item}")
    if not corrections and not corrections.errors:
        print(f"no corrections in {path}", file=sys.stderr)
    problems = list(corrections.errors)
    if store_path.exists():
        try:
            with Store(store_path, corrections=path) as store:
                problems = store.problems()
        except StoreError as e:
            problems.append(str(e))
    for problem in problems:  # a file that cannot be parsed at all is an error, not one more problem
        print(f"{'error' if problem == corrections.unreadable else 'problem'}: {problem}", file=sys.stderr)
    return 1 if problems else 0
