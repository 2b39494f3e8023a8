"""The knowledge files' records and their validating readers: one CSV or word list
of ``data/knowledge/`` each, checked row by row (see ``knowledge`` for the lookups)."""
from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date as Date
from functools import lru_cache
from pathlib import Path

from .knowledge_descriptions import described_aliases

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "knowledge"
ORG_CATEGORIES = ("igo", "alliance", "forum", "ngo", "armed_group", "party", "government", "ministry", "military", "legislature", "media")
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

WORD_LISTS = ("honorifics", "group_nouns", "media_words", "org_stopwords", "org_words", "not_person_words",
              "not_org_words", "topic_titles", "person_nouns", "state_organs", "name_prefixes", "outlet_nouns",
              "member_nouns", "outsider_words", "title_prefixes", "document_nouns", "party_members",
              "body_nouns", "act_nouns", "place_nouns", "civic_roles", "royal_styles", "roving_body_words",
              "gloss_verbs", "associate_nouns", "origin_verbs", "leading_verbs",
              "alias_verbs", "service_verbs", "membership_verbs", "retinue_nouns",
              "title_abbreviations", "feminine_names", "masculine_names", "voice_ranks", "remark_nouns", "rebuttal_verbs", "elder_kin_nouns")


def read_knowledge_files(root: Path) -> dict:
    """Every file of ``root`` as the keyword arguments of ``Knowledge``. ``leaders.csv``
    and the word lists are optional; countries, organisations and titles are required."""
    countries = _read_countries(root / "countries.csv")
    organizations = _with_descriptions(_read_organizations(root / "organizations.csv", countries),
                                       root / "body_descriptions.csv")
    leaders_path = root / "leaders.csv"
    titles = _read_titles(root / "titles.csv")
    return dict(
        countries=countries, organizations=organizations, titles=titles,
        leaders=_read_leaders(leaders_path, countries) if leaders_path.exists() else [],
        case_sensitive=frozenset(_read_lines(root / "case_sensitive.txt")),
        groupings=_read_groupings(root / "groupings.csv", countries, organizations),
        body_adjectives=_read_body_adjectives(root / "body_adjectives.csv", organizations),
        family_name_first=frozenset(_read_lines(root / "family_name_first.txt")),
        former_states=_read_former_states(root / "former_states.csv", countries),
        national_titles=_read_keyed_states(root / "national_titles.csv", countries, "title", _title_key),
        venues=_read_keyed_states(root / "venues.csv", countries, "place", normalize),
        title_sharers=_read_title_sharers(root / "national_titles.csv", countries),
        party_labels=_read_party_labels(root / "party_labels.csv", countries, titles),
        unused_titles=_read_unused_titles(root / "unused_titles.csv", countries, titles),
        given_names=_read_name_groups(root / "given_name_variants.txt"),
        world_regions=_read_world_regions(root / "world_regions.txt", countries),
        **{name: _read_words(root / f"{name}.txt") for name in WORD_LISTS})


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


def _with_descriptions(organizations: list[Organization], path: Path) -> list[Organization]:
    """The bodies with the phrases ``body_descriptions.csv`` describes them by added to their aliases."""
    names = {o.name for o in organizations}
    extra: dict[str, list[str]] = {}
    for where, name, alias in described_aliases(path):
        if name not in names:
            raise KnowledgeError(f"{where}: {name}: not an organisation in organizations.csv")
        extra.setdefault(name, []).append(alias)
    return [replace(o, aliases=o.aliases + tuple(extra.get(o.name, ()))) for o in organizations]


def _read_body_adjectives(path: Path, organizations: list[Organization]) -> dict[str, str]:
    """body_adjectives.csv (optional): an adjective ("Congressional") -> the organisation it names."""
    if not path.exists():
        return {}
    names = {o.name for o in organizations}
    out = {}
    for row in read_table(path):
        if row["organization"] not in names:
            raise KnowledgeError(f"{path}: {row['adjective']}: not an organisation in organizations.csv")
        out[row["adjective"].strip()] = row["organization"]
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


