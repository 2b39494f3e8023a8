"""Which article-level mentions are one real actor: names, then clusters by kind
(countries by code, organisations by name within a country, persons by full name, with
a bare surname joining only an unambiguous full name)."""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..models import (
    Actor,
)

RESOLVE_VERSION = "1"  # part of the store's cache key: bump when a change here changes the corpus
RECENT_MENTIONS = 5  # an actor's current country and role: the most frequent over this many latest mentions
DATE_MARGIN = 2  # a date tie-break picks a candidate only if the runner-up is this many times farther away


# --- Names ------------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)  # names repeat across articles
def name_tokens(text: str) -> tuple[str, ...]:
    """Lower-case words without accents, possessives or punctuation: what two spellings share."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    return tuple(re.findall(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", text))


def _person_words(name: str, titles: frozenset[str], role: tuple[str, ...]) -> list[str]:
    """The words of a person's name without leading titles, e.g. ``President Trump`` → ``Trump``."""
    words = name.split()
    while len(words) > 1 and all(t in titles or t in role for t in name_tokens(words[0])):
        words = words[1:]
    return words


@dataclass
class Mention:
    """One article-level actor."""

    article_id: str
    date: str | None
    day: int | None  # the date as an ordinal, for date proximity
    actor: Actor
    key: tuple[str, ...]  # normalised name; for persons without titles or initials
    display: str  # the name as written, without leading titles

    @classmethod
    def of(cls, article_id: str, when: str | None, actor: Actor, titles: frozenset[str]) -> Mention:
        if actor.kind == "person":
            words = _person_words(actor.name, titles, name_tokens(actor.role or ""))
            key = name_tokens(" ".join(words))
            if len(key) > 2:  # "Donald J. Trump" is "Donald Trump"
                key = (key[0], *(t for t in key[1:-1] if len(t) > 1), key[-1])
            display = " ".join(words)
        else:
            key, display = name_tokens(actor.name), actor.name
        return cls(article_id, when, _ordinal(when), actor, key or (actor.name.lower(),), display)


def _ordinal(when: str | None) -> int | None:
    try:
        return date.fromisoformat(when).toordinal() if when else None
    except ValueError:
        return None


# --- Clustering ----------------------------------------------------------------------------------


def cluster(mentions: list[Mention]) -> list[list[int]]:
    """Groups of mention indices, each one real actor."""
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_kind[m.actor.kind].append(i)
    clusters: list[list[int]] = []
    for kind in sorted(by_kind):
        members = by_kind[kind]
        if kind == "country":
            clusters += _countries(mentions, members)
        elif kind == "person":
            clusters += _persons(mentions, members)
        else:
            clusters += _organisations(mentions, members)
    return clusters


def _countries(mentions: list[Mention], members: list[int]) -> list[list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i in members:
        country = mentions[i].actor.country
        groups[country or "name:" + " ".join(mentions[i].key)].append(i)
    return list(groups.values())


def _organisations(mentions: list[Mention], members: list[int]) -> list[list[int]]:
    """Same normalised name, or one's alias is the other's name ("UN" / "United Nations"), within one country."""
    by_name: dict[tuple, list[int]] = defaultdict(list)
    for i in members:
        by_name[mentions[i].key].append(i)
    parent = {key: key for key in by_name}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for key, group in by_name.items():
        for i in group:
            for alias in mentions[i].actor.aliases:
                other = name_tokens(alias)
                if other in parent and root(other) != root(key):
                    parent[max(root(other), root(key))] = min(root(other), root(key))
    components: dict[tuple, list[int]] = defaultdict(list)
    for key, group in by_name.items():
        components[root(key)] += group
    return [part for group in components.values() for part in _by_country(mentions, sorted(group))]


def _by_country(mentions: list[Mention], members: list[int]) -> list[list[int]]:
    """Split by country; members without one join the only country there is, else stay apart."""
    known: dict[str, list[int]] = defaultdict(list)
    unknown: list[int] = []
    for i in members:
        country = mentions[i].actor.country
        (known[country] if country else unknown).append(i)
    parts = [known[c] for c in sorted(known)]
    if unknown and len(parts) == 1:
        parts[0] = sorted(parts[0] + unknown)
    elif unknown:
        parts.append(unknown)
    return parts


@dataclass
class _Candidate:
    """A full-name person a bare surname may belong to."""

    members: list[int]
    country: str | None = None
    roles: set[str] = field(default_factory=set)
    days: list[int] = field(default_factory=list)


def _persons(mentions: list[Mention], members: list[int]) -> list[list[int]]:
    full: dict[tuple, list[int]] = defaultdict(list)
    single: list[int] = []
    for i in members:
        (full[mentions[i].key] if len(mentions[i].key) > 1 else single).append(i)
    candidates = [_candidate(mentions, group) for group in full.values()]
    by_word: dict[str, list[int]] = defaultdict(list)  # surname or one-word alias -> candidate indices
    for n, cand in enumerate(candidates):
        words = {mentions[cand.members[0]].key[-1]}
        words |= {t[0] for i in cand.members for a in mentions[i].actor.aliases if len(t := name_tokens(a)) == 1}
        for word in sorted(words):
            by_word[word].append(n)
    alone: dict[str, list[int]] = defaultdict(list)
    for i in single:
        pick = _pick(mentions[i], [candidates[n] for n in by_word.get(mentions[i].key[0], [])])
        (pick.members if pick else alone[mentions[i].key[0]]).append(i)
    clusters = [sorted(c.members) for c in candidates]
    return clusters + [part for group in alone.values() for part in _by_country(mentions, group)]


def _candidate(mentions: list[Mention], group: list[int]) -> _Candidate:
    dated = [(mentions[i].date, mentions[i].actor.country) for i in group]
    return _Candidate(
        members=list(group),
        country=current(dated),
        roles={" ".join(name_tokens(mentions[i].actor.role)) for i in group if mentions[i].actor.role},
        days=sorted(day for i in group if (day := mentions[i].day) is not None),
    )


def _pick(m: Mention, candidates: list[_Candidate]) -> _Candidate | None:
    """The one candidate ``m`` surely belongs to, or None when there is none or it is unclear."""
    fits = [c for c in candidates if not (m.actor.country and c.country) or m.actor.country == c.country]
    if len(fits) <= 1:
        return fits[0] if fits else None
    role = " ".join(name_tokens(m.actor.role or ""))
    same_role = [c for c in fits if role and role in c.roles]
    if len(same_role) == 1:
        return same_role[0]
    fits = same_role or fits
    if m.day is None or not all(c.days for c in fits):
        return None
    ranked = sorted((_distance(m.day, c.days), n) for n, c in enumerate(fits))
    (best, n), (second, _) = ranked[0], ranked[1]
    return fits[n] if best * DATE_MARGIN < second else None


def _distance(day: int, days: list[int]) -> int:
    k = bisect.bisect_left(days, day)
    return min(abs(day - d) for d in days[max(k - 1, 0):k + 1])


def current(dated: list[tuple[str | None, str | None]]) -> str | None:
    """The most frequent value over the latest ``RECENT_MENTIONS`` mentions having one; ties: the latest."""
    values = [(when or "", value) for when, value in dated if value]
    recent = sorted(values, key=lambda p: p[0], reverse=True)[:RECENT_MENTIONS]
    counts = Counter(value for _, value in recent)
    if not counts:
        return None
    top = max(counts.values())
    return next(value for _, value in recent if counts[value] == top)
