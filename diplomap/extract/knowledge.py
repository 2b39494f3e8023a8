"""Countries, organisations, titles and leaders, read from the CSV files in ``data/knowledge/``.

Every lookup is one dict hit on the :func:`normalize`'d text. There is deliberately no
fuzzy matching: it maps "British" to "British Indian Ocean Territory".

A name written all in capitals in a data file ("US", "WHO", "IS") is an acronym and only
matches text that is also written in capitals, so the pronoun "us", the word "who" and the
verb "is" never become a state, an agency or an armed group. Add a mixed-case spelling to
the file ("Nato", "Opec") where news write acronyms that way.

Lookups are meant for entity spans and short phrases, not for arbitrary tokens.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "knowledge"

ORG_CATEGORIES = ("igo", "alliance", "forum", "ngo", "armed_group", "party",
                  "government", "ministry", "military", "legislature", "media")
TITLE_RANKS = (1, 2, 3, 4)

COUNTRY_COLUMNS = ("iso3", "name", "aliases", "demonyms", "capitals", "metonyms")
ORGANIZATION_COLUMNS = ("name", "aliases", "country", "category")
TITLE_COLUMNS = ("title", "role", "rank")
LEADER_COLUMNS = ("name", "aliases", "country", "role", "start", "end")


class KnowledgeError(ValueError):
    """A knowledge file is missing, malformed, or names one thing twice."""


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO3 of a national body; None for international ones
    category: str = "igo"


@dataclass(frozen=True)
class Title:
    phrase: str
    role: str
    rank: int  # 1 head of state/government ... 4 generic (official, analyst)


@dataclass(frozen=True)
class Leader:
    name: str
    aliases: tuple[str, ...]
    country: str
    role: str
    start: str  # ISO YYYY-MM-DD
    end: str | None = None  # None: still in office

    def in_office(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


# --- normalisation ---------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_SUFFIXES = {"jr", "sr"}
_REGNAL = re.compile(r"^[ivxlc]+$")  # "Frederik X", "Charles III": a number, not a surname


def normalize(text: str) -> str:
    """The lookup key: "The U.S.'s" → "us", "Côte d’Ivoire" → "côte d'ivoire".

    NFKC, casefold, curly → straight apostrophes, dots removed, spaces collapsed, a
    leading "the " and a trailing possessive ("'s", or a bare "'" after a plural) dropped.
    Accents are dropped too, so "Erdogan" finds "Erdoğan".
    """
    key = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    key = unicodedata.normalize("NFKC", "".join(c for c in key if not unicodedata.combining(c))).casefold()
    key = _SPACES.sub(" ", key.replace(".", "")).strip()
    if key.startswith("the "):
        key = key[4:]
    return _POSSESSIVE.sub("", key).strip()


def _title_key(text: str) -> str:
    """Titles also ignore hyphens: "Secretary-General" is "secretary general"."""
    return _SPACES.sub(" ", normalize(text).replace("-", " ")).strip()


def _bare(text: str) -> str:
    """Text as written, less dots, a leading "the" and a possessive: the case-sensitive form."""
    t = text.strip().replace(".", "")
    if t.lower().startswith("the "):
        t = t[4:]
    return _POSSESSIVE.sub("", t.translate(_APOSTROPHES)).strip()


def _is_acronym(name: str) -> bool:
    letters = [c for c in _POSSESSIVE.sub("", name.strip()) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# --- indexes ---------------------------------------------------------------------------

T = TypeVar("T")


class _Index(Generic[T]):
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


def _country_label(c: Country) -> str:
    return c.iso3


def _org_label(o: Organization) -> str:
    return f"organisation {o.name!r}"


def _title_label(t: Title) -> str:
    return f"title {t.phrase!r} ({t.role})"


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


@dataclass
class Knowledge:
    countries: dict[str, Country]  # by iso3
    organizations: list[Organization]
    titles: list[Title]
    leaders: list[Leader] = field(default_factory=list)
    honorifics: frozenset[str] = frozenset()  # "mr", "sir": courtesy words before a name
    group_nouns: frozenset[str] = frozenset()  # "officials", "delegation": stand for a state or body
    media_words: frozenset[str] = frozenset()  # "times", "news": mark an outlet's name
    org_stopwords: frozenset[str] = frozenset()  # "state", "ministry": never an organisation alone
    org_words: frozenset[str] = frozenset()  # "university", "institute": make a name a body's
    not_person_words: frozenset[str] = frozenset()  # "cyclone", "operation": no person's name
    not_org_words: frozenset[str] = frozenset()  # "law", "index": an ORG ending so is a thing
    topic_titles: frozenset[str] = frozenset()  # "expert", "analyst": "a Korea expert" is no Korean
    case_sensitive: frozenset[str] = frozenset()  # "US", "Chad": only as written
    groupings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Quad" -> its member states
    family_name_first: frozenset[str] = frozenset()  # ISO3 of states whose leaders are named "Xi Jinping"

    def __post_init__(self) -> None:
        self._names = _Index[Country]("country name", _country_label)
        self._demonyms = _Index[Country]("demonym", _country_label)
        self._capitals = _Index[Country]("capital", _country_label)
        self._metonyms = _Index[Country]("metonym", _country_label)
        for c in self.countries.values():
            for index, names in ((self._names, (c.name, *c.aliases)), (self._demonyms, c.demonyms),
                                 (self._capitals, c.capitals), (self._metonyms, c.metonyms)):
                for name in names:
                    index.add(name, c)
        self._orgs = _Index[Organization]("organisation name", _org_label)
        for o in self.organizations:
            for name in (o.name, *o.aliases):
                self._orgs.add(name, o)
        by_key: dict[str, set[str]] = {}
        for form in self.case_sensitive:
            by_key.setdefault(normalize(form), set()).add(form)
        for index in (self._names, self._demonyms, self._capitals, self._metonyms, self._orgs):
            index.case_sensitive = by_key
        self._titles = _Index[Title]("title", _title_label, key=_title_key)
        self._titles.case_sensitive = by_key
        for t in self.titles:
            self._titles.add(t.phrase, t)
        self._leader_names: dict[str, list[tuple[Leader, bool]]] = {}
        self._leader_surnames: dict[str, list[tuple[Leader, bool]]] = {}
        for leader in sorted(self.leaders, key=lambda x: x.start):
            for name in (leader.name, *leader.aliases):
                self._leader_names.setdefault(normalize(name), []).append((leader, _is_acronym(name)))
                surname = _surname(name)
                if surname:
                    self._leader_surnames.setdefault(normalize(surname), []).append((leader, False))
                if leader.country in self.family_name_first and " " in name:  # "Xi" for "Xi Jinping"
                    self._leader_surnames.setdefault(normalize(name.split()[0]), []).append((leader, False))

    def country(self, text: str) -> Country | None:
        """By name or alias ("Britain", "U.S."), not by demonym, capital or metonym."""
        return self._names.get(text)

    def demonym(self, text: str) -> Country | None:
        return self._demonyms.get(text)

    def capital(self, text: str) -> Country | None:
        return self._capitals.get(text)

    def metonym(self, text: str) -> Country | None:
        return self._metonyms.get(text)

    def country_of(self, text: str) -> Country | None:
        """Name, demonym, capital or metonym, tried in that order."""
        return (self.country(text) or self.demonym(text) or self.capital(text)
                or self.metonym(text))

    def organization(self, text: str) -> Organization | None:
        return self._orgs.get(text)

    def title(self, text: str) -> Title | None:
        """Case- and hyphen-insensitive: "Prime Minister", "prime-minister", "PM", "ministers"."""
        found = self._titles.get(text)
        if found is None and len(text) > 3 and text[-1:].lower() == "s":
            found = self._titles.get(text[:-1])
        return found

    def members(self, organization: str) -> tuple[str, ...]:
        """ISO3 codes of a small fixed grouping's members ("Quad"), else ()."""
        return self.groupings.get(organization, ())

    def is_honorific(self, text: str) -> bool:
        return normalize(text).rstrip(".") in self.honorifics

    def leaders_named(self, name: str, date: str | None = None) -> list[Leader]:
        """Terms of office of the leader called ``name`` (full name, alias or surname alone).

        With a ``date``, only the terms that contain it. A surname alone must point to one
        person (among those in office on ``date``, if given); otherwise nothing is returned,
        since guessing between two Kims is worse than not knowing.
        """
        if date is not None:
            _check_date(date, "date")
        key = normalize(name)
        exact = [ldr for ldr, acronym in self._leader_names.get(key, ())
                 if not acronym or _is_acronym(name)]
        if exact:
            return _dedupe(ldr for ldr in exact if date is None or ldr.in_office(date))
        candidates = _dedupe(ldr for ldr, _ in self._leader_surnames.get(key, ())
                             if date is None or ldr.in_office(date))
        people = {normalize(ldr.name) for ldr in candidates}
        return candidates if len(people) == 1 else []


