"""What the filters can offer for a corpus: actor, country, type, status and source options."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from diplomap.models import MEETING_TYPES, STATEMENT_TYPES, STATUSES, Corpus, CorpusActor
from diplomap.views.palette import country_label

INTERACTION_TYPES = MEETING_TYPES + STATEMENT_TYPES


@dataclass(frozen=True)
class Choices:
    actors: tuple[str, ...]  # ids, those in interactions first, then by mentions
    labels: dict[str, str]  # actor id -> "Name (GBR)"
    countries: tuple[str, ...]  # ISO alpha-3 codes present, by name
    types: tuple[str, ...]
    statuses: tuple[str, ...]
    sources: tuple[str, ...]
    first_date: date | None
    last_date: date | None

    def actor_label(self, actor_id: str) -> str:
        return self.labels.get(actor_id, actor_id)


def build_choices(corpus: Corpus) -> Choices:
    """Options for every filter; types and statuses list all the schema allows, present ones first."""
    involvement: dict[str, int] = {}
    for inter in corpus.interactions:
        for pid in set(inter.actors):
            involvement[pid] = involvement.get(pid, 0) + 1
    actors = sorted(corpus.actors.values(),
                    key=lambda a: (-involvement.get(a.id, 0), -a.mentions, a.name.casefold(), a.id))
    codes = {a.country for a in corpus.actors.values() if a.country}
    present_types = {i.type for i in corpus.interactions}
    present_statuses = {i.status for i in corpus.interactions}
    written = {a.date for a in corpus.articles.values()} | {i.date for i in corpus.interactions}
    dates = {day for day in map(_day, written) if day}  # a few hundred distinct dates, not one per item
    return Choices(
        actors=tuple(a.id for a in actors),
        labels={a.id: actor_label(a) for a in actors},
        countries=tuple(sorted(codes, key=lambda c: (country_label(c), c))),
        types=tuple(sorted(INTERACTION_TYPES, key=lambda t: (t not in present_types, INTERACTION_TYPES.index(t)))),
        statuses=tuple(sorted(STATUSES, key=lambda s: (s not in present_statuses, STATUSES.index(s)))),
        sources=tuple(sorted({a.source for a in corpus.articles.values() if a.source}, key=str.casefold)),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )


def actor_label(actor: CorpusActor) -> str:
    """How an actor is named in pickers: "Keir Starmer (GBR)", "NATO (organisation)"."""
    if actor.kind == "country":
        return f"{actor.name} (country)"
    if actor.country:
        return f"{actor.name} ({actor.country})"
    return f"{actor.name} ({'organisation' if actor.kind == 'organization' else 'no country'})"


def country_option(code: str) -> str:
    return f"{country_label(code)} ({code})"


def _day(value: str | None) -> date | None:
    """The date of an ISO ``YYYY-MM-DD``; partial dates (``YYYY-MM``) give no day."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
