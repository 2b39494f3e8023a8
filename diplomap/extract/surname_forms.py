"""The short forms a person's full name is written under later in a story: the last word, without its
particle ("al-Tayer", "Tayer"), or the first of a Spanish name's two surnames ("Restrepo")."""
from __future__ import annotations

from .knowledge import Knowledge, normalize


def bare_surname(word: str) -> str:
    """"al-Assad" and "Assad" are one surname."""
    w = word.lower()
    for prefix in ("al-", "el-", " al ", "el "):
        if w.startswith(prefix):
            return w[len(prefix):]
    return w


def without_particle(word: str) -> str:
    """"Tayer" for "al-Tayer", "Sayedi" for "El-Sayedi": the surname as a bare mention writes it
    (``bare_surname``'s particle dropped, the case kept)."""
    rest = word[len(word) - len(bare_surname(word)):]
    return rest if rest != word and rest.istitle() else word


def first_surnames(form: str, kb: Knowledge) -> list[str]:
    """"Alejandro Restrepo Gaviria" is "Restrepo" for short: the middle words of a three-word name
    that are no given name (a Spanish name's first surname)."""
    words = form.split()
    return [w for w in words[1:-1] if len(words) == 3 and w.istitle() and normalize(w) not in kb.given_names]


def surname_first(form: str, kb: Knowledge) -> str | None:
    """The short form of an East Slavic name with its patronymic (patronymic_endings.txt, a word that is no given
    name itself, not "Heinrich"): "Ryabkov Sergey Alexeevich", Russian official style, and "Sergey Alexeevich
    Ryabkov" are "Sergey Ryabkov"; else None."""
    words = form.split()
    if len(words) != 3 or not all(w.istitle() for w in words):
        return None
    a, b, c = words
    if _patronymic(c, kb) and _given(b, kb) and not _given(a, kb):
        return f"{b} {a}"
    if _patronymic(b, kb) and _given(a, kb) and not _given(c, kb):
        return f"{a} {c}"
    return None


def _patronymic(word: str, kb: Knowledge) -> bool:
    return any(word.lower().endswith(e) for e in kb.patronymic_endings) and not _given(word, kb)


def _given(word: str, kb: Knowledge) -> bool:
    w = normalize(word)
    return w in kb.given_names or w in kb.masculine_names or w in kb.feminine_names
