"""The other forms under which ``Knowledge`` indexes and looks up a leader's name: the surname
alone, the name without middle initials, a key without German umlauts' "e", and the de-duplicated
list of leaders found. They are plain functions of the written name, kept apart from the lookup
class that builds its indexes with them.
"""
from __future__ import annotations

import re

from .knowledge_tables import Leader, normalize

_SUFFIXES = {"jr", "sr"}
_REGNAL = re.compile(r"^[ivxlc]+$")  # "Frederik X", "Charles III": a number, not a surname


def _surname(name: str) -> str | None:
    """"Keir Starmer" → "Starmer", "Ursula von der Leyen" → "von der Leyen"; None for one word."""
    tokens = name.split()
    while len(tokens) >= 2 and (normalize(tokens[-1]) in _SUFFIXES or _REGNAL.match(normalize(tokens[-1]))):
        tokens.pop()
    if len(tokens) < 2:
        return None
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1][:1].islower():  # particles: von, der, da, bin, al-
        i -= 1
    return " ".join(tokens[i:])


def without_initials(name: str) -> str:
    """"Paul A. Volcker" → "Paul Volcker": a full name as news copy often writes it, middle
    initials dropped (the first and last words are kept whatever they are)."""
    words = name.split()
    kept = [w for i, w in enumerate(words)
            if i in (0, len(words) - 1) or not (len(w) == 2 and w[0].isupper() and w[1] == ".")]
    return " ".join(kept)


def _umlaut_key(key: str) -> str:
    """A German name's key without its umlauts' "e": "weizsaecker" and "weizsacker" agree."""
    return key.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _dedupe(leaders) -> list[Leader]:
    return list(dict.fromkeys(leaders))
