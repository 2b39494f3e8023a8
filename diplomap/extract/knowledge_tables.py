"""The core knowledge files' records (countries, organisations, titles, leaders) and their
validating readers, checked row by row; ``knowledge_links`` reads the optional tables and the
whole folder, ``knowledge`` does the lookups."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "knowledge"
ORG_CATEGORIES = ("igo", "alliance", "forum", "ngo", "armed_group", "party", "government", "ministry", "military", "legislature", "media",
                  "region")
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


@lru_cache(maxsize=1 << 16)  # the same names and phrases are looked up again and again
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


@lru_cache(maxsize=1 << 16)  # every title lookup keys its text: the same few hundred phrases
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


# --- readers ---------------------------------------------------------------------------


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
    """Each entry normalized and as written in lower case ("communiqué": a token's lower form keeps accents)."""
    return frozenset(form for w in _read_lines(path) for form in (normalize(w), w.casefold()))


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


def read_countries(root: Path) -> dict[str, Country]:
    """``root/countries.csv`` on its own (see ``knowledge_parts.load_countries``)."""
    return _read_countries(root / "countries.csv")


def read_titles(root: Path) -> list[Title]:
    """``root/titles.csv`` on its own (see ``knowledge_parts.load_titles``)."""
    return _read_titles(root / "titles.csv")


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


