"""The who-met-whom graph as one self-contained, offline, XSS-safe HTML page.

The page draws with vis-network 9.1.2 as bundled by pyvis 0.3.2, inlined. pyvis's own page
template is not used: it loads Bootstrap from a CDN in every mode, writes ``heading`` and its
select/filter menus unescaped, shows any tooltip containing "href" through ``innerHTML``, and
its ``add_edge`` is quadratic. Instead:

- user text reaches the page only HTML-escaped (legend) or inside JSON in which ``<``, ``>``
  and ``&`` are written ``\\u003c``, ``\\u003e``, ``\\u0026``, so it cannot close the
  ``<script>`` block;
- tooltips are plain strings, which vis-network 9 shows with ``innerText``: text, never HTML;
- positions come from ``layout`` and physics is off, so 1,000 nodes draw at once;
- a Content-Security-Policy runs only the page's own two scripts (by hash) and allows no
  other network request.

A page saved on its own holds vis-network inline; the dashboard's maps load it from the server
(``vis_src``), so the browser fetches and compiles its 0.5 MB once, not with every map. The script
is still admitted by its hash (the tag's ``integrity``), whatever address serves it.
"""
from __future__ import annotations

import html
import json
import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from operator import methodcaller
from string import Template

import networkx as nx

from ..models import ACTOR_KINDS
from .layout import check_graph as _check_graph
from .layout import layout  # noqa: F401  (the default positions; long imported from here)
from .page_assets import map_frontend, vis_network, vis_script_tag
from .palette import EDGE_GROUPS, NO_TYPE, country_label, dominant_group, edge_color
from .regions import region_group

SHAPES = {"person": "dot", "organization": "square", "country": "diamond"}
KIND_SYMBOLS = {"person": "● person", "organization": "■ organisation", "country": "◆ country"}

NODE_SIZE = (8.0, 45.0)  # px, sqrt of weighted degree, clamped
EDGE_WIDTH = (1.0, 10.0)  # px, sqrt of weight, clamped
HIGHLIGHT_BORDER_PX = 5
MAX_TOOLTIP_INTERACTIONS = 3  # the tooltip stays short; a click on the line lists them all beside the map
MAX_EVIDENCE_CHARS = 200
TOP_LABELS = 25  # labels kept readable at any zoom


_OPTIONS = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "nodes": {"borderWidth": 1,
              "font": {"size": 14, "face": "system-ui, sans-serif", "multi": False, "strokeWidth": 3,
                       "strokeColor": "#ffffff"},
              "scaling": {"label": {"drawThreshold": 9}}},  # a label smaller than this on screen is not drawn
    "edges": {"smooth": False, "font": {"multi": False}},
}


# --- legend ----------------------------------------------------------------------------------


def _group_items(G: nx.Graph, groups: Mapping[Hashable, tuple[str, str]] | None) -> list[tuple[str, str]]:
    if groups is None:
        groups = {n: region_group(data.get("country")) for n, data in G.nodes(data=True)}
    counts = Counter(groups[n] for n in G)
    return sorted(counts, key=lambda item: (-counts[item], item[0]))


def _edge_items(groups: set[str | None]) -> list[tuple[str, str]]:
    items = [(label, colour) for group, (colour, label) in EDGE_GROUPS.items() if group in groups]
    if None in groups:
        items.append(("untyped", NO_TYPE))
    return items


def _legend_html(G: nx.Graph, groups: Mapping[Hashable, tuple[str, str]] | None,
                 edge_groups: set[str | None]) -> str:
    e = html.escape
    colours = "".join(
        f'<li><span class="swatch" style="background:{e(colour)}"></span>{e(label)}</li>'
        for label, colour in _group_items(G, groups)
    )
    edges = "".join(
        f'<li><span class="line" style="border-color:{e(colour)}"></span>{e(label)}</li>'
        for label, colour in _edge_items(edge_groups)
    )
    if any(data.get("planned_only") for _, _, data in G.edges(data=True)):
        edges += '<li><span class="line dashed"></span>planned only</li>'
    kinds = {data.get("kind") for _, data in G.nodes(data=True)}
    shapes = " ".join(symbol for kind, symbol in KIND_SYMBOLS.items() if kind in kinds)
    return (
        '<details class="legend" open><summary>Legend</summary>'  # a strip below the map, never over it
        f"<div><h2>Colours</h2><ul>{colours}</ul></div>"
        f"<div><h2>Interactions</h2><ul>{edges}</ul>"
        f'<span class="shapes">{e(shapes)}</span></div></details>'
    )


# --- nodes and edges -------------------------------------------------------------------------


