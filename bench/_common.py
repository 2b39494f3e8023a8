"""What the benchmarks share: the checkout on ``sys.path`` (they run as ``python bench/NAME.py``),
the corpus's articles, read as the CLI reads them, and an extraction written out for failure reports."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from diplomap.corpus.ingest import load_paths  # noqa: E402
from diplomap.models import Article, Extraction  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def load_corpus(folder: Path = CORPUS) -> list[Article]:
    """The folder's ``.jsonl`` collections (it also holds ``.md`` provenance notes); exits on any error."""
    paths = sorted(folder.glob("*.jsonl"))
    if not paths:
        raise SystemExit(f"no .jsonl collections in {folder}")
    loaded = load_paths(paths)
    if loaded.errors:
        raise SystemExit("cannot read the corpus:\n" + "\n".join(str(e) for e in loaded.errors))
    return loaded.articles


def describe(extraction: Extraction) -> list[str]:
    """The interactions of an extraction as short lines, for failure reports."""
    actors = {a.id: a for a in extraction.actors}

    def who(aid: str) -> str:
        a = actors.get(aid)
        return f"{a.name} ({a.country or '-'})" if a else aid

    return [f"{i.type}/{i.status}: " + ", ".join(who(a) for a in i.actors) for i in extraction.interactions]
