"""Stable colours for interaction types, and readable country names, shared by the graph and
the tables (nodes are coloured by region or community: ``regions``)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import pycountry

from ..extract.knowledge_parts import load_countries
from ..models import MEETING_TYPES

NO_TYPE = "#b0b0b0"  # an edge whose interactions carry no type

# Legend group of an edge -> (colour, label). Every non-meeting type is a "statement".
EDGE_GROUPS = {
    "meet": ("#4c72b0", "meeting"),
    "call": ("#55a868", "call"),
    "negotiate": ("#dd8452", "negotiation"),
    "visit": ("#8172b3", "visit"),
    "statement": ("#c44e52", "statement"),
}

# Ties in an edge's type counts go to the first type here: the most concrete contact wins.
_TYPE_PRECEDENCE = ("meet", "visit", "negotiate", "call", "statement")


def country_label(code: str | None) -> str:
    """A readable name for a country code, the code itself when it is not a known country."""
    if not code:
        return "No country"
    known = load_countries().get(code)  # the short names news use: "Russia", not "Russian Federation"
    if known is not None:
        return known.name
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def edge_group(interaction_type: str) -> str:
    """The legend group of an interaction type: a meeting type, or ``statement`` for the rest."""
    return interaction_type if interaction_type in MEETING_TYPES else "statement"


def edge_color(group: str | None) -> str:
    """The colour of a legend group (see ``edge_group``), grey for ``None``."""
    return EDGE_GROUPS[group][0] if group else NO_TYPE


def dominant_type(types: Iterable[str]) -> str | None:
    """The most frequent legend group among ``types``; ties go to the most concrete contact."""
    return dominant_group(Counter(types))


def dominant_group(type_counts: Mapping[str | None, int]) -> str | None:
    """``dominant_type`` of types already counted (an edge of 100,000 articles has thousands)."""
    counts: Counter = Counter()
    for interaction_type, n in type_counts.items():
        if interaction_type:
            counts[edge_group(interaction_type)] += n
    if not counts:
        return None
    return max(counts, key=lambda g: (counts[g], -_TYPE_PRECEDENCE.index(g)))