def _dedupe(leaders) -> list[Leader]:
    return list(dict.fromkeys(leaders))


# --- loading ---------------------------------------------------------------------------


@cache
def load_knowledge(directory: str | Path | None = None) -> Knowledge:
    """All knowledge files of ``directory`` (default ``<repo>/data/knowledge``), read once.

    ``leaders.csv`` is optional; the other three are required. Raises KnowledgeError with
    the file and line of the first problem.
    """
    root = Path(directory) if directory is not None else DEFAULT_DIR
    countries = _read_countries(root / "countries.csv")
    organizations = _read_organizations(root / "organizations.csv", countries)
    titles = _read_titles(root / "titles.csv")
    leaders_path = root / "leaders.csv"
    leaders = _read_leaders(leaders_path, countries) if leaders_path.exists() else []
    words = {name: _read_words(root / f"{name}.txt") for name in
             ("honorifics", "group_nouns", "media_words", "org_stopwords", "org_words", "not_person_words", "not_org_words",
              "topic_titles")}
    case_sensitive = frozenset(_read_lines(root / "case_sensitive.txt"))
    groupings = _read_groupings(root / "groupings.csv", countries, organizations)
    try:
        return Knowledge(countries, organizations, titles, leaders, case_sensitive=case_sensitive,
                         groupings=groupings, family_name_first=frozenset(_read_lines(root / "family_name_first.txt")),
                         **words)
    except KnowledgeError as error:
        raise KnowledgeError(f"{root}: {error}") from None


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    """Rows as (``path:line`` for error messages, {column: stripped cell})."""
    if not path.exists():
        raise KnowledgeError(f"{path}: knowledge file not found")
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != columns:
            raise KnowledgeError(f"{path}: header must be {','.join(columns)}, "
                                 f"found {','.join(reader.fieldnames or ())}")
        rows = []
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row or None in row.values():
                raise KnowledgeError(f"{where}: expected {len(columns)} fields")
            rows.append((where, {k: v.strip() for k, v in row.items()}))
    return rows


