"""Dates named in a sentence ("on Monday", "last week", "Feb. 18"), resolved
against the article's own date with dateparser."""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache

import dateparser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
VAGUE = {"today", "now", "recently", "soon", "currently", "nearly", "year", "years", "week", "weeks", "month"}


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
