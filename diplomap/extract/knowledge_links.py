"""The whole ``data/knowledge/`` folder read into ``Knowledge``'s arguments, with the optional
tables that tie a name to the core records (groupings, venues, former states, party labels …),
each checked against the countries, organisations and titles it names."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .knowledge_descriptions import described_aliases
from .knowledge_tables import (
    Country,
    KnowledgeError,
    Organization,
    Title,
    _check_date,
    _country_code,
    _read_countries,
    _read_leaders,
    _read_lines,
    _read_organizations,
    _read_titles,
    _read_words,
    _split,
    _title_key,
    normalize,
    read_table,
)

WORD_LISTS = ("honorifics", "group_nouns", "media_words", "org_stopwords", "org_words", "not_person_words",
              "not_org_words", "topic_titles", "person_nouns", "state_organs", "name_prefixes", "outlet_nouns",
              "member_nouns", "outsider_words", "title_prefixes", "document_nouns", "party_members",
              "body_nouns", "act_nouns", "place_nouns", "civic_roles", "royal_styles", "roving_body_words",
              "gloss_verbs", "associate_nouns", "origin_verbs", "leading_verbs",
              "alias_verbs", "service_verbs", "membership_verbs", "retinue_nouns",
              "title_abbreviations", "feminine_names", "masculine_names", "voice_ranks", "remark_nouns", "rebuttal_verbs", "elder_kin_nouns",
              "branch_nouns", "patronymic_endings")


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
        family_name_first=_read_states(root / "family_name_first.txt", countries),
        given_name_first=_read_states(root / "given_name_first.txt", countries),
        former_states=_read_former_states(root / "former_states.csv", countries),
        national_titles=_read_keyed_states(root / "national_titles.csv", countries, "title", _title_key),
        venues=_read_keyed_states(root / "venues.csv", countries, "place", normalize),
        title_sharers=_read_title_sharers(root / "national_titles.csv", countries),
        party_labels=_read_party_labels(root / "party_labels.csv", countries, titles),
        unused_titles=_read_unused_titles(root / "unused_titles.csv", countries, titles),
        given_names=_read_name_groups(root / "given_name_variants.txt"),
        world_regions=_read_world_regions(root / "world_regions.txt", countries),
        **{name: _read_words(root / f"{name}.txt") for name in WORD_LISTS})


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


def _read_world_regions(path: Path, countries: dict) -> tuple[str, ...]:
    """Region names as written ("Latin America"); one that is a state's name or alias is an error."""
    regions = tuple(_read_lines(path)) if path.exists() else ()
    states = {normalize(n) for c in countries.values() for n in (c.name, *c.aliases)}
    states |= {n[4:] for n in states if n.startswith("the ")}
    for region in regions:
        if normalize(region) in states:
            raise KnowledgeError(f"{path}: {region!r} is a state's name in countries.csv, not a region")
    return regions


def _read_states(path: Path, countries: dict[str, Country]) -> frozenset[str]:
    """A list of ISO3 codes, one a line, each a state of countries.csv (a typo would silently match nothing)."""
    return frozenset(_country_code(code, countries, str(path)) for code in _read_lines(path))


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
