"""What the actor construction suites ask of an extraction."""
from __future__ import annotations


def country_of(extraction, name: str) -> str | None:
    """The country of the person ``name`` (a name or an alias) in ``extraction``."""
    found = {n: a for a in extraction.actors if a.kind == "person" for n in (a.name, *a.aliases)}
    return found[name].country
