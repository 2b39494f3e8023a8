"""``python -m diplomap COMMAND``: each command lives in ``diplomap/commands/<name>.py``.

A command module has ``register(subparsers)``, which adds its parser and sets
``func`` (called with the parsed arguments, returns the exit code).
"""
from __future__ import annotations

import argparse
import importlib

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
    return args.func(args)
