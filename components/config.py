"""Which store and articles folder the dashboard uses: command line, then environment, then defaults.

``streamlit run app.py -- --store FILE --articles DIR`` passes the options after ``--``;
tests (which cannot pass them) use ``DIPLOMAP_STORE`` and ``DIPLOMAP_ARTICLES``.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from diplomap.corpus.store import DEFAULT_STORE

ENV_STORE = "DIPLOMAP_STORE"
ENV_ARTICLES = "DIPLOMAP_ARTICLES"
DEFAULT_ARTICLES = Path("data/articles")


SERVED_SCRIPTS = ("app.py", "dashboard.py")  # what `streamlit run` is given: the launcher or the page


class ConfigError(ValueError):
    """The command line cannot be understood; the message says why."""


@dataclass(frozen=True)
class AppConfig:
    store: Path
    articles: Path | None  # None: no folder is read at start

    def describe(self) -> str:
        folder = str(self.articles) if self.articles else "none"
        return f"Store: {self.store} · Articles folder: {folder}"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit the Streamlit server
        raise ConfigError(f"app.py options: {message} (usage: {self.format_usage().strip()})")


def parse_config(argv: Sequence[str], environ: Mapping[str, str], root: Path) -> AppConfig:
    """The dashboard's configuration; relative defaults are inside ``root`` (the repository).

    An empty ``--articles ''`` or ``DIPLOMAP_ARTICLES=`` means: read no folder, open the store as it is;
    so does a store given without a folder (``--store X`` alone opens X, it does not read ``data/articles`` into it).
    """
    parser = _Parser(prog="streamlit run app.py --", add_help=False, allow_abbrev=False)
    parser.add_argument("--store", metavar="FILE")
    parser.add_argument("--articles", metavar="DIR")
    args = parser.parse_args(list(argv))
    store = args.store if args.store is not None else environ.get(ENV_STORE)
    articles = args.articles if args.articles is not None else environ.get(ENV_ARTICLES)
    if store is not None and not store.strip():
        raise ConfigError("the store path is empty")
    return AppConfig(
        store=Path(store) if store else root / DEFAULT_STORE,
        articles=((Path(articles) if articles.strip() else None) if articles is not None
                  else None if store else root / DEFAULT_ARTICLES),
    )


def server_argv(root: Path) -> list[str]:
    """The options after ``--`` of ``streamlit run app.py -- …`` (or ``dashboard.py``); none when
    something else runs the page (tests, whose ``sys.argv`` is pytest's)."""
    launched = bool(sys.argv) and Path(sys.argv[0]).resolve() in {root / name for name in SERVED_SCRIPTS}
    return sys.argv[1:] if launched else []
