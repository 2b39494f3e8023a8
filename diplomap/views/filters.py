"""The dashboard's filters, as one value (``GraphFilter``) and pure functions over a Corpus.

How the filters combine (every set filter must pass, i.e. they AND together):

1. Interaction filters: ``types``, ``statuses``, ``date_from``/``date_to`` (inclusive,
   ISO ``YYYY[-MM[-DD]]``, compared at the bound's precision, so ``date_to="2025-02"``
   keeps all of February; an undated interaction is dropped as soon as either bound
   is set, since it cannot be placed in the range), ``sources`` (the article's
   source) and ``text`` (case-insensitive, in the evidence or any participant's name
   or alias).
2. Actor filters: ``include_countries=False`` keeps persons only; ``min_mentions``.
3. Network filters, on the who-met-whom pairs left by 1–2 (pairs below ``min_weight``
   removed): ``countries`` keeps actors of those countries and, with
   ``include_partners``, everyone they met; ``leaders`` keeps the actors within
   ``radius`` hops of any leader.

Interactions keep only the participants that pass 2–3 and drop out with fewer than
two. Quotes pass on their article's date and source, on ``text`` in the quote or the
speaker's names, and on 2–3 for the speaker (an unattributed quote drops out once any
actor or network filter is set).

``min_weight`` is a property of a pair, not of an interaction, so ``filter_corpus``
uses it only to decide 3; ``filtered_view`` (and ``filtered_graphs``) also remove the
weak pairs from the graphs. ``quotes_about`` gives the quotes by or naming chosen actors.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from functools import partial
from operator import attrgetter

import networkx as nx

from ..corpus.stored_quotes import StoredQuotes, mention_pattern, mentions, quote_speakers
from ..deferred import DeferredList, DeferredMapping, Once, whole
from ..gc_pause import paused_gc
from ..models import MEETING_TYPES, STATEMENT_TYPES, STATUSES, Corpus, CorpusActor, CorpusQuote
from .filter_params import from_params, to_params
from .graph import build_graph
from .index import index_of, pair_table, strong_pairs, weighted_view

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_COUNTRY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class GraphFilter:
    """Everything the dashboard's sidebar can ask for; frozen and hashable, so it can key a cache."""

    countries: tuple = ()  # ISO 3166-1 alpha-3
    include_partners: bool = False
    leaders: tuple = ()  # actor ids
    radius: int = 1
    types: tuple = ()  # empty: all types in the corpus, meeting types in the graph
    statuses: tuple = ()
    date_from: str | None = None
    date_to: str | None = None
    sources: tuple = ()
    min_weight: int = 1
    min_mentions: int = 0
    text: str = ""
    include_countries: bool = True

    def __post_init__(self):
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type == "tuple":
                if isinstance(value, str):
                    raise ValueError(f"GraphFilter.{f.name} must be a tuple of strings, not the string {value!r}")
                object.__setattr__(self, f.name, tuple(value))
        _check_members("types", self.types, MEETING_TYPES + STATEMENT_TYPES)
        _check_members("statuses", self.statuses, STATUSES)
        for code in self.countries:
            if not _COUNTRY.fullmatch(str(code)):
                raise ValueError(f"country {code!r} is not an ISO 3166-1 alpha-3 code such as 'GBR'")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not _DATE.fullmatch(value):
                raise ValueError(f"{name} {value!r} is not an ISO date YYYY, YYYY-MM or YYYY-MM-DD")
        if self.radius < 1:
            raise ValueError(f"radius must be 1 or more, got {self.radius}")
        if self.min_weight < 1:
            raise ValueError(f"min_weight must be 1 or more, got {self.min_weight}")
        if self.min_mentions < 0:
            raise ValueError(f"min_mentions must be 0 or more, got {self.min_mentions}")

    @classmethod
    def from_params(cls, params, allowed=None, defaults: GraphFilter | None = None) -> tuple[GraphFilter, list[str]]:
        """From text parameters (``name -> values``: the address, the command line), with what was
        ignored and why; see ``filter_params.FILTER_PARAMS``."""
        return from_params(params, allowed, defaults or cls())

    def to_params(self, defaults: GraphFilter | None = None) -> dict[str, list[str]]:
        """The text parameters of the fields that differ from ``defaults``."""
        return to_params(self, defaults)

    @property
    def graph_types(self) -> tuple:
        """The interaction types the who-met-whom graph shows."""
        return self.types or MEETING_TYPES

    @property
    def selects_actors(self) -> bool:
        """Whether any filter of steps 2–3 is set (else every actor stays, unattributed quotes too)."""
        return bool(self.countries or self.leaders or self.min_mentions or not self.include_countries)


