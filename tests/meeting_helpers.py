"""What the meeting construction suites read off an extraction: (type, status, participants' names)."""
from __future__ import annotations

import pytest

from diplomap.models import MEETING_TYPES


def found(e) -> list[tuple]:
    """Every meeting-class interaction of ``e`` as (type, status, sorted participant names)."""
    names = {a.id: a.name for a in e.actors}
    return [(i.type, i.status, tuple(sorted(names[x] for x in i.actors))) for i in e.interactions
            if i.type in MEETING_TYPES]


def has(e, types: str, status: str | None, *who: str) -> bool:
    """A meeting of one of the "|"-separated ``types`` (and ``status``, unless None) among exactly ``who``."""
    want = tuple(sorted(who))
    return any(t in types.split("|") and (status is None or s == status) and w == want for t, s, w in found(e))


def linked(e, a: str, b: str) -> bool:
    return any(a in w and b in w for _, _, w in found(e))


def assert_meetings(e, name: str, want, never=()) -> None:
    """Each (types, status, names) of ``want`` is a meeting of ``e``; no pair of ``never`` is linked."""
    for types, status, who in want:
        assert has(e, types, status, *who), (name, found(e))
    for a, b in never:
        assert not linked(e, a, b), (name, found(e))


def meets(got: list[tuple], types: str, status: str | None, who) -> bool:
    """A meeting of ``got`` (``found``) of one of the "|"-separated ``types`` (and ``status``, unless None)
    among at least ``who``."""
    return any(t in types.split("|") and (status is None or s == status) and set(who) <= set(w) for t, s, w in got)


def case_params(cases) -> list:
    """Suite cases (class, text, expected, xfail reason or None) as pytest params, strict xfails marked."""
    return [pytest.param(*c[:3], id=f"{c[0]}-{c[1][:40]}",
                         marks=[pytest.mark.xfail(strict=True, reason=c[3])] if c[3] else []) for c in cases]
