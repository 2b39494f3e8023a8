"""The knowledge files' name indexes: a normalised name to the one country, organisation or title it
names, with the two rules every lookup keeps (an acronym matches only text in capitals; a name that
is also an ordinary word matches only as written: ``case_sensitive.txt``)."""
from __future__ import annotations

from typing import Generic, TypeVar

from .knowledge_tables import Country, KnowledgeError, Organization, Title, _bare, _is_acronym, normalize

T = TypeVar("T")


class NameIndex(Generic[T]):
    """Normalised name → the one thing it names; a second, different owner is an error."""

    def __init__(self, what: str, label, key=normalize):
        self.what, self.label, self.key = what, label, key
        self._entries: dict[str, tuple[T, bool]] = {}
        self.case_sensitive: dict[str, set[str]] = {}

    def add(self, name: str, value: T) -> None:
        key = self.key(name)
        if not key:
            raise KnowledgeError(f"{self.label(value)}: empty {self.what}")
        acronym = _is_acronym(name)
        old = self._entries.get(key)
        if old is not None:
            if old[0] is not value:
                raise KnowledgeError(f"{self.what} {name!r} names both {self.label(old[0])} "
                                     f"and {self.label(value)}")
            acronym = acronym and old[1]  # any non-acronym spelling frees the key
        self._entries[key] = (value, acronym)

    def get(self, text: str) -> T | None:
        key = self.key(text)
        hit = self._entries.get(key)
        if hit is None or (hit[1] and not _is_acronym(text)):
            return None
        if key in self.case_sensitive and _bare(text) not in self.case_sensitive[key]:
            return None  # "us", "who", "chad": ordinary words, not the names
        return hit[0]

    def keys(self) -> set[str]:
        return set(self._entries)


def country_label(c: Country) -> str:
    return c.iso3


def org_label(o: Organization) -> str:
    return f"organisation {o.name!r}"


def title_label(t: Title) -> str:
    return f"title {t.phrase!r} ({t.role})"
