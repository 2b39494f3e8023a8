"""Keeping the map's places when the corpus grows: nodes already placed stay where they were.

``render.layout`` lays a graph out from scratch; ``extend_layout`` starts from an earlier
layout instead, so adding articles does not rearrange the map an analyst knows.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Hashable

import networkx as nx

from .render import COMPONENT_GAP_PX, NODE_SPACING_PX, layout

Position = tuple[float, float]


def extend_layout(G: nx.Graph, previous: dict[Hashable, Position], seed: int = 7) -> dict[Hashable, Position]:
    """Positions for every node of ``G``: those of ``previous`` kept as they were, a new node next
    to its placed neighbours, and components of new nodes only laid out alone below the map."""
    pos: dict[Hashable, Position] = {n: tuple(previous[n]) for n in G if n in previous}  # type: ignore[misc]
    if not pos:
        return layout(G, seed)
    pending = sorted((n for n in G if n not in pos), key=str)
    while pending:  # placed in waves: a new node next to a new neighbour placed in the wave before
        placed_now = []
        for node in pending:
            around = [pos[m] for m in G[node] if m in pos]
            if around:
                cx = sum(x for x, _ in around) / len(around)
                cy = sum(y for _, y in around) / len(around)
                angle = _angle(node)
                pos[node] = (round(cx + 0.6 * NODE_SPACING_PX * math.cos(angle), 1),
                             round(cy + 0.6 * NODE_SPACING_PX * math.sin(angle), 1))
                placed_now.append(node)
        if not placed_now:
            break
        pending = [n for n in pending if n not in pos]
    if pending:
        rest = layout(G.subgraph(pending), seed)
        left = min(x for x, _ in pos.values())
        bottom = max(y for _, y in pos.values()) + 2 * COMPONENT_GAP_PX
        rest_left = min(x for x, _ in rest.values())
        rest_top = min(y for _, y in rest.values())
        for node, (x, y) in rest.items():
            pos[node] = (round(x - rest_left + left, 1), round(y - rest_top + bottom, 1))
    return pos


def _angle(node: Hashable) -> float:
    """A direction of its own for each node, the same in every process."""
    digest = hashlib.sha1(str(node).encode("utf-8")).digest()
    return int.from_bytes(digest[:2], "big") / 65536 * 2 * math.pi
