"""``body_descriptions.csv``: the ways wire copy describes a body without naming it ("the seven leading
industrial nations" for the Group of Seven). Each description is a row of word slots; a slot lists its
words with "|", and an empty alternative makes it optional ("seven| leading|major industrial nations"
reads "seven leading industrial nations", "major industrial nations", ...). The reader expands every row
into plain aliases of the body, so the entity ruler and the name lookups treat them as its names."""
from __future__ import annotations

import csv
from itertools import product
from pathlib import Path


def expand(description: str) -> list[str]:
    """Every phrase a description's slots make, with its first word also capitalised (a sentence's start)."""
    slots = [slot.split("|") for slot in description.split()]
    phrases = [" ".join(w for w in words if w) for words in product(*slots)]
    out: list[str] = []
    for p in phrases:
        for form in (p, p[:1].upper() + p[1:]):
            if form and form not in out:
                out.append(form)
    return out


def described_aliases(path: Path) -> list[tuple[str, str, str]]:
    """(``path:line``, organisation name, alias) for every phrase of every row; a missing file has none."""
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as f:
        reader = csv.DictReader(line for line in f if not line.startswith("#"))
        for n, row in enumerate(reader, start=2):
            for alias in expand(row["description"].strip()):
                out.append((f"{path}:{n}", row["organization"].strip(), alias))
    return out
