"""What every filter of one corpus needs about each interaction, computed once per corpus.

A filter change at 100,000 articles used to rebuild the who-met-whom multigraph (one edge per
interaction and pair) and walk the interactions three times; ``CorpusIndex`` keeps, per
interaction, its checked and de-duplicated participants, its sorted pairs with their
orientation, and the edge data the weighted graph aggregates. ``weighted_view`` then builds
exactly ``weighted_graph(build_graph(sub))`` (same nodes, edges, attributes and orders) from a
filtered corpus without the multigraph, which a view builds only when asked for it.
"""
from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import chain, combinations
from operator import itemgetter

import networkx as nx

from ..deferred import whole
from ..gc_pause import paused_gc
from ..models import Corpus, CorpusInteraction
from .graph import actor_attributes


class CorpusIndex:
    """Per interaction of ``corpus`` (by id): participants, oriented pairs and edge data; raises
    ``ValueError`` on an interaction naming an article or actor the corpus lacks."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        # interaction id -> (the object, its type, its edge data (_ID, _TYPE, ...), its de-duplicated
        # participants, their pairs oriented (u, v) and sorted (a, b), in the order build_graph adds them)
        self.records: dict[str, tuple] = {}
        self.tables: dict[tuple, PairTable] = {}  # by (types, include_countries)
        self.persons = frozenset(aid for aid, a in corpus.actors.items() if a.kind == "person")
        articles, actors, records = whole(corpus.articles), corpus.actors, self.records
        with paused_gc():
            for inter in corpus.interactions:
                article = articles.get(inter.article_id)
                if article is None:
                    raise ValueError(f"interaction {inter.id!r} refers to unknown article {inter.article_id!r}")
                given = inter.actors
                for pid in given:
                    if pid not in actors:
                        raise ValueError(f"interaction {inter.id!r} names unknown actor {pid!r}")
                if len(given) == 2 and given[0] != given[1]:  # most interactions: no duplicate to drop
                    parts = tuple(given)
                else:
                    parts = tuple(dict.fromkeys(given))
                if len(parts) == 2:
                    a, b = parts
                    unordered = [parts if a <= b else (b, a)]
                else:
                    unordered = list(combinations(sorted(parts), 2))
                source, target = inter.source, inter.target  # _orient, inline: one call per pair costs
                oriented = [(b, a) if b == source or a == target else (a, b) for a, b in unordered]
                details = {"type": inter.type, "status": inter.status, "date": inter.date,  # shared by views
                           "location": inter.location, "evidence": inter.evidence, "article_title": article.title}
                records[inter.id] = (inter, inter.type, (inter.id, inter.type, inter.status, inter.date, details),
                                     parts, oriented, unordered)

    def shown(self, record: tuple, inter: CorpusInteraction, include_countries: bool) -> tuple[tuple, list]:
        """The participants ``participations`` yields for ``inter`` (maybe restricted by a filter: fewer
        than ``record``'s), and their oriented pairs in ``build_graph``'s order."""
        parts, oriented, unordered = record[3], record[4], record[5]
        if record[0] is not inter:
            parts = tuple(dict.fromkeys(inter.actors))
        if not include_countries:
            parts = tuple(p for p in parts if p in self.persons)
        if len(parts) != len(record[3]):
            inside = set(parts)
            oriented = [uv for uv, (a, b) in zip(oriented, unordered, strict=True) if a in inside and b in inside]
        return parts, oriented


_CACHE: list[tuple[Corpus, CorpusIndex]] = []
_LOCK = threading.Lock()
_BUILDING = threading.Lock()
CACHED_INDEXES = 4


def index_of(corpus: Corpus) -> CorpusIndex:
    """The index of ``corpus`` (the same object: a corpus is treated as read-only), built once."""
    with _BUILDING:  # one build at a time: a second caller (a page run during the warm-up's) waits for it
        with _LOCK:
            for c, idx in _CACHE:
                if c is corpus:
                    return idx
        idx = CorpusIndex(corpus)
        with _LOCK:
            _CACHE.insert(0, (corpus, idx))
            del _CACHE[CACHED_INDEXES:]
        return idx


def weighted_view(idx: CorpusIndex, sub: Corpus, types: Iterable[str], include_countries: bool) -> nx.Graph:
    """``weighted_graph(build_graph(sub, types=..., include_countries=...))`` for a filtered ``sub`` of
    ``idx.corpus`` whose interactions keep their ids; built without the multigraph."""
    wanted = frozenset(types)
    nodes: dict[str, None] = {}
    directed: dict[tuple, list] = defaultdict(list)  # (u, v) -> edge data, in order of first edge
    records = idx.records
    for inter in sub.interactions:
        record = records[inter.id]
        if record[1] not in wanted:
            continue
        if record[0] is inter and include_countries:  # as in the corpus: all precomputed
            parts, pairs = record[3], record[4]
        else:
            parts, pairs = idx.shown(record, inter, include_countries)
        if len(parts) < 2:
            continue
        for p in parts:
            if p not in nodes:
                nodes[p] = None
        data = record[2]
        for uv in pairs:
            directed[uv].append(data)
    succ: dict[str, list] = defaultdict(list)
    for (u, v), edges in directed.items():
        succ[u].append((v, edges))
    by_pair: dict[tuple, list[dict]] = defaultdict(list)
    for u in nodes:  # the multigraph's edge order: by source node, then by first edge to each target
        for v, edges in succ.get(u, ()):
            by_pair[(u, v) if u <= v else (v, u)].extend(edges)
    W = nx.Graph()
    with paused_gc():
        W.add_nodes_from((n, actor_attributes(sub.actors[n])) for n in nodes)
        W.add_edges_from((u, v, _pair(edges)) for (u, v), edges in by_pair.items())
    return W


_ID, _TYPE, _STATUS, _DATE, _DETAILS = (itemgetter(n) for n in range(5))


def _pair(edges: list[dict]) -> dict:
    """``graph._pair_attributes`` of the index's edge data (its ``details`` made once per corpus)."""
    statuses = set(map(_STATUS, edges))
    dates = list(filter(None, map(_DATE, edges)))
    first = dict(zip(map(_ID, edges), edges, strict=True))
    if len(first) != len(edges):  # an interaction twice in one pair: the first one's data, as weighted_graph
        first = {}
        for d in edges:
            first.setdefault(d[0], d)
    return {"weight": len(first), "types": sorted(set(map(_TYPE, edges))),
            "statuses": sorted(statuses), "first_date": min(dates, default=None),
            "last_date": max(dates, default=None), "interactions": list(first),
            "details": list(map(_DETAILS, first.values())),
            "planned_only": "occurred" not in statuses}


def strong_pairs(idx: CorpusIndex, interactions: list, keep: set, types: Iterable[str],
                 min_weight: int) -> dict[str, set]:
    """Adjacency of who-met-whom among ``keep`` over ``interactions``, without pairs below ``min_weight``."""
    wanted = frozenset(types)
    records = idx.records
    weights = Counter(chain.from_iterable(records[inter.id][5] for inter in interactions if inter.type in wanted))
    adjacency: dict[str, set] = defaultdict(set)
    for (a, b), w in weights.items():
        if w >= min_weight and a in keep and b in keep:
            adjacency[a].add(b)
            adjacency[b].add(a)
    return adjacency


class PairTable:
    """Who met whom over all of a corpus's interactions of some types, pair by pair, with when each
    pair and each direction first occurred: the weighted graph of a filter that only selects actors
    (countries, leaders, mentions) is then read off the pairs among them, in ``weighted_view``'s order,
    without walking the interactions."""

    def __init__(self, idx: CorpusIndex, types: Iterable[str], include_countries: bool):
        wanted = frozenset(types)
        self.directed: dict[tuple, list] = defaultdict(list)  # (u, v) -> edge data, in corpus order
        self.first_directed: dict[tuple, tuple] = {}  # (u, v) -> (interaction number, pair number)
        self.first_pair: dict[tuple, tuple] = {}  # (a, b) sorted -> (interaction number, a's place, b's)
        self.attributes: dict[tuple, dict] = {}  # (a, b, the one first in node order) -> edge attributes
        directed, first_directed, first_pair, records = self.directed, self.first_directed, self.first_pair, idx.records
        with paused_gc():
            for n, inter in enumerate(idx.corpus.interactions):
                record = records[inter.id]
                if record[1] not in wanted:
                    continue
                parts, pairs = (record[3], record[4]) if include_countries else idx.shown(record, inter, False)
                if len(parts) < 2:
                    continue
                data = record[2]
                for j, uv in enumerate(pairs):
                    directed[uv].append(data)
                    if uv not in first_directed:
                        first_directed[uv] = (n, j)
                        u, v = uv
                        ab = uv if u <= v else (v, u)
                        if ab not in first_pair:
                            first_pair[ab] = (n, parts.index(ab[0]), parts.index(ab[1]))

    def graph(self, sub: Corpus, allowed: set) -> nx.Graph:
        """``weighted_view`` of ``sub``, a filter of the whole corpus by actors only (``allowed``: its actors
        that the graph may show)."""
        first: dict[str, tuple] = {}  # node -> (interaction, place) where it first meets an allowed actor
        for (a, b), (n, pa, pb) in self.first_pair.items():
            if a in allowed and b in allowed:
                if a not in first or (n, pa) < first[a]:
                    first[a] = (n, pa)
                if b not in first or (n, pb) < first[b]:
                    first[b] = (n, pb)
        nodes = sorted(first, key=first.__getitem__)
        succ: dict[str, list] = defaultdict(list)
        for (u, v), when in self.first_directed.items():
            if u in first and v in first:
                succ[u].append((when, v))
        order: dict[tuple, str] = {}  # pair -> the node it was first met from
        for u in nodes:
            for _, v in sorted(succ.get(u, ())):
                order.setdefault((u, v) if u <= v else (v, u), u)
        W = nx.Graph()
        with paused_gc():
            W.add_nodes_from((n, actor_attributes(sub.actors[n])) for n in nodes)
            W.add_edges_from((a, b, self._attributes(a, b, start)) for (a, b), start in order.items())
        return W

    def _attributes(self, a: str, b: str, start: str) -> dict:
        key = (a, b, start)
        if key not in self.attributes:
            end = b if start == a else a
            self.attributes[key] = _pair(self.directed.get((start, end), []) + self.directed.get((end, start), []))
        return self.attributes[key]


def pair_table(idx: CorpusIndex, types: Iterable[str], include_countries: bool) -> PairTable:
    key = (tuple(sorted(types)), include_countries)
    with _LOCK:
        table = idx.tables.get(key)
    if table is None:
        table = PairTable(idx, types, include_countries)
        with _LOCK:
            idx.tables[key] = table
    return table


def corpus_graph(corpus: Corpus, types: Iterable[str], include_countries: bool = True) -> nx.Graph:
    """``weighted_graph(build_graph(corpus, types=..., include_countries=...))`` of a whole corpus, from its
    pair table (kept with the corpus's index, so asking again costs only the graph)."""
    idx = index_of(corpus)
    allowed = set(corpus.actors) if include_countries else set(corpus.actors) & idx.persons
    return pair_table(idx, types, include_countries).graph(corpus, allowed)
