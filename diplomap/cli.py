"""``python -m diplomap COMMAND``: each command lives in ``diplomap/commands/<name>.py``.

A command module has ``register(subparsers)``, which adds its parser and sets
``func`` (called with the parsed arguments, returns the exit code).
"""
from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys

COMMANDS = ("extract", "ingest", "correct", "export")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m diplomap",
        description="Who met whom and who said what, from stored news articles about diplomacy.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"diplomap.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (sqlite3.Error, RuntimeError) as e:  # the store failed mid-command: one line, no traceback
        message = _store_failure(e, args)
        if message is None:
            raise
        print(f"{args.command}: {message}", file=sys.stderr)
        return 1


def _store_failure(error: Exception, args: argparse.Namespace) -> str | None:
    """The one-line message for a store that is damaged, read-only or on a full disk; None for other errors."""
    from .corpus.store import DEFAULT_STORE, StoreError
    from .corpus.store_errors import explain

    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, sqlite3.Error):
        return explain(error, getattr(args, "store", None) or DEFAULT_STORE)
    return None
