"""The one leader a person's name points to on a story's date, styled names first.

A monarch is named by style and given name ("King Hussein"), and the given name alone may be
another office holder's surname ("Saddam Hussein"): the bare name is then ambiguous and finds
no one, but the style and the name together are the file's alias and decide.
"""
from __future__ import annotations

from spacy.tokens import Span

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


def placed_elsewhere(word: str, leader: str, singles: list[Span], date: str | None, kb: Knowledge) -> bool:
    """A one-word name whose own words place it in another state than the leader it matches: a
    demonym before its title ("Moroccan King Hassan") or "of <state>" after it ("King Hassan of Morocco")."""
    home = {lead.country for lead in kb.leaders_named(leader, date) if lead.name == leader}
    for span in (s for s in singles if s.text == word):
        doc, i = span.doc, span.start - 1
        while i >= 0 and (kb.title(doc[i].text) is not None or kb.is_honorific(doc[i].text)):
            i -= 1
        stated = [kb.demonym(doc[i].text)] if 0 <= i < span.start - 1 else []
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            stated.append(kb.country(doc[span.end + 1].text))
        if any(c is not None and c.iso3 not in home for c in stated):
            return True
    return False