def _read_world_regions(path: Path, countries: dict) -> tuple[str, ...]:
    """Region names as written ("Latin America"); one that is a state's name or alias is an error."""
    regions = tuple(_read_lines(path)) if path.exists() else ()
    states = {normalize(n) for c in countries.values() for n in (c.name, *c.aliases)}
    states |= {n[4:] for n in states if n.startswith("the ")}
    for region in regions:
        if normalize(region) in states:
            raise KnowledgeError(f"{path}: {region!r} is a state's name in countries.csv, not a region")
    return regions


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
    """``root/countries.csv`` on its own (see ``knowledge.load_countries``)."""
    return _read_countries(root / "countries.csv")


def read_titles(root: Path) -> list[Title]:
    """``root/titles.csv`` on its own (see ``knowledge.load_titles``)."""
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


def _read_former_states(path: Path, countries: dict[str, Country]) -> dict[str, tuple[str, str]]:
    """former_states.csv (optional): successor ISO3 -> (former ISO3, the day it ceased)."""
    if not path.exists():
        return {}
    out = {}
    for row in read_table(path):
        where = f"{path}: {row['iso3']}"
        try:
            until = _check_date(row["until"], "until")
        except ValueError as error:
            raise KnowledgeError(f"{where}: {error}") from None
        out[_country_code(row["successor"], countries, where)] = (_country_code(row["iso3"], countries, where), until)
    return out


def _read_keyed_states(path: Path, countries: dict[str, Country], column: str, key: Callable[[str], str]) -> dict[str, str]:
    """national_titles.csv, venues.csv (optional): a title's or a place's key -> the ISO3 of its one state."""
    if not path.exists():
        return {}
    return {key(row[column]): _country_code(row["country"], countries, f"{path}: {row[column]}")
            for row in read_table(path)}


def _read_title_sharers(path: Path, countries: dict[str, Country]) -> dict[str, frozenset[str]]:
    """national_titles.csv's optional ``also`` column: title key -> other states bearing it."""
    if not path.exists():
        return {}
    return {_title_key(row["title"]): frozenset(_country_code(c, countries, f"{path}: {row['title']}")
                                                for c in _split(row.get("also") or "", str(path)))
            for row in read_table(path) if row.get("also")}


def _read_party_labels(path: Path, countries: dict[str, Country],
                       titles: list[Title]) -> dict[str, tuple[str, frozenset[str]]]:
    """party_labels.csv (optional): a party label as written -> the state of its legislators
    and the roles (lower case) it confirms."""
    if not path.exists():
        return {}
    known = {t.role.lower() for t in titles}
    out = {}
    for row in read_table(path):
        where = f"{path}: {row['label']}"
        roles = frozenset(r.lower() for r in _split(row["roles"], where))
        if not roles or not roles <= known:
            raise KnowledgeError(f"{where}: roles not in titles.csv")
        out[row["label"]] = (_country_code(row["country"], countries, where), roles)
    return out


def _read_unused_titles(path: Path, countries: dict[str, Country], titles: list[Title]) -> dict[str, frozenset[str]]:
    """unused_titles.csv (optional): ISO3 -> the roles (lower case) its officials never bear."""
    if not path.exists():
        return {}
    roles = {t.role.lower() for t in titles}
    out: dict[str, set[str]] = {}
    for row in read_table(path):
        where = f"{path}: {row['country']},{row['role']}"
        if row["role"].lower() not in roles:
            raise KnowledgeError(f"{where}: role not in titles.csv")
        out.setdefault(_country_code(row["country"], countries, where), set()).add(row["role"].lower())
    return {iso3: frozenset(r) for iso3, r in out.items()}


def _read_name_groups(path: Path) -> dict[str, frozenset[int]]:
    """given_name_variants.txt (optional): each spelling -> the numbers of the groups it is in."""
    out: dict[str, set[int]] = {}
    for n, line in enumerate(_read_lines(path)):
        for name in _split(line, f"{path}: {line}"):
            out.setdefault(normalize(name), set()).add(n)
    return {name: frozenset(groups) for name, groups in out.items()}
