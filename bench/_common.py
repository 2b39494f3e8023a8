"""What the benchmarks over the shared corpus share: the checkout on ``sys.path`` (they run as
``python bench/NAME.py``) and the corpus's articles, read as the CLI reads them."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from diplomap.corpus.ingest import load_paths  # noqa: E402
from diplomap.models import Article  # noqa: E402

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