def filter_corpus(corpus: Corpus, f: GraphFilter, *, check: bool = True) -> Corpus:
    """The part of ``corpus`` that passes ``f`` (see the module docstring); never mutates ``corpus``.
    ``check=False``: the corpus was checked before (``index_of``), so its index is not built for it."""
    unknown = [a for a in f.leaders if a not in corpus.actors]
    if unknown:
        raise ValueError(f"unknown leader id(s): {', '.join(unknown)}")
    if check:
        index_of(corpus)  # checks every interaction's article and actors, once per corpus
    interactions = _filter_interactions(corpus, f)
    keep = _actor_selection(corpus, interactions, f)
    if keep is not None:
        inside = keep.issuperset  # most interactions keep all their participants: no call for them
        interactions = [inter if inside(inter.actors) else _restrict(inter, keep) for inter in interactions]
        interactions = [inter for inter in interactions if inter is not None]
    quotes = _kept_quotes(corpus, f, keep)
    used = set().union(*map(attrgetter("actors"), interactions))
    used |= quote_speakers(quotes)
    actors = {aid: actor for aid, actor in corpus.actors.items() if aid in used}
    if f.sources or f.date_from is not None or f.date_to is not None:
        cited = {inter.article_id for inter in interactions}
        articles = {aid: art for aid, art in corpus.articles.items() if aid in cited or _article_passes(art, f)}
    else:  # every article passes
        articles = dict(corpus.articles.items())  # at C speed from a deferred mapping too
    return Corpus(articles=articles, actors=actors, interactions=interactions, quotes=quotes)


def _kept_quotes(corpus: Corpus, f: GraphFilter, keep: set | None) -> Sequence[CorpusQuote]:
    """The quotes passing ``f``'s date, source and text filters spoken by ``keep`` (None: by anyone)."""
    if isinstance(corpus.quotes, StoredQuotes):  # left in the store: a query, read when shown
        return _stored_quotes(corpus, f).where(speakers=keep)
    return [q for q in _filter_quotes(corpus, f) if keep is None or q.speaker in keep]


def filtered_graphs(corpus: Corpus, f: GraphFilter) -> tuple[Corpus, nx.MultiDiGraph, nx.Graph]:
    """Everything a view needs at once: the filtered corpus, its who-met-whom graph and the weighted graph."""
    sub, W, multigraph = filtered_view(corpus, f)
    return sub, multigraph(), W


def filtered_view(corpus: Corpus, f: GraphFilter) -> tuple[Corpus, nx.Graph, Callable[[], nx.MultiDiGraph]]:
    """``filtered_graphs`` with the multigraph left to build when needed (by a function): the
    filtered corpus and the weighted graph come from the corpus's ``CorpusIndex``."""
    with paused_gc():  # many small containers, all kept: a collection would only rescan them
        sub = filter_corpus(corpus, f)
        index = index_of(corpus)
        if _selects_interactions(f):
            W = weighted_view(index, sub, f.graph_types, f.include_countries)
        else:  # actors only: the pairs among them
            allowed = set(sub.actors) if f.include_countries else set(sub.actors) & index.persons
            W = pair_table(index, f.graph_types, f.include_countries).graph(sub, allowed)
    weak = _weak_pairs(W, f.min_weight) if f.min_weight > 1 else []
    _drop_weak_pairs(W, weak)

    def multigraph() -> nx.MultiDiGraph:
        G = build_graph(sub, types=f.graph_types, include_countries=f.include_countries)
        _drop_weak_pairs(G, weak)
        return G

    return sub, W, multigraph


def selects_nothing(f: GraphFilter) -> bool:
    """Whether ``f`` keeps every interaction and actor (a bare address's view: the same after every restart)."""
    return not (_selects_interactions(f) or f.selects_actors) and f.min_weight <= 1


