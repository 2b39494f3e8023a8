"""Dates named in a sentence ("on Monday", "last week", "Feb. 18"), resolved
against the article's own date with dateparser."""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

import dateparser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
VAGUE = {"today", "now", "recently", "soon", "currently", "nearly", "year", "years", "week", "weeks", "month"}


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "April 29-May 2", "April 16-27", "Feb. 18 to 20": a stretch of days, dated by its first
RANGE = re.compile(r"^\s*(?:the\s+)?([A-Za-z]+\.?\s+\d{1,2})\s*(?:-|to|through)\s*(?:[A-Za-z]+\.?\s+)?\d{1,2}\s*$")


def _range_start(text: str) -> str:
    match = RANGE.match(text)
    return match.group(1) if match and match.group(1)[:3].lower() in MONTHS else text


def _month_day(text: str) -> bool:
    """A day of a named month with no year ("April 29", "Feb. 18", "on March 3")."""
    words = text.lower().replace(".", " ").replace(",", " ").split()
    return any(w[:3] in MONTHS and len(w) >= 3 for w in words) and any(
        w.isdigit() and len(w) <= 2 for w in words) and not any(w.isdigit() and len(w) == 4 for w in words)


def _nearest(text: str, article_date: str) -> str | None:
    """A yearless day of a month is the one nearest the story: a wire writes the year of a day months away."""
    try:
        base = datetime.fromisoformat(article_date)
    except ValueError:
        return None
    found = [dateparser.parse(text.replace("Feb.", "Feb").replace("Sept.", "Sep"), languages=["en"], settings={
        "PREFER_DATES_FROM": side, "RETURN_AS_TIMEZONE_AWARE": False, "RELATIVE_BASE": base}) for side in
        ("past", "future")]
    days = [d for d in found if d is not None]
    return min(days, key=lambda d: abs((d - base).days)).date().isoformat() if days else None


@lru_cache(maxsize=4096)
def resolve_date(text: str, article_date: str | None, future: bool = False) -> str | None:
    """ISO date for a date expression, or None when it is vague ("three-year", "soon")."""
    words = text.lower().replace("-", " ").split()
    if not words or all(w in VAGUE or w.isdigit() and len(w) < 4 for w in words) or "year" in text.lower() \
            and not any(ch.isdigit() and len(w) == 4 for w in words for ch in w):
        return None
    if article_date and text.strip().lower().removeprefix("on ").strip() in WEEKDAYS:
        try:  # "on Monday" in a Monday story is that day, not a week before
            base = datetime.fromisoformat(article_date)
        except ValueError:
            base = None
        if base is not None and WEEKDAYS.index(text.strip().lower().removeprefix("on ").strip()) == base.weekday():
            return base.date().isoformat()
    text = _range_start(text)
    if article_date and _month_day(text):  # "April 29" in an April 24 story is this week's, not last year's
        return _nearest(text, article_date)
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False,
                # "in 2023", "in February": the first day, not today's day of a past month
                "PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first"}
    if article_date:
        try:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(article_date)
        except ValueError:
            pass
    parsed = dateparser.parse(text.replace("Feb.", "Feb").replace("Sept.", "Sep"), languages=["en"],
                              settings=settings)
    return parsed.date().isoformat() if parsed else None
