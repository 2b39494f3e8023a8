"""Writing analyst corrections: the one way ``corrections.yaml`` is edited, by
``python -m diplomap correct`` and by the dashboard's Actor tab alike.

The edits are applied to the file's text (other entries and comments stay), checked against
the store when it exists, and written atomically (``corrections.write_corrections``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .corrections import CorrectionsError, edit_text, parse_corrections, write_corrections
from .store import Store, StoreError


@dataclass(frozen=True)
class Saved:
    """What ``save_corrections`` did: saved or not, with the problems found (an ``error`` stops everything)."""

    saved: bool
    problems: list[str] = field(default_factory=list)
    kept_comments: bool = True
    error: bool = False


def save_corrections(path: Path, store_path: Path, edits: list[tuple[str, object]], *, force: bool = False) -> Saved:
    """Add ``(section, entry)`` edits to the corrections file, checked first against the store when it
    exists: edits naming unknown actors, articles or items are refused unless ``force``."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    text, kept = old, True
    try:
        for section, entry in edits:
            text, ok = edit_text(text, section, entry, source=str(path))
            kept = kept and ok
    except CorrectionsError as e:
        return Saved(False, [str(e)], error=True)
    before, after = parse_corrections(old, source=str(path)), parse_corrections(text, source=str(path))
    new = [e for e in after.errors if e not in before.errors]
    warnings = []
    if store_path.exists() and not new:
        try:
            with Store(store_path, corrections=path) as store:
                known = set(store.problems())
                new = [p for p in store.check(after) if p not in known]
        except StoreError as e:
            warnings.append(f"cannot check against the store: {e}")
    if new and not force:
        return Saved(False, warnings + new)
    write_corrections(path, text)
    return Saved(True, warnings + new, kept_comments=kept)