def unfiltered_view(corpus: Corpus, f: GraphFilter,
                    W: nx.Graph) -> tuple[Corpus, nx.Graph, Callable[[], nx.MultiDiGraph]]:
    """``filtered_view(corpus, f)`` of a filter that ``selects_nothing``, given the weighted graph it gave
    for this same corpus before (a disk cache): nothing here needs the corpus's index."""
    if not selects_nothing(f):
        raise ValueError("unfiltered_view of a filter that selects something")
    sub = deferred_filter(corpus, f)
    return sub, W, partial(build_graph, sub, types=f.graph_types, include_countries=f.include_countries)


def deferred_filter(corpus: Corpus, f: GraphFilter) -> Corpus:
    """``filter_corpus(corpus, f)`` (a filter that selects no actors), its quotes at once (a query for stored
    ones) and the rest on first use: the first view read from disk shows only its quotes, and ``corpus``'s
    own articles and interactions may not be read yet (``diplomap.deferred``)."""
    if f.selects_actors:
        raise ValueError("deferred_filter of a filter that selects actors")

    def filtered() -> Corpus:
        with paused_gc():  # many small containers, all kept: a collection would only rescan them
            return filter_corpus(corpus, f, check=False)

    once = Once(filtered)
    return Corpus(articles=DeferredMapping(lambda: once.get().articles),
                  actors=DeferredMapping(lambda: once.get().actors),
                  interactions=DeferredList(lambda: once.get().interactions),
                  quotes=_kept_quotes(corpus, f, None))


def quotes_about(corpus: Corpus, f: GraphFilter, actor_ids) -> Sequence[CorpusQuote]:
    """The quotes passing ``f``'s date, source and text filters spoken by or naming any of ``actor_ids``,
    in corpus order.

    The chosen actors replace ``f``'s actor and network filters (a quote about Starmer by someone
    outside the filtered network still counts). Names and aliases match as whole words,
    case-insensitively. Raises ``ValueError`` on an unknown actor id.
    """
    about = []
    for aid in actor_ids:
        actor = corpus.actors.get(aid)
        if actor is None:
            raise ValueError(f"unknown actor id {aid!r}")
        about.append((actor.id, [actor.name, *actor.aliases]))
    if isinstance(corpus.quotes, StoredQuotes):
        return _stored_quotes(corpus, f).about(about)
    tests = [(aid, *mention_pattern(names)) for aid, names in about]  # substring tests first, then the regex
    return [q for q in _filter_quotes(corpus, f)
            if any(q.speaker == aid or mentions(q.text, pattern, folded) for aid, pattern, folded in tests)]


# --- steps ---------------------------------------------------------------------------------


def _weak_pairs(W: nx.Graph, min_weight: int) -> list[tuple]:
    return [(u, v) for u, v, w in W.edges(data="weight") if w < min_weight]


def _drop_weak_pairs(H: nx.Graph, weak: list[tuple]) -> None:
    """Remove every edge of the ``weak`` pairs from ``H`` (either direction), then the actors left alone."""
    for u, v in weak:
        for a, b in ((u, v), (v, u)) if H.is_directed() else ((u, v),):
            while H.has_edge(a, b):
                H.remove_edge(a, b)
    H.remove_nodes_from([n for pair in weak for n in pair if n in H and H.degree(n) == 0])


def _filter_interactions(corpus: Corpus, f: GraphFilter) -> list:
    if not _selects_interactions(f):
        return list(corpus.interactions)
    types = set(f.types)
    statuses = set(f.statuses)
    sources = set(f.sources)
    needle = f.text.strip().casefold()
    named = _actors_named(corpus, needle) if needle else set()
    articles = whole(corpus.articles)
    kept = []
    for inter in corpus.interactions:
        if types and inter.type not in types:
            continue
        if statuses and inter.status not in statuses:
            continue
        if not _date_passes(inter.date, f):
            continue
        if sources and articles[inter.article_id].source not in sources:
            continue
        if needle and needle not in inter.evidence.casefold() and named.isdisjoint(inter.actors):
            continue
        kept.append(inter)
    return kept