def _node_json(G: nx.Graph, node: Hashable, xy: tuple[float, float], highlighted: bool, colour: str) -> dict:
    if isinstance(node, bool) or not isinstance(node, str | int):
        raise TypeError(f"node ids must be str or int for the browser, got {node!r}")
    data = G.nodes[node]
    kind = data.get("kind")
    if kind not in SHAPES:
        raise ValueError(f"node {node!r}: kind must be one of {ACTOR_KINDS}, got {kind!r}")
    x, y = (float(v) for v in xy)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"node {node!r}: position {xy!r} is not finite")
    degree = data.get("weighted_degree")
    if degree is None:
        degree = G.degree(node, weight="weight")
    border = "#000000" if highlighted else colour
    return {
        "id": node,
        "label": str(data.get("name") or node),
        "shape": SHAPES[kind],
        "size": round(_clamp(8 + 3 * math.sqrt(max(degree, 0)), *NODE_SIZE), 1),
        "color": {
            "background": colour,
            "border": border,
            "highlight": {"background": colour, "border": "#000000"},
            "hover": {"background": colour, "border": "#000000"},
        },
        "borderWidth": HIGHLIGHT_BORDER_PX if highlighted else 1,
        "title": _node_title(node, data),
        "x": x,
        "y": y,
    }


def _node_title(node: Hashable, data: dict) -> str:
    lines = [str(data.get("name") or node)]
    if data.get("role"):
        lines.append(f"Role: {data['role']}")
    code = data.get("country")
    lines.append(f"Country: {country_label(code)} ({code})" if code else "Country: none")
    if data.get("mentions") is not None:
        lines.append(f"Mentions: {data['mentions']}")
    articles = data.get("articles")
    if articles is not None:
        lines.append(f"Articles: {len(articles) if isinstance(articles, list | tuple | set) else articles}")
    return "\n".join(lines)


_TYPE_OF = methodcaller("get", "type")


def _edge_group(data: dict) -> str | None:
    """The edge's legend group: by its interactions' types (``details``), else its ``types``."""
    details = data.get("details")
    return dominant_group(Counter(map(_TYPE_OF, details)) if details else Counter(data.get("types") or []))


def _edge_json(G: nx.Graph, index: int, u: Hashable, v: Hashable, data: dict, group: str | None) -> dict:
    weight = float(data.get("weight", 1))
    colour = edge_color(group)
    return {
        "id": index,
        "from": u,
        "to": v,
        "color": {"color": colour, "highlight": colour, "hover": colour},
        "width": round(_clamp(1.5 * math.sqrt(max(weight, 0)), *EDGE_WIDTH), 1),
        "dashes": bool(data.get("planned_only")),
        "title": _edge_title(G, u, v, data),
    }


def _edge_title(G: nx.Graph, u: Hashable, v: Hashable, data: dict) -> str:
    names = [str(G.nodes[n].get("name") or n) for n in (u, v)]
    lines = [" — ".join(names)]
    details = list(data.get("details") or [])
    count = len(details) or len(data.get("interactions") or [])
    dates = [d for d in (data.get("first_date"), data.get("last_date")) if d]
    summary = [f"{count} interaction{'s' if count != 1 else ''}"] if count else []
    if dates:
        summary.append(" to ".join(dict.fromkeys(dates)))
    if summary:
        lines.append(", ".join(summary))
    if data.get("planned_only"):
        lines.append("Planned only: not reported as having happened")
    if not details:
        if data.get("types"):
            lines.append("Types: " + ", ".join(map(str, data["types"])))
        if data.get("statuses"):
            lines.append("Statuses: " + ", ".join(map(str, data["statuses"])))
        return "\n".join(lines)
    # Most recent first; undated last.
    details.sort(key=lambda d: d.get("date") or "", reverse=True)
    for d in details[:MAX_TOOLTIP_INTERACTIONS]:
        head = f"{d.get('date') or 'undated'} · {d.get('type') or '?'} · {d.get('status') or '?'}"
        if d.get("article_title"):
            head += f" — {d['article_title']}"
        lines += ["", head]
        if d.get("evidence"):
            lines.append(f"“{_truncate(' '.join(str(d['evidence']).split()))}”")
    if len(details) > MAX_TOOLTIP_INTERACTIONS:
        lines += ["", f"+{len(details) - MAX_TOOLTIP_INTERACTIONS} more"]
    return "\n".join(lines)


def _truncate(text: str) -> str:
    return text if len(text) <= MAX_EVIDENCE_CHARS else text[: MAX_EVIDENCE_CHARS - 1].rstrip() + "…"


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


# --- page ------------------------------------------------------------------------------------


