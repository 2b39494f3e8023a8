"""A bare surname two leaders in office bear ("Baker" in 1987: the Treasury secretary and the
White House chief of staff): the one whose office the story names by one of its titles
("Treasury Secretary", "chief of staff"; titles.csv) when the other's is not named."""
from __future__ import annotations

import re

from .knowledge import Knowledge


def namesake_by_office(surname: str, text: str, date: str | None, kb: Knowledge) -> str | None:
    """The full name of the one namesake in office whose role a title in ``text`` names."""
    if not date or " " in surname:
        return None
    leaders = [lead for lead in kb.leaders_by_last_word(surname) if lead.in_office(date)]
    if len({lead.name for lead in leaders}) < 2:
        return None
    lower = text.lower()
    named = {lead.name for lead in leaders
             if any(re.search(rf"\b{re.escape(t.phrase)}\b", lower) for t in kb.titles if t.role == lead.role)}
    return named.pop() if len(named) == 1 else None
