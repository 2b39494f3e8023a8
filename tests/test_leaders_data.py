"""Checks on data/knowledge/leaders.csv: shape, codes, dates, no double holders, known facts.

Pure csv + pycountry, no NLP: the file is hand-maintained, so these tests are what
catches a typo'd date, an overlapping term or a country code that does not exist.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import cache
from itertools import combinations
from pathlib import Path

import pycountry
import pytest

LEADERS = Path(__file__).resolve().parents[1] / "data" / "knowledge" / "leaders.csv"
COLUMNS = ["name", "aliases", "country", "role", "start", "end"]

ORG_ROLES = {"NATO Secretary General", "UN Secretary-General", "European Commission President",
             "European Council President", "EU High Representative"}
STATE_ROLES = {"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Crown Prince",
               "Supreme Leader", "Sultan", "Foreign Minister", "Secretary of State", "Foreign Secretary",
               "Vice President", "Defense Minister"}
ROLE_COUNTRIES = {
    "Secretary of State": {"USA"},
    "Vice President": {"USA"},
    "Foreign Secretary": {"GBR"},
    "Defense Minister": {"USA", "GBR", "FRA", "DEU", "ITA", "JPN", "CAN", "RUS", "UKR", "CHN", "ISR"},
}
# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU, IMF and World Bank use
# (and data/knowledge/countries.csv too).
EXTRA_CODES = {"XKX"}
# Roles held by one person at a time; a new term may start a few days before the old one is
# formally over, hence the 31-day tolerance.
MAX_OVERLAP_DAYS = 31
# Real exceptions to "one holder at a time", each explained:
OVERLAP_ALLOWED = {
    # Temer was acting president while Rousseff was suspended during her impeachment trial.
    ("BRA", "President", frozenset({"Dilma Rousseff", "Michel Temer"})),
}
# Bosnia and Herzegovina is headed by a three-member Presidency; each member is a "President".
COLLECTIVE = {("BIH", "President")}
HEADS = {"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Supreme Leader"}
FOREIGN = {"Foreign Minister", "Secretary of State", "Foreign Secretary"}
# Countries the file must cover (the brief's scope); each needs a head and a foreign minister.
SCOPE = """
ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA
AUT BEL BGR HRV CYP CZE DNK EST FIN GRC HUN IRL LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE
NOR CHE ISL ALB BIH MNE MKD SRB XKX MDA BLR UKR GEO ARM AZE
ISR PSE IRN IRQ SYR LBN JOR EGY ARE QAT KWT BHR OMN YEM
PAK AFG PRK TWN PHL NZL
""".split()
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def rows() -> tuple[dict, ...]:
    with LEADERS.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def span(row: dict) -> tuple[date, date]:
    end = date.fromisoformat(row["end"]) if row["end"] else date.max
    return date.fromisoformat(row["start"]), end


def holders(country: str, role: str, on: str) -> list[str]:
    day = date.fromisoformat(on)
    return [r["name"] for r in rows() if r["country"] == country and r["role"] == role
            and span(r)[0] <= day <= span(r)[1]]


def test_header_and_columns():
    with LEADERS.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        assert next(reader) == COLUMNS
        bad = [(n, line) for n, line in enumerate(reader, 2) if len(line) != len(COLUMNS)]
    assert not bad
    assert len(rows()) > 1000


def test_names_and_roles_are_filled_and_known():
    for r in rows():
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["role"] in STATE_ROLES | ORG_ROLES, r


def test_country_codes_are_iso_alpha3_or_empty_for_organisations():
    for r in rows():
        if r["role"] in ORG_ROLES:
            assert r["country"] == "", r
        else:
            code = r["country"]
            assert code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None, r


def test_usa_and_uk_only_roles():
    for r in rows():
        allowed = ROLE_COUNTRIES.get(r["role"])
        assert allowed is None or r["country"] in allowed, r


def test_dates_parse_and_start_not_after_end():
    for r in rows():
        assert ISO_DAY.fullmatch(r["start"]), r
        assert r["end"] == "" or ISO_DAY.fullmatch(r["end"]), r
        start, end = span(r)
        assert start <= end, r
        assert start <= date(2026, 12, 31), r
        assert end >= date(2000, 1, 1), r  # scope: holders in office from 2000 on


def test_aliases_are_other_spellings_not_bare_surnames():
    for r in rows():
        aliases = r["aliases"].split("|") if r["aliases"] else []
        assert all(a.strip() == a and a for a in aliases), r
        assert len(set(aliases)) == len(aliases), r
        assert r["name"] not in aliases, r
        assert r["name"].split()[-1] not in aliases, r


def test_same_person_has_same_aliases_in_every_row():
    by_name = defaultdict(set)
    for r in rows():
        by_name[r["name"], r["country"]].add(r["aliases"])
    assert not {k: v for k, v in by_name.items() if len(v) > 1}


def test_no_duplicate_rows():
    keys = [(r["name"], r["country"], r["role"], r["start"]) for r in rows()]
    assert len(keys) == len(set(keys))


def test_single_holder_roles_do_not_overlap():
    groups = defaultdict(list)
    for r in rows():
        groups[r["country"], r["role"]].append(r)
    problems = []
    for (country, role), group in groups.items():
        if (country, role) in COLLECTIVE:
            continue
        for a, b in combinations(group, 2):
            (s1, e1), (s2, e2) = span(a), span(b)
            overlap = (min(e1, e2) - max(s1, s2)).days
            if overlap > MAX_OVERLAP_DAYS and (country, role, frozenset({a["name"], b["name"]})) not in OVERLAP_ALLOWED:
                problems.append((country, role, a["name"], a["start"], b["name"], b["start"], overlap))
    assert not problems


def test_allow_list_entries_are_still_needed():
    for country, role, names in OVERLAP_ALLOWED:
        assert {r["name"] for r in rows() if (r["country"], r["role"]) == (country, role)} >= names


def test_every_country_in_scope_has_a_head_and_a_foreign_minister_in_2025():
    on = "2025-09-01"
    missing = [c for c in SCOPE
               if not any(holders(c, role, on) for role in HEADS)
               or not any(holders(c, role, on) for role in FOREIGN)]
    assert not missing


@pytest.mark.parametrize(("country", "role", "on", "name"), [
    ("GBR", "Prime Minister", "2025-02-16", "Keir Starmer"),
    ("GBR", "Prime Minister", "2022-10-01", "Liz Truss"),
    ("DEU", "Chancellor", "2025-02-16", "Olaf Scholz"),
    ("DEU", "Chancellor", "2025-06-01", "Friedrich Merz"),
    ("FRA", "President", "2025-02-16", "Emmanuel Macron"),
    ("FRA", "President", "2010-01-01", "Nicolas Sarkozy"),
    ("", "NATO Secretary General", "2025-02-16", "Mark Rutte"),
    ("", "NATO Secretary General", "2020-01-01", "Jens Stoltenberg"),
    ("JPN", "Prime Minister", "2021-04-16", "Yoshihide Suga"),
    ("JPN", "Prime Minister", "2025-11-01", "Sanae Takaichi"),
    ("USA", "President", "2021-04-16", "Joe Biden"),
    ("USA", "President", "2025-02-16", "Donald Trump"),
    ("USA", "Secretary of State", "2021-04-16", "Antony Blinken"),
    ("POL", "Prime Minister", "2024-01-01", "Donald Tusk"),
    ("RUS", "Foreign Minister", "2022-03-01", "Sergei Lavrov"),
    ("UKR", "President", "2022-03-01", "Volodymyr Zelenskyy"),
    ("SAU", "Crown Prince", "2022-03-01", "Mohammed bin Salman"),
    ("", "UN Secretary-General", "2012-01-01", "Ban Ki-moon"),
])
def test_known_office_holders(country, role, on, name):
    assert holders(country, role, on) == [name]


def test_well_known_aliases():
    aliases = {r["name"]: r["aliases"].split("|") for r in rows()}
    assert "Zelensky" in aliases["Volodymyr Zelenskyy"]
    assert "Erdoğan" in aliases["Recep Tayyip Erdogan"]
    assert "MBS" in aliases["Mohammed bin Salman"]
    assert "Lula" in aliases["Luiz Inácio Lula da Silva"]
    # a plain-ASCII spelling for names written with diacritics
    assert "Jonas Gahr Store" in aliases["Jonas Gahr Støre"]
