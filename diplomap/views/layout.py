"""Where the map's nodes go, in pixels: ``layout`` lays a graph out from scratch (slow: cache it);
``extend_layout`` starts from an earlier layout, so adding articles does not rearrange the map
an analyst knows (nodes already placed stay where they were); ``spread`` scales a small
layout up to fill the frame.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Hashable

import networkx as nx

Position = tuple[float, float]

NODE_SPACING_PX = 120  # typical distance between neighbouring nodes
COMPONENT_GAP_PX = 60
KAMADA_KAWAI_MAX_NODES = 30  # beyond this, spring layout: Kamada-Kawai is quadratic in memory
SPREAD_TO_PX = 480  # a small layout is scaled up to about this size (the map zooms out, never in)
MAX_SPREAD = 3.0


# --- layout ----------------------------------------------------------------------------------


def check_graph(G: nx.Graph) -> None:
    if not isinstance(G, nx.Graph) or G.is_directed() or G.is_multigraph():
        raise TypeError(f"expected an undirected nx.Graph (diplomap.graph.weighted_graph), got {type(G).__name__}")


def layout(G: nx.Graph, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Pixel positions of every node; the same graph and seed give the same positions.

    Each connected component is laid out on its own (Kamada-Kawai when small, spring layout
    otherwise) and the components are packed in rows, largest first, so that the many
    isolated pairs of a news corpus do not squeeze the main cluster. Slow for big graphs
    (about 2-4 s for 1,000 nodes): cache the result.
    """
    check_graph(G)
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(G)),
        key=lambda c: (-len(c), str(c[0])),
    )
    placed = [_component_layout(G.subgraph(c), seed) for c in components]
    return _pack(placed)


def _component_layout(H: nx.Graph, seed: int) -> dict[Hashable, tuple[float, float]]:
    """A component's positions in pixels, centred on 0, within a radius growing with sqrt(n)."""
    n = len(H)
    if n == 1:
        return {next(iter(H)): (0.0, 0.0)}
    if n <= 3:  # a pair or a triangle: place it directly, no solver needed
        nodes = sorted(H, key=str)
        unit = {node: (math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n))
                for k, node in enumerate(nodes)}
    elif n <= KAMADA_KAWAI_MAX_NODES:
        unit = nx.kamada_kawai_layout(H, weight=None)  # weight would mean distance here
    else:
        unit = even_out(nx.spring_layout(H, seed=seed, iterations=50, weight="weight"))
    radius = NODE_SPACING_PX * math.sqrt(n) / 2
    return {node: (float(x) * radius, float(y) * radius) for node, (x, y) in unit.items()}


def even_out(pos: dict) -> dict:
    """The same directions from the centre, with distances by rank so that nodes fill a unit disc evenly.

    A spring layout of a news network crowds the hubs' partners into a dense core and sends
    a few chains far out; evened out, the core is readable at the zoom that shows the whole.
    """
    if len(pos) < 2:
        return pos
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    order = sorted(pos, key=lambda node: (math.hypot(pos[node][0] - cx, pos[node][1] - cy), str(node)))
    out = {}
    for rank, node in enumerate(order):
        x, y = pos[node][0] - cx, pos[node][1] - cy
        angle = math.atan2(y, x) if (x or y) else 0.0
        r = math.sqrt((rank + 0.5) / len(order))
        out[node] = (r * math.cos(angle), r * math.sin(angle))
    return out


def _pack(components: list[dict]) -> dict[Hashable, tuple[float, float]]:
    """Shelf packing: square boxes left to right, a new row when the row is full."""
    sides = []
    for pos in components:
        extent = max(max(abs(x), abs(y)) for x, y in pos.values())
        sides.append(2 * extent + COMPONENT_GAP_PX)
    row_limit = max(max(sides, default=0), math.sqrt(sum(s * s for s in sides)))
    positions: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, side in zip(components, sides, strict=True):
        if x > 0 and x + side > row_limit:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + side / 2, y + side / 2
        for node, (px, py) in pos.items():
            positions[node] = (round(cx + px, 1), round(cy + py, 1))
        x += side
        row_height = max(row_height, side)
    return positions



def spread(pos: dict, size_px: float = SPREAD_TO_PX, max_scale: float = MAX_SPREAD) -> dict:
    """Scale positions up (never down) so a few nodes fill the frame instead of a corner of it."""
    if len(pos) < 2:
        return pos
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    scale = min(max_scale, size_px / extent) if extent else 1.0
    if scale <= 1:
        return pos
    return {n: (round(x * scale, 1), round(y * scale, 1)) for n, (x, y) in pos.items()}



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