def _read_groupings(path: Path, countries: dict[str, Country],
                    organizations: list[Organization]) -> dict[str, tuple[str, ...]]:
    """groupings.csv (optional): organisation name -> member ISO3 codes."""
    if not path.exists():
        return {}
    names = {o.name for o in organizations}
    out = {}
    for row in read_table(path):
        where = f"{path}: {row['name']}"
        if row["name"] not in names:
            raise KnowledgeError(f"{where}: not an organisation in organizations.csv")
        out[row["name"]] = tuple(_country_code(c, countries, where) for c in _split(row["members"], where))
    return out


def read_table(path: Path) -> list[dict[str, str]]:
    """The rows of a small knowledge table: CSV with a header, ``#`` comment lines skipped."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def _read_lines(path: Path) -> list[str]:
    """One entry a line; blank lines and ``#`` comments skipped. A missing file is empty."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")]


def _read_words(path: Path) -> frozenset[str]:
    return frozenset(normalize(w) for w in _read_lines(path))


def _split(cell: str, where: str) -> tuple[str, ...]:
    if not cell:
        return ()
    parts = tuple(p.strip() for p in cell.split("|"))
    if not all(parts):
        raise KnowledgeError(f"{where}: empty item in {cell!r}")
    return parts


def _required(row: dict[str, str], column: str, where: str) -> str:
    if not row[column]:
        raise KnowledgeError(f"{where}: {column} is empty")
    return row[column]


def _read_countries(path: Path) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for where, row in _read_csv(path, COUNTRY_COLUMNS):
        iso3 = _required(row, "iso3", where)
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise KnowledgeError(f"{where}: iso3 must be three capital letters, got {iso3!r}")
        if iso3 in countries:
            raise KnowledgeError(f"{where}: {iso3} listed twice")
        countries[iso3] = Country(iso3, _required(row, "name", where),
                                  *(_split(row[c], where) for c in COUNTRY_COLUMNS[2:]))
    return countries


def _country_code(cell: str, countries: dict[str, Country], where: str) -> str:
    if cell not in countries:
        raise KnowledgeError(f"{where}: unknown country {cell!r} (not in countries.csv)")
    return cell


def _read_organizations(path: Path, countries: dict[str, Country]) -> list[Organization]:
    organizations = []
    for where, row in _read_csv(path, ORGANIZATION_COLUMNS):
        category = row["category"]
        if category not in ORG_CATEGORIES:
            raise KnowledgeError(f"{where}: category must be one of {', '.join(ORG_CATEGORIES)}, "
                                 f"got {category!r}")
        country = _country_code(row["country"], countries, where) if row["country"] else None
        organizations.append(Organization(_required(row, "name", where), _split(row["aliases"], where),
                                          country, category))
    return organizations


def _read_titles(path: Path) -> list[Title]:
    titles = []
    for where, row in _read_csv(path, TITLE_COLUMNS):
        try:
            rank = int(row["rank"])
        except ValueError:
            rank = None
        if rank not in TITLE_RANKS:
            raise KnowledgeError(f"{where}: rank must be 1-4, got {row['rank']!r}")
        titles.append(Title(_required(row, "title", where), _required(row, "role", where), rank))
    return titles


def _check_date(value: str, what: str) -> str:
    try:
        ok = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and Date.fromisoformat(value)
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"{what} must be an ISO date YYYY-MM-DD, got {value!r}")
    return value


def _read_leaders(path: Path, countries: dict[str, Country]) -> list[Leader]:
    leaders = []
    for where, row in _read_csv(path, LEADER_COLUMNS):
        try:
            start = _check_date(row["start"], "start")
            end = _check_date(row["end"], "end") if row["end"] else None
        except ValueError as error:
            raise KnowledgeError(f"{where}: {error}") from None
        if end is not None and end < start:
            raise KnowledgeError(f"{where}: term ends ({end}) before it starts ({start})")
        leaders.append(Leader(_required(row, "name", where), _split(row["aliases"], where),
                              _country_code(row["country"], countries, where) if row["country"] else "",
                              _required(row, "role", where), start, end))
    return leaders
