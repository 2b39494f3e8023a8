"""Measures over the who-met-whom graphs: who is central, who clusters, how two actors connect."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import networkx as nx
import pandas as pd

from ..models import MEETING_TYPES, STATEMENT_TYPES, Corpus

SEED = 42
EXACT_BETWEENNESS_MAX_NODES = 500


class HopEvidence(NamedTuple):
    type: str
    status: str
    date: str | None
    evidence: str
    article_id: str


@dataclass
class Hop:
    """One step of a path, with what the articles say about the two actors."""

    source: str
    target: str
    interactions: list[HopEvidence] = field(default_factory=list)


def weighted_degree(Gw: nx.Graph) -> dict:
    """Number of interactions each actor took part in with each partner, summed over partners."""
    return dict(Gw.degree(weight="weight"))


def betweenness(Gw: nx.Graph, k: int | None = None, *, seed: int = SEED) -> dict:
    """Betweenness centrality over hops (weights are tie strengths, not distances, so unused).

    Exact up to ``EXACT_BETWEENNESS_MAX_NODES`` nodes; beyond that it samples ``k`` sources
    (default that many) with a fixed seed, so the dashboard stays fast and repeatable.
    """
    n = Gw.number_of_nodes()
    if k is None and n > EXACT_BETWEENNESS_MAX_NODES:
        k = EXACT_BETWEENNESS_MAX_NODES
    if k is not None:
        k = min(k, n)
    return nx.betweenness_centrality(Gw, k=k, seed=seed if k is not None else None)


def communities(Gw: nx.Graph, *, seed: int = SEED) -> dict:
    """Louvain community of every node, numbered from 0 for the largest community."""
    groups = nx.community.louvain_communities(Gw, weight="weight", seed=seed)
    groups = sorted(groups, key=lambda g: (-len(g), min(map(str, g))))
    return {node: i for i, group in enumerate(groups) for node in group}


def shortest_path(Gw: nx.Graph, G_multi: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """The fewest-hops path from ``a`` to ``b``, each hop with its interactions, oldest first.

    Raises ``networkx.NodeNotFound`` or ``networkx.NetworkXNoPath`` when there is none.
    """
    nodes = nx.shortest_path(Gw, a, b)
    return [Hop(u, v, _evidence_between(G_multi, u, v)) for u, v in zip(nodes, nodes[1:], strict=False)]


def timeline(corpus: Corpus, actor_id: str) -> list[dict]:
    """Every interaction of ``actor_id`` (statements included), oldest first, undated last."""
    if actor_id not in corpus.actors:
        raise ValueError(f"unknown actor id {actor_id!r}")
    rows = []
    for inter in corpus.interactions:
        if actor_id not in inter.actors:
            continue
        partners = [pid for pid in dict.fromkeys(inter.actors) if pid != actor_id]
        rows.append({
            "date": inter.date, "type": inter.type, "status": inter.status,
            "partners": partners, "partner_names": [corpus.actors[p].name for p in partners],
            "location": inter.location, "evidence": inter.evidence, "interaction_id": inter.id,
            "article_id": inter.article_id, "article_title": corpus.articles[inter.article_id].title,
        })
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["interaction_id"]))
    return rows


def top_actors(Gw: nx.Graph, n: int = 10) -> list[tuple[str, float]]:
    """The ``n`` actors with the highest weighted degree, ties broken by name."""
    degrees = weighted_degree(Gw)
    ranked = sorted(degrees, key=lambda node: (-degrees[node], Gw.nodes[node].get("name") or str(node)))
    return [(node, degrees[node]) for node in ranked[:n]]


def type_counts_by_month(corpus: Corpus) -> pd.DataFrame:
    """Interactions per month (rows ``YYYY-MM``) and type (columns), for the overview chart.

    Interactions without at least a month in their date cannot be placed and are left out.
    """
    months = [(inter.date[:7], inter.type) for inter in corpus.interactions
              if inter.date and len(inter.date) >= 7]
    if not months:
        return pd.DataFrame(index=pd.Index([], name="month"))
    counts = pd.DataFrame(months, columns=["month", "type"]).value_counts().unstack(fill_value=0)
    order = [t for t in MEETING_TYPES + STATEMENT_TYPES if t in counts.columns]
    order += sorted(set(counts.columns) - set(order))
    counts = counts[order].sort_index()
    counts.columns.name = None
    return counts


def _evidence_between(G: nx.MultiDiGraph, u: str, v: str) -> list[HopEvidence]:
    seen: dict[str, HopEvidence] = {}
    for a, b in ((u, v), (v, u)):
        for data in (G.get_edge_data(a, b) or {}).values():
            seen.setdefault(data["interaction_id"], HopEvidence(
                data["type"], data["status"], data.get("date"), data.get("evidence", ""), data["article_id"]))
    return sorted(seen.values(), key=lambda h: (h.date is None, h.date or ""))
