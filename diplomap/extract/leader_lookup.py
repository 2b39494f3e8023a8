"""The one leader a person's name points to on a story's date, styled names first.

A monarch is named by style and given name ("King Hussein"), and the given name alone may be
another office holder's surname ("Saddam Hussein"): the bare name is then ambiguous and finds
no one, but the style and the name together are the file's alias and decide.
"""
from __future__ import annotations

from .knowledge import Knowledge, Leader


def named_leader(name: str, date: str | None, kb: Knowledge, style: str | None = None) -> Leader | None:
    """The one leader called ``name`` (or ``style`` + ``name``, "King Hussein") in office on
    ``date``, else a former leader with one name whose latest term began before ``date`` (a
    later term says nothing of 1987)."""
    if style and date:
        styled = kb.leaders_named(f"{style} {name}", date)
        if len({lead.name for lead in styled}) == 1:
            return styled[0]
    leaders = kb.leaders_named(name, date)
    if len({lead.name for lead in leaders}) == 1:
        return leaders[0]
    former = [lead for lead in kb.leaders_named(name) if lead.country and (not date or lead.start <= date)]
    if len({lead.name for lead in former}) == 1:  # the latest term, if more than one state's
        return max(former, key=lambda lead: lead.start)
    return None
