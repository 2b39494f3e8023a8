"""Single knowledge files read on their own, each cached: word lists (surname prefixes, name
particles), the speech verbs, the role families, and the titles or countries table alone. They
live apart from ``knowledge`` because their readers need them without the whole knowledge base:
name-shape tests and quote cues run before a ``Knowledge`` is at hand, and a restarted dashboard
reads only the titles or countries before its first view.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from .knowledge_tables import (
    DEFAULT_DIR,
    Country,
    Title,
    _read_lines,
    _read_words,
    read_countries,
    read_table,
    read_titles,
)


@cache
def surname_prefixes(directory: str | Path | None = None) -> tuple[str, ...]:
    """Prefixes of surnames with an inner capital ("Mc" of "McDonald"): ``surname_prefixes.txt``,
    case as written, for the name-shape tests that run before any knowledge base is at hand."""
    root = Path(directory) if directory is not None else DEFAULT_DIR
    return tuple(sorted({w.strip() for w in _read_lines(root / "surname_prefixes.txt")}, key=len, reverse=True))


@cache
def name_particles(directory: str | Path | None = None) -> frozenset[str]:
    """Particles inside personal names ("von", "bin", "da"): ``name_particles.txt``, read on its own
    because name-shape tests run before any knowledge base is at hand."""
    root = Path(directory) if directory is not None else DEFAULT_DIR
    return _read_words(root / "name_particles.txt")


@cache
def speech_verbs(directory: str | Path | None = None) -> dict[str, str]:
    """Cue verb lemma → strength, ``strong`` or ``weak`` (``speech_verbs.csv``)."""
    root = Path(directory) if directory is not None else DEFAULT_DIR
    return {r["lemma"]: r["strength"] for r in read_table(root / "speech_verbs.csv")}


@cache
def strong_speech_verbs() -> frozenset[str]:
    """The cue verbs that make their subject the speaker by themselves ("said", "told"; not "added")."""
    return frozenset(lemma for lemma, strength in speech_verbs().items() if strength == "strong")


@cache
def role_families(directory: str | Path | None = None) -> dict[str, frozenset[str]]:
    """Role (lower case) → the families it belongs to (``role_families.csv``): "the envoy" said of
    an ambassador, "the lawmaker" of a senator."""
    root = Path(directory) if directory is not None else DEFAULT_DIR
    out: dict[str, set[str]] = {}
    for r in read_table(root / "role_families.csv"):
        out.setdefault(r["role"].strip().lower(), set()).add(r["family"].strip())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def load_titles(directory: str | Path | None = None) -> tuple[Title, ...]:
    """``titles.csv`` alone, validated: what resolving needs, without the whole knowledge base
    (a restarted dashboard reads only this before its first view)."""
    root = Path(directory) if directory is not None else DEFAULT_DIR
    return tuple(read_titles(root))


@cache
def load_countries(directory: str | Path | None = None) -> dict[str, Country]:
    """``countries.csv`` alone, validated: the names the dashboard's tables and pickers show, without
    the whole knowledge base (0.8 s, most of it leaders) before a restarted server's first view."""
    root = Path(directory) if directory is not None else DEFAULT_DIR
    return read_countries(root)
