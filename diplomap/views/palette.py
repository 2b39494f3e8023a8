"""Stable colours for countries and interaction types, shared by the graph and the tables.

A colour must not change between renders or sessions, so the fallback for countries
without a fixed colour is derived from a hash of the code (``hashlib``, not ``hash()``,
which is salted per process).
"""
from __future__ import annotations

import colorsys
import hashlib
from collections import Counter
from collections.abc import Iterable

import pycountry

from ..extract.knowledge import load_knowledge
from ..models import MEETING_TYPES

NO_COUNTRY = "#9e9e9e"  # organisations such as NATO or the UN, and unknown countries
NO_TYPE = "#b0b0b0"  # an edge whose interactions carry no type

# The states that dominate diplomatic news get distinct, hand-picked colours; hash-derived
# colours for the rest are softer and may resemble each other.
COUNTRY_COLORS = {
    "USA": "#1f77b4",
    "RUS": "#d62728",
    "CHN": "#e6a700",
    "GBR": "#6a3d9a",
    "FRA": "#17becf",
    "DEU": "#2f2f2f",
    "UKR": "#2ca02c",
    "JPN": "#e377c2",
    "IND": "#ff7f0e",
    "ISR": "#0b3d91",
    "IRN": "#8c564b",
    "TUR": "#b22222",
    "KOR": "#7f7fff",
    "PRK": "#5c1a1a",
    "SAU": "#006c35",
    "CAN": "#ff6f61",
}

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


def country_color(code: str | None) -> str:
    """The colour of a country (ISO 3166-1 alpha-3), grey for ``None``."""
    if not code:
        return NO_COUNTRY
    if code in COUNTRY_COLORS:
        return COUNTRY_COLORS[code]
    digest = hashlib.sha1(code.encode("utf-8")).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    lightness = 0.45 + digest[2] / 255 * 0.15
    r, g, b = colorsys.hls_to_rgb(hue, lightness, 0.55)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def country_label(code: str | None) -> str:
    """A readable name for a country code, the code itself when it is not a known country."""
    if not code:
        return "No country"
    known = load_knowledge().countries.get(code)  # the short names news use: "Russia", not "Russian Federation"
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
    counts = Counter(edge_group(t) for t in types)
    if not counts:
        return None
    return max(counts, key=lambda g: (counts[g], -_TYPE_PRECEDENCE.index(g)))
