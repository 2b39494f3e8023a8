"""Which state lacks a head of state, a head of government or a foreign minister in a year.

    python tools/leader_gaps.py [--from 1980] [--to 2000] [--day 07-01] [--only heads|fm]

For every state of ``countries.csv`` and every year, looks up ``leaders.csv`` on one day of
the year and prints the offices nobody held on it. A presidential state's president counts as
both head of state and head of government, so the list of missing heads of government is of
parliamentary states only in spirit; read it with that in mind. Gaps that are known and
documented (LEADERS.md, "Not in the file") still show: this is a to-do list, not a test.
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "data" / "knowledge"
STATE = {"President", "King", "Queen", "Emperor", "Emir", "Sultan", "Supreme Leader", "Head of State",
         "Head of State or Government", "Governor-General"}
GOVERNMENT = {"Prime Minister", "Chancellor", "Head of Government", "Head of State or Government",
              "President", "Supreme Leader"}
FOREIGN = {"Foreign Minister", "Secretary of State", "Foreign Secretary"}


def holders(rows: list[dict[str, str]], iso3: str, day: str, roles: set[str]) -> list[str]:
    return [r["name"] for r in rows if r["country"] == iso3 and r["role"] in roles
            and r["start"] <= day and (not r["end"] or day <= r["end"])]


def gaps(first: int, last: int, month_day: str, only: str | None) -> list[tuple[str, str, list[int]]]:
    """(iso3, office, years with nobody in it), for each state and office with a gap."""
    rows = list(csv.DictReader((ROOT / "leaders.csv").open(encoding="utf-8")))
    states = [r["iso3"] for r in csv.DictReader((ROOT / "countries.csv").open(encoding="utf-8"))]
    offices = {"head of state": STATE, "head of government": GOVERNMENT, "foreign minister": FOREIGN}
    if only == "heads":
        offices.pop("foreign minister")
    elif only == "fm":
        offices = {"foreign minister": FOREIGN}
    out = []
    for iso3 in states:
        for office, roles in offices.items():
            missing = [y for y in range(first, last + 1)
                       if not holders(rows, iso3, f"{y}-{month_day}", roles)]
            if missing:
                out.append((iso3, office, missing))
    return out


def spans(years: list[int]) -> str:
    """[1980, 1981, 1982, 1990] -> "1980-1982, 1990"."""
    parts, start = [], None
    for i, y in enumerate(years):
        start = y if start is None else start
        if i + 1 == len(years) or years[i + 1] != y + 1:
            parts.append(str(y) if y == start else f"{start}-{y}")
            start = None
    return ", ".join(parts)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--from", dest="first", type=int, default=1980)
    p.add_argument("--to", dest="last", type=int, default=2000)
    p.add_argument("--day", default="07-01", help="month-day looked up in each year")
    p.add_argument("--only", choices=("heads", "fm"))
    a = p.parse_args()
    found = gaps(a.first, a.last, a.day, a.only)
    for iso3, office, years in found:
        print(f"{iso3}\t{office}\t{spans(years)}")
    print(f"# {len(found)} gaps")


if __name__ == "__main__":
    main()
