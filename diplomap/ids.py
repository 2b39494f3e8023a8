"""Actor ids: one spelling rule, shared by article-level extraction and the corpus."""
from __future__ import annotations

import re
import unicodedata


def slug(name: str) -> str:
    """``Luiz Inácio Lula da Silva`` → ``luiz-inacio-lula-da-silva``: the id of an actor."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "actor"
