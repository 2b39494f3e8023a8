"""``GraphFilter`` to and from text parameters (``name -> list of values``), from one table of fields.

The dashboard's address (``?leader=keir-starmer&type=meet,call``), its sidebar (the allowed
values) and the export command line (``--leader``, ``--type`` …) all read ``FILTER_PARAMS``:
a field's parameter name, its kind, and the values it allows. Lists repeat the parameter or
use commas (except sources, which may contain commas); flags are ``1``/``0``. The dashboard
reads its own parameters (colouring, focused actor, focused pair ``a~b``) through the same
``parse_params``, from a table of its own.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from ..models import MEETING_TYPES, STATEMENT_TYPES, STATUSES

LIST, INT, DATE, FLAG, TEXT, ONE, PAIR = "list", "int", "date", "flag", "text", "one", "pair"
PAIR_SEP = "~"  # pair=keir-starmer~vladimir-putin: actor ids are slugs (a-z, 0-9, -), never holding it


@dataclass(frozen=True)
class FilterParam:
    field: str  # the GraphFilter field
    name: str  # the query parameter; the command line's option is --name (with - for _)
    kind: str  # LIST, INT, DATE, FLAG, TEXT, ONE (one value of ``choices`` or of the store's) or PAIR (two)
    what: str = ""  # what a value is, for problem messages ("status")
    choices: tuple = ()  # the values allowed whatever the store holds (types, statuses, radius)
    low: int | None = None
    high: int | None = None
    split: bool = True  # a LIST: commas separate values too
    inverted: bool = False  # a FLAG that means the field is False (persons_only)


FILTER_PARAMS: tuple[FilterParam, ...] = (
    FilterParam("leaders", "leader", LIST, "actor in the store"),
    FilterParam("radius", "radius", INT, "network radius", choices=(1, 2)),
    FilterParam("countries", "country", LIST, "country in the store"),
    FilterParam("include_partners", "partners", FLAG),
    FilterParam("types", "type", LIST, "interaction type", choices=MEETING_TYPES + STATEMENT_TYPES),
    FilterParam("statuses", "status", LIST, "status", choices=STATUSES),
    FilterParam("date_from", "from", DATE),
    FilterParam("date_to", "to", DATE),
    FilterParam("sources", "source", LIST, "source in the store", split=False),
    FilterParam("min_weight", "min_weight", INT, low=1),
    FilterParam("min_mentions", "min_mentions", INT, low=0),
    FilterParam("text", "q", TEXT),
    FilterParam("include_countries", "persons_only", FLAG, inverted=True),
)
BY_FIELD = {p.field: p for p in FILTER_PARAMS}


def parse_params(params: Mapping[str, Sequence[str]], allowed: Mapping[str, Collection] | None = None,
                 *, only: Collection[str] | None = None,
                 table: Sequence[FilterParam] = FILTER_PARAMS) -> tuple[dict, list[str]]:
    """The field values given in ``params`` (lists as tuples, dates as ISO text), and what was
    ignored and why. ``allowed`` narrows a LIST or ONE field to the values a store offers; ``only``
    limits the fields read; ``table``: the GraphFilter's fields unless told. Parameters not in the
    table are left to the caller."""
    values: dict = {}
    problems: list[str] = []
    for p in table:
        raw = [str(v) for v in params.get(p.name, ()) if str(v).strip()]
        if not raw or (only is not None and p.field not in only):
            continue
        value, wrong = _parse(p, raw, (allowed or {}).get(p.field))
        problems += wrong
        if value is not None:
            values[p.field] = value
    return values, problems


def from_params(params: Mapping[str, Sequence[str]], allowed: Mapping[str, Collection] | None, defaults):
    """``(filter, problems)``: ``defaults`` (a GraphFilter) with the values ``params`` give."""
    values, problems = parse_params(params, allowed)
    return replace(defaults, **values), problems


def to_params(f, defaults=None) -> dict[str, list[str]]:
    """The parameters of the fields of ``f`` (a GraphFilter) that differ from ``defaults``."""
    base = defaults if defaults is not None else type(f)()
    out: dict[str, list[str]] = {}
    for field in fields(f):
        value, default = getattr(f, field.name), getattr(base, field.name)
        p = BY_FIELD.get(field.name)
        if p is None or value == default or value is None:
            continue
        out[p.name] = format_value(p, value)
    return out


def format_value(p: FilterParam, value) -> list[str]:
    if p.kind == LIST:
        return [str(v) for v in value]
    if p.kind == PAIR:
        return [PAIR_SEP.join(map(str, value))]
    if p.kind == FLAG:
        return ["1" if bool(value) != p.inverted else "0"]
    if isinstance(value, date):
        return [value.isoformat()]
    return [str(value)]


def _parse(p: FilterParam, raw: list[str], allowed: Collection | None) -> tuple[object, list[str]]:
    if p.kind == LIST:
        given = [v.strip() for item in raw for v in (item.split(",") if p.split else [item]) if v.strip()]
        options = set(allowed) if allowed is not None else set(p.choices) if p.choices else None
        good = [v for v in dict.fromkeys(given) if options is None or v in options]
        wrong = [f"{p.name} {v!r}: no such {p.what}" for v in given if options is not None and v not in options]
        return (tuple(good) if good else None), wrong
    text = raw[-1].strip()
    if p.kind == TEXT:
        return text, []
    if p.kind == ONE:
        if allowed is not None:
            return (text, []) if text in allowed else (None, [f"{p.name} {text!r}: no such {p.what}"])
        if text in p.choices:
            return text, []
        return None, [f"{p.name} {text!r}: must be one of {', '.join(map(str, p.choices))}"]
    if p.kind == PAIR:
        return _parse_pair(p, text, allowed)
    if p.kind == FLAG:
        flag = text.lower()
        if flag not in ("1", "0", "true", "false"):
            return None, [f"{p.name} {text!r}: must be 1 or 0"]
        return (flag in ("1", "true")) != p.inverted, []
    if p.kind == DATE:  # YYYY, YYYY-MM or YYYY-MM-DD, as GraphFilter compares at the bound's precision
        try:
            date.fromisoformat((text + "-01-01")[:10] if len(text) in (4, 7) else text)
        except ValueError:
            return None, [f"{p.name} {text!r}: not an ISO date YYYY, YYYY-MM or YYYY-MM-DD"]
        return text, []
    if p.choices:
        if text in {str(c) for c in p.choices}:
            return int(text), []
        return None, [f"{p.name} {text!r}: must be one of {', '.join(map(str, p.choices))}"]
    if text.isdigit() and (p.low is None or int(text) >= p.low) and (p.high is None or int(text) <= p.high):
        return int(text), []
    bounds = f"from {p.low} to {p.high}" if p.high is not None else f"of {p.low} or more"
    return None, [f"{p.name} {text!r}: must be a whole number {bounds}"]


def _parse_pair(p: FilterParam, text: str, allowed: Collection | None) -> tuple[object, list[str]]:
    """``a~b``: two different values of ``allowed``, as a sorted tuple (one spelling per pair)."""
    parts = [v.strip() for v in text.split(PAIR_SEP)]
    if len(parts) != 2 or not all(parts):
        return None, [f"{p.name} {text!r}: must be two ids joined by {PAIR_SEP} (a{PAIR_SEP}b)"]
    if parts[0] == parts[1]:
        return None, [f"{p.name} {text!r}: the same id twice"]
    unknown = [v for v in parts if allowed is not None and v not in allowed]
    if unknown:
        return None, [f"{p.name} {text!r}: no such {p.what}: {', '.join(map(repr, unknown))}"]
    return tuple(sorted(parts)), []