def _actor_selection(corpus: Corpus, interactions: list, f: GraphFilter) -> set | None:
    """The ids of the actors ``f`` keeps, or None when it keeps them all."""
    if not f.selects_actors:
        return None
    keep = {aid for aid, actor in corpus.actors.items() if _actor_passes(actor, f)}
    if not (f.countries or f.leaders):
        return keep
    pairs = strong_pairs(index_of(corpus), interactions, keep, f.graph_types, f.min_weight)
    if f.countries:
        wanted = set(f.countries)
        home = {aid for aid in keep if corpus.actors[aid].country in wanted}
        if f.include_partners:
            home |= {partner for aid in home for partner in pairs.get(aid, ())}
        keep &= home
    if f.leaders:
        keep &= _ego(pairs, f.leaders, f.radius)
    return keep


def _ego(adjacency: dict[str, set], centres: tuple, radius: int) -> set:
    """Every actor within ``radius`` hops of a centre (breadth-first)."""
    seen = set(centres)
    frontier = set(centres)
    for _ in range(radius):
        frontier = {n for c in frontier for n in adjacency.get(c, ())} - seen
        seen |= frontier
    return seen


def _restrict(inter, keep: set):
    """The interaction with only the kept participants, or None if fewer than two remain."""
    if keep.issuperset(inter.actors):
        return inter
    participants = [pid for pid in inter.actors if pid in keep]
    if len(set(participants)) < 2:
        return None
    return replace(inter, actors=participants,
                   source=inter.source if inter.source in keep else None,
                   target=inter.target if inter.target in keep else None)


def _filter_quotes(corpus: Corpus, f: GraphFilter) -> list:
    """Quotes passing the date (of their article), source and text filters."""
    needle = f.text.strip().casefold()
    if not needle and not f.sources and f.date_from is None and f.date_to is None:
        return list(corpus.quotes)  # nothing to test (the store guarantees articles and speakers exist)
    named = _actors_named(corpus, needle) if needle else set()
    kept = []
    for q in corpus.quotes:
        article = corpus.articles.get(q.article_id)
        if article is None:
            raise ValueError(f"quote {q.id!r} refers to unknown article {q.article_id!r}")
        if q.speaker is not None and q.speaker not in corpus.actors:
            raise ValueError(f"quote {q.id!r} names unknown speaker {q.speaker!r}")
        if not _article_passes(article, f):
            continue
        if needle and needle not in q.text.casefold() and q.speaker not in named:
            continue
        kept.append(q)
    return kept


def _stored_quotes(corpus: Corpus, f: GraphFilter) -> StoredQuotes:
    """``_filter_quotes`` of quotes left in the store: a narrowed query."""
    needle = f.text.strip().casefold()
    assert isinstance(corpus.quotes, StoredQuotes), "only quotes left in the store are narrowed by SQL"
    return corpus.quotes.where(date_from=f.date_from, date_to=f.date_to, sources=f.sources, needle=needle,
                               named=_actors_named(corpus, needle) if needle else ())


def _article_passes(article, f: GraphFilter) -> bool:
    return _date_passes(article.date, f) and (not f.sources or article.source in f.sources)


def _date_passes(date: str | None, f: GraphFilter) -> bool:
    if f.date_from is None and f.date_to is None:
        return True
    if not date:
        return False
    if f.date_from is not None and date[:len(f.date_from)] < f.date_from:
        return False
    return f.date_to is None or date[:len(f.date_to)] <= f.date_to


def _actor_passes(actor: CorpusActor, f: GraphFilter) -> bool:
    return (f.include_countries or actor.kind == "person") and actor.mentions >= f.min_mentions


def _actors_named(corpus: Corpus, needle: str) -> set:
    """Ids of the actors whose name or an alias contains ``needle`` (already case-folded)."""
    return {aid for aid, actor in corpus.actors.items()
            if any(needle in n.casefold() for n in [actor.name, *actor.aliases])}


def _selects_interactions(f: GraphFilter) -> bool:
    """Whether a filter of step 1 is set (else every interaction passes it)."""
    return bool(f.types or f.statuses or f.sources or f.text.strip() or f.date_from or f.date_to)


def _check_members(name: str, values: tuple, allowed: tuple) -> None:
    wrong = [v for v in values if v not in allowed]
    if wrong:
        raise ValueError(f"unknown {name}: {', '.join(map(str, wrong))} (expected some of: {', '.join(allowed)})")