def script_json(value) -> str:
    """JSON safe to embed in an HTML ``<script>``: no ``<``, ``>``, ``&``, U+2028/2029 left raw."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


_PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src $script_hashes; \
style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplomap: who met whom</title>
<style>$vis_css</style>
<style>:root { --map-height: ${height}px; }
$page_css</style>
$vis_script
</head>
<body>
<div id="frame">
<div id="graph" role="application" aria-label="Graph of who met whom"></div>
<div id="tools" role="toolbar" aria-label="Map tools">
<input id="find" type="search" list="names" placeholder="Find an actor" aria-label="Find an actor">
<datalist id="names"></datalist>
<button id="zoom-in" type="button" title="Zoom in" aria-label="Zoom in">+</button>
<button id="zoom-out" type="button" title="Zoom out" aria-label="Zoom out">&minus;</button>
<button id="fit" type="button" title="Fit the map" aria-label="Fit the map">Fit</button>
<button id="png" type="button" title="Save the map as a PNG picture" aria-label="Save as PNG">PNG</button>
</div>
$legend
</div>
<script type="application/json" id="map-data">$data</script>
<script>$app_js</script>
</body>
</html>
""")


def _checked_inputs(G: nx.Graph, positions: dict | None, height_px: int,
                    highlight: Iterable[str]) -> tuple[set, dict]:
    """``render_html``'s arguments checked: the highlighted ids and the positions (laid out if none)."""
    _check_graph(G)
    if isinstance(height_px, bool) or not isinstance(height_px, int) or height_px <= 0:
        raise ValueError(f"height_px must be a positive int, got {height_px!r}")
    if isinstance(highlight, str):
        raise TypeError("highlight must be an iterable of node ids, not a single string")
    highlighted = set(highlight)
    unknown = highlighted - set(G)
    if unknown:
        raise ValueError(f"highlight names nodes not in the graph: {sorted(map(str, unknown))[:5]}")
    if positions is None:
        positions = layout(G)
    missing = [n for n in G if n not in positions]
    if missing:
        raise ValueError(f"positions lack {len(missing)} node(s) of the graph, e.g. {missing[:3]!r}")
    return highlighted, positions


def render_html(
    G: nx.Graph,
    *,
    positions: dict | None = None,
    height_px: int = 700,
    highlight: Iterable[str] = (),
    legend: bool = True,
    groups: Mapping[Hashable, tuple[str, str]] | None = None,
    fit: Iterable[Hashable] | None = None,
    vis_src: str | None = None,
) -> str:
    """The graph as an HTML page that needs no network, for an iframe or a file.

    ``G`` is the weighted display graph of ``diplomap.graph.weighted_graph``. ``positions``
    (from ``layout``, which is slow: cache it) may cover more nodes than ``G``, so one layout
    of the whole corpus serves every filtered view; nodes it lacks are an error, as are
    ``highlight`` ids not in ``G``. ``groups`` gives each node's colour group ``(label,
    colour)`` (default: its region, ``regions.region_group``); ``fit`` the nodes the first
    view frames (default: the largest connected component). ``vis_src`` is where the server
    that shows the page sends ``page_assets.vis_network_file()`` (default: vis-network inline, a
    page that works alone); a relative address resolves against the page holding the iframe.

    The page's behaviour (clicks, focus, dimming, toolbar, messages to and from the parent
    frame) is described at the top of ``frontend/map.js``.
    """
    highlighted, positions = _checked_inputs(G, positions, height_px, highlight)
    if groups is None:
        groups = {n: region_group(data.get("country")) for n, data in G.nodes(data=True)}

    nodes = [_node_json(G, n, positions[n], n in highlighted, groups[n][1]) for n in G]
    edge_groups = [_edge_group(d) for _, _, d in G.edges(data=True)]
    edges = [_edge_json(G, i, u, v, d, group)
             for i, ((u, v, d), group) in enumerate(zip(G.edges(data=True), edge_groups, strict=True))]
    fit_nodes = [n for n in fit if n in G] if fit is not None else largest_component(G)
    meta = {"top": top_nodes(G), "fit": fit_nodes}
    data = script_json({"nodes": nodes, "edges": edges, "options": _OPTIONS, "meta": meta})
    _, vis_sha, vis_css = vis_network()
    app_js, app_sha, page_css = map_frontend()
    return _PAGE.substitute(
        script_hashes=f"'{vis_sha}' '{app_sha}'",
        vis_css=vis_css, vis_script=vis_script_tag(vis_src), height=height_px, page_css=page_css,
        legend=_legend_html(G, groups, set(edge_groups)) if legend else "", data=data, app_js=app_js,
    )


def top_nodes(G: nx.Graph, n: int = TOP_LABELS) -> list:
    """The ``n`` most connected nodes (weighted degree, then name): their labels stay readable when zoomed out."""
    def degree(node) -> float:
        value = G.nodes[node].get("weighted_degree")
        return G.degree(node, weight="weight") if value is None else value

    return sorted(G, key=lambda node: (-degree(node), str(G.nodes[node].get("name") or node)))[:n]


def largest_component(G: nx.Graph) -> list:
    """The nodes of the largest connected component (ties: the one with the first node id)."""
    if len(G) == 0:
        return []
    best = min(nx.connected_components(G), key=lambda c: (-len(c), min(map(str, c))))
    return sorted(best, key=str)
