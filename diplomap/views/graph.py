"""Corpus → who-met-whom graphs.

Two views of the same interactions:

- ``build_graph``: a ``MultiDiGraph`` with one edge per (interaction, participant pair),
  carrying the evidence; a summit of five is ten edges sharing one ``interaction_id``.
- ``weighted_graph``: the simple undirected graph the map draws, one edge per pair,
  weighted by how many distinct interactions the pair shares.

Statement types (``criticize`` …) are not meetings, so every view keeps only
``MEETING_TYPES`` unless told otherwise.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations

import networkx as nx

from ..gc_pause import paused_gc
from ..models import MEETING_TYPES, Corpus, CorpusActor, CorpusInteraction


def build_graph(corpus: Corpus, *, types: Iterable[str] = MEETING_TYPES,
                include_countries: bool = True) -> nx.MultiDiGraph:
    """One node per participating actor, one edge per (interaction, participant pair).

    A pair is oriented from the interaction's ``source`` (or towards its ``target``)
    when one of the two is named so, otherwise by actor id. With
    ``include_countries=False`` only persons are nodes, and an interaction left with
    fewer than two persons drops out.
    """
    G = nx.MultiDiGraph()
    with paused_gc():
        for inter, participants in participations(corpus, types=types, include_countries=include_countries):
            for pid in participants:
                if pid not in G:
                    G.add_node(pid, **actor_attributes(corpus.actors[pid]))
            attrs = _interaction_attributes(corpus, inter, len(participants))
            for a, b in combinations(sorted(participants), 2):
                u, v = _orient(a, b, inter)
                G.add_edge(u, v, key=f"{inter.id}/{u}/{v}", **attrs)
    return G


def weighted_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Collapse ``build_graph``'s edges into one undirected edge per actor pair.

    ``weight`` counts distinct interactions, so a summit adds 1 to each of its pairs.
    ``planned_only`` marks pairs whose ties are all announced or proposed, none occurred.
    """
    by_pair: dict[tuple, list[dict]] = defaultdict(list)
    W = nx.Graph()
    with paused_gc():
        for u, v, data in G.edges(data=True):
            by_pair[(u, v) if u <= v else (v, u)].append(data)
        W.add_nodes_from(G.nodes(data=True))
        W.add_edges_from((u, v, _pair_attributes(edges)) for (u, v), edges in by_pair.items())
    return W


def participations(corpus: Corpus, *, types: Iterable[str] = MEETING_TYPES,
                   include_countries: bool = True) -> Iterator[tuple[CorpusInteraction, list[str]]]:
    """The interactions of ``types`` with the participants each view shows (two or more).

    Raises ``ValueError`` on an interaction naming an actor or article the corpus lacks.
    """
    wanted = frozenset(types)
    for inter in corpus.interactions:
        if inter.type not in wanted:
            continue
        if inter.article_id not in corpus.articles:
            raise ValueError(f"interaction {inter.id!r} refers to unknown article {inter.article_id!r}")
        participants = []
        for pid in dict.fromkeys(inter.actors):  # de-duplicated, in order
            actor = corpus.actors.get(pid)
            if actor is None:
                raise ValueError(f"interaction {inter.id!r} names unknown actor {pid!r}")
            if include_countries or actor.kind == "person":
                participants.append(pid)
        if len(participants) >= 2:
            yield inter, participants


def actor_attributes(actor: CorpusActor) -> dict:
    """Node attributes of an actor (``articles`` is a count; ``aliases`` stays a list until export)."""
    return {"name": actor.name, "kind": actor.kind, "country": actor.country, "role": actor.role,
            "mentions": actor.mentions, "articles": len(actor.articles), "aliases": list(actor.aliases)}


def _pair_attributes(edges: list[dict]) -> dict:
    statuses = {d["status"] for d in edges}
    dates = [d["date"] for d in edges if d["date"]]
    first: dict[str, dict] = {}
    for d in edges:
        first.setdefault(d["interaction_id"], d)
    details = [{k: d[k] for k in ("type", "status", "date", "location", "evidence", "article_title")}
               for d in first.values()]
    return {"weight": len(first), "types": sorted({d["type"] for d in edges}),
            "statuses": sorted(statuses), "first_date": min(dates, default=None),
            "last_date": max(dates, default=None), "interactions": list(first),
            "details": details,  # one per interaction: what the map's edge tooltip shows
            "planned_only": "occurred" not in statuses}


def _interaction_attributes(corpus: Corpus, inter: CorpusInteraction, n_participants: int) -> dict:
    return {"interaction_id": inter.id, "type": inter.type, "status": inter.status, "date": inter.date,
            "location": inter.location, "article_id": inter.article_id,
            "article_title": corpus.articles[inter.article_id].title, "evidence": inter.evidence,
            "n_participants": n_participants}


def _orient(a: str, b: str, inter: CorpusInteraction) -> tuple[str, str]:
    if b == inter.source or a == inter.target:
        return b, a
    return a, b
