"""Which state lacks a head of state, a head of government or a foreign minister in a year.

    python tools/leader_gaps.py [--from 1980] [--to 2000] [--day 07-01] [--only heads|fm]

For every state of ``countries.csv`` and every year, looks up ``leaders.csv`` on one day of
the year and prints the offices nobody held on it. A presidential state's president counts as
both head of state and head of government, so the list of missing heads of government is of
parliamentary states only in spirit; read it with that in mind. Gaps that are known and
documented (LEADERS.md, "Not in the file") still show: this is a to-do list, not a test.

A state that no longer exists is read as the pipeline reads it (``former_states.csv``): before
its end, rows of its successor's code count for it ("RUS" in 1987 is the Soviet Union), and
neither the successor before that day nor the former state after it is listed as a gap.
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
# East Germany has no successor code (former_states.csv): only its end is needed here.
ENDED = {"DDR": "1990-10-03"}


def former_states() -> dict[str, tuple[str, str]]:
    """successor ISO3 -> (former ISO3, the day the former state ceased), as the pipeline reads it."""
    lines = [line for line in (ROOT / "former_states.csv").open(encoding="utf-8") if not line.startswith("#")]
    return {r["successor"]: (r["iso3"], r["until"]) for r in csv.DictReader(lines)}


def state_on(iso3: str, day: str, former: dict[str, tuple[str, str]]) -> str:
    """The state a row's code stood for on ``day``: "RUS" before 1991-12-26 is "SUN"."""
    old = former.get(iso3)
    return old[0] if old and day < old[1] else iso3


def existed(iso3: str, day: str, former: dict[str, tuple[str, str]]) -> bool:
    """False for a successor before its former state's end and a former state after it."""
    ends = {old: until for old, until in former.values()} | ENDED
    if iso3 in ends:
        return day < ends[iso3]
    return not (iso3 in former and day < former[iso3][1])


def holders(rows: list[dict[str, str]], iso3: str, day: str, roles: set[str],
            former: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """Names of the rows of ``roles`` that held office for ``iso3`` on ``day``."""
    former = former or {}
    return [r["name"] for r in rows if r["role"] in roles and state_on(r["country"], day, former) == iso3
            and r["start"] <= day and (not r["end"] or day <= r["end"])]


def gaps(first: int, last: int, month_day: str, only: str | None) -> list[tuple[str, str, list[int]]]:
    """(iso3, office, years with nobody in it), for each state and office with a gap."""
    rows = list(csv.DictReader((ROOT / "leaders.csv").open(encoding="utf-8")))
    states = [r["iso3"] for r in csv.DictReader((ROOT / "countries.csv").open(encoding="utf-8"))]
    former = former_states()
    offices = {"head of state": STATE, "head of government": GOVERNMENT, "foreign minister": FOREIGN}
    if only == "heads":
        offices.pop("foreign minister")
    elif only == "fm":
        offices = {"foreign minister": FOREIGN}
    out = []
    for iso3 in states:
        for office, roles in offices.items():
            days = [(y, f"{y}-{month_day}") for y in range(first, last + 1)]
            missing = [y for y, day in days
                       if existed(iso3, day, former) and not holders(rows, iso3, day, roles, former)]
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
