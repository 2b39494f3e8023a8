"""The graph page: offline, XSS-safe, laid out in Python, styled from the graph's attributes."""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re

import networkx as nx
import pytest

from diplomap.views.palette import EDGE_GROUPS, dominant_type
from diplomap.views.regions import ORGANISATIONS, REGIONS, community_group, groups_for, region_group
from diplomap.views.render import (
    HIGHLIGHT_BORDER_PX,
    MAX_TOOLTIP_INTERACTIONS,
    layout,
    render_html,
    script_json,
)

SCRIPT_XSS = "<script>alert(1)</script>"
IMG_XSS = "<img src=x onerror=alert(1)>"

EXTERNAL = [
    re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""url\(\s*["']?\s*(?:https?:)?//""", re.I),
]


def external_urls(page: str) -> list[str]:
    return [m.group(0) for pattern in EXTERNAL for m in pattern.finditer(page)]


def page_spec(page: str) -> dict:
    """The data block the page's script hands to vis-network: nodes, edges, options and meta."""
    m = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.S)
    assert m, "data block not found"
    return json.loads(m.group(1))


def page_data(page: str) -> tuple[list, list, dict]:
    """The nodes, edges and options the page hands to vis-network."""
    spec = page_spec(page)
    return spec["nodes"], spec["edges"], spec["options"]


def legend(page: str) -> str:
    return page[page.index('<details class="legend"'):page.index("</details>")]


def diplomacy_graph() -> nx.Graph:
    G = nx.Graph()
    G.add_node("keir-starmer", name="Keir Starmer", kind="person", country="GBR",
               role="Prime Minister", mentions=6, articles=["a1", "a2"])
    G.add_node("emmanuel-macron", name="Emmanuel Macron", kind="person", country="FRA",
               role="President", mentions=3, articles=["a1"])
    G.add_node("nato", name="NATO", kind="organization", country=None, mentions=2, articles=["a2"])
    G.add_node("ukraine", name="Ukraine", kind="country", country="UKR", mentions=9, articles=["a1", "a2"])
    G.add_edge("keir-starmer", "emmanuel-macron", weight=2, types=["meet"], statuses=["planned"],
               first_date="2025-02-17", last_date="2025-02-17", planned_only=True,
               details=[{"type": "meet", "status": "planned", "date": "2025-02-17",
                         "evidence": "Starmer is set to meet Macron in Paris.", "article_title": "Summit"}])
    G.add_edge("keir-starmer", "nato", weight=1, types=["call"], statuses=["occurred"], planned_only=False)
    G.add_edge("emmanuel-macron", "ukraine", weight=1, types=["criticize"], statuses=["occurred"],
               planned_only=False)
    return G


def positions_for(G: nx.Graph) -> dict:
    return {n: (10.0 * i, -5.0 * i) for i, n in enumerate(G)}


def render(G: nx.Graph, **kwargs) -> str:
    return render_html(G, positions=positions_for(G), **kwargs)


# --- offline ---------------------------------------------------------------------------------


def test_scanner_finds_the_cdn_tags_of_pyvis_own_template():
    from pyvis.network import Network

    assert external_urls(Network(cdn_resources="in_line").generate_html())


def test_page_loads_nothing_from_the_network():
    G = diplomacy_graph()
    G.nodes["nato"]["role"] = '<link rel="stylesheet" href="https://evil.example/x.css">'
    page = render(G)
    assert external_urls(page) == []
    assert "default-src 'none'" in page


def test_content_security_policy_admits_exactly_the_page_scripts():
    page = render(diplomacy_graph())
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2  # vis-network, then the app
    policy = re.search(r"script-src ([^;]+);", page).group(1).split()
    expected = ["'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
                for s in scripts]
    assert policy == expected


def test_a_served_page_loads_vis_network_by_address_and_admits_it_only_by_its_hash():
    inline = render(diplomacy_graph())
    served = render(diplomacy_graph(), vis_src="diplomap/vis-network-0123.min.js")
    vis_js = re.findall(r"<script>(.*?)</script>", inline, re.S)[0]
    assert vis_js not in served
    tag = re.search(r"<script src=\"([^\"]+)\" integrity=\"([^\"]+)\" crossorigin=\"anonymous\"></script>", served)
    assert tag and tag.group(1) == "diplomap/vis-network-0123.min.js"
    policy = re.search(r"script-src ([^;]+);", served).group(1).split()
    assert policy == re.search(r"script-src ([^;]+);", inline).group(1).split()  # the same two hashes
    assert f"'{tag.group(2)}'" == policy[0]
    assert len(served) < len(inline) - 400_000
    assert external_urls(served) == []  # a relative address: the dashboard's own server


def test_vis_network_stylesheet_keeps_the_tooltip_and_drops_the_button_images():
    page = render(diplomacy_graph())
    style = re.findall(r"<style>(.*?)</style>", page, re.S)[0]
    assert "div.vis-tooltip" in style
    assert "data:image" not in style and "vis-button.vis-add" not in style
    assert len(style) < 20_000


# --- XSS -------------------------------------------------------------------------------------


def xss_graph() -> nx.Graph:
    G = diplomacy_graph()
    G.nodes["keir-starmer"].update(name=SCRIPT_XSS, role=IMG_XSS)
    G.nodes["nato"]["country"] = "<b>XX"
    G.edges["keir-starmer", "emmanuel-macron"]["details"][0].update(
        evidence=f"He said {SCRIPT_XSS} and {IMG_XSS}", article_title=SCRIPT_XSS)
    return G


def test_user_text_never_appears_as_markup():
    G = xss_graph()
    page = render(G, groups={n: ("<b>XX", "#000000") for n in G})
    assert SCRIPT_XSS not in page
    assert IMG_XSS not in page
    assert "<b>XX" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    assert "&lt;b&gt;XX" in legend(page)
    benign = render(diplomacy_graph(), groups={n: ("XX", "#000000") for n in G})
    for tag in ("<script", "<img", "<b>"):
        assert page.lower().count(tag) == benign.lower().count(tag)


def test_tooltips_are_the_plain_text_itself():
    nodes, edges, _ = page_data(render(xss_graph()))
    starmer = next(n for n in nodes if n["id"] == "keir-starmer")
    assert starmer["label"] == SCRIPT_XSS
    assert starmer["title"].splitlines()[:2] == [SCRIPT_XSS, f"Role: {IMG_XSS}"]
    meeting = next(e for e in edges if {e["from"], e["to"]} == {"keir-starmer", "emmanuel-macron"})
    assert f"He said {SCRIPT_XSS} and {IMG_XSS}" in meeting["title"]
    assert "&lt;" not in meeting["title"]  # innerText would show entities literally


def test_script_json_escapes_what_could_end_a_script_block():
    text = script_json({"k": "</script><!-- & \u2028"})
    assert not set("<>&") & set(text)
    assert "\u2028" not in text
    assert json.loads(text) == {"k": "</script><!-- & \u2028"}


# --- drawing ---------------------------------------------------------------------------------


def test_positions_are_passed_and_physics_is_off():
    G = diplomacy_graph()
    nodes, _, options = page_data(render(G))
    assert {n["id"]: (n["x"], n["y"]) for n in nodes} == positions_for(G)
    assert options["physics"]["enabled"] is False
    assert options["layout"]["improvedLayout"] is False


def test_positions_may_cover_more_nodes_than_the_graph():
    G = diplomacy_graph()
    view = G.subgraph(["keir-starmer", "nato"])
    nodes, _, _ = page_data(render_html(view, positions=positions_for(G)))
    assert {n["id"] for n in nodes} == {"keir-starmer", "nato"}


def test_nodes_styled_by_kind_country_and_degree():
    G = diplomacy_graph()
    G.add_node("x", name="Hub", kind="person", country="USA", weighted_degree=400)
    nodes = {n["id"]: n for n in page_data(render(G))[0]}
    assert [nodes[i]["shape"] for i in ("keir-starmer", "nato", "ukraine")] == ["dot", "square", "diamond"]
    assert nodes["keir-starmer"]["color"]["background"] == REGIONS["Rest of Europe"][0]
    assert nodes["emmanuel-macron"]["color"]["background"] == REGIONS["European Union"][0]
    assert nodes["nato"]["color"]["background"] == ORGANISATIONS[1]
    # weighted degree computed from weights when absent: Starmer 2 + 1 > NATO 1
    assert nodes["keir-starmer"]["size"] > nodes["nato"]["size"]
    assert nodes["x"]["size"] == 45.0  # clamped
    assert nodes["keir-starmer"]["label"] == "Keir Starmer"


def test_node_tooltip_lists_role_country_mentions_articles():
    nodes = {n["id"]: n for n in page_data(render(diplomacy_graph()))[0]}
    assert nodes["keir-starmer"]["title"].splitlines() == [
        "Keir Starmer", "Role: Prime Minister", "Country: United Kingdom (GBR)", "Mentions: 6", "Articles: 2"]


def test_planned_only_edges_are_dashed_and_coloured_by_type():
    edges = {frozenset((e["from"], e["to"])): e for e in page_data(render(diplomacy_graph()))[1]}
    planned = edges[frozenset(("keir-starmer", "emmanuel-macron"))]
    call = edges[frozenset(("keir-starmer", "nato"))]
    statement = edges[frozenset(("emmanuel-macron", "ukraine"))]
    assert planned["dashes"] is True and call["dashes"] is False
    assert planned["color"]["color"] == EDGE_GROUPS["meet"][0]
    assert call["color"]["color"] == EDGE_GROUPS["call"][0]
    assert statement["color"]["color"] == EDGE_GROUPS["statement"][0]
    assert planned["width"] > call["width"]


def test_edge_tooltip_shows_recent_interactions_then_how_many_more():
    G = diplomacy_graph()
    details = [{"type": "call", "status": "occurred", "date": f"2025-03-{day:02d}",
                "evidence": f"They spoke on day {day}.", "article_title": "Calls"} for day in range(1, 13)]
    G.edges["keir-starmer", "nato"].update(details=details, weight=12)
    edge = next(e for e in page_data(render(G))[1] if {e["from"], e["to"]} == {"keir-starmer", "nato"})
    title = edge["title"]
    assert title.startswith("Keir Starmer — NATO\n12 interactions")
    assert "They spoke on day 12." in title and "They spoke on day 10." in title
    assert "They spoke on day 9." not in title
    assert title.endswith(f"+{12 - MAX_TOOLTIP_INTERACTIONS} more")
    assert edge["width"] == round(1.5 * math.sqrt(12), 1)


def test_highlighted_nodes_get_a_thick_border():
    nodes = {n["id"]: n for n in page_data(render(diplomacy_graph(), highlight=["nato"]))[0]}
    assert nodes["nato"]["borderWidth"] == HIGHLIGHT_BORDER_PX
    assert nodes["keir-starmer"]["borderWidth"] == 1


def test_clicks_are_posted_to_the_parent_and_focus_is_received():
    page = render(diplomacy_graph())
    assert 'var message = {type: "diplomap:select", kind: kind};' in page
    assert 'window.parent.postMessage(message, "*")' in page
    assert 'm.type !== "diplomap:focus"' in page


def test_tooltips_wrap_despite_vis_networks_nowrap_rule():
    page = render(diplomacy_graph())
    assert "div.vis-tooltip{" in page.replace(" ", "") and "white-space:nowrap" in page.replace(" ", "")
    assert "#graph div.vis-tooltip { white-space: pre-wrap !important;" in page  # more specific, and important


def test_meta_lists_the_top_nodes_and_the_component_to_fit():
    G = diplomacy_graph()
    G.add_edge("a", "b", weight=1)
    G.nodes["a"].update(name="A", kind="person")
    G.nodes["b"].update(name="B", kind="person")
    meta = page_spec(render(G))["meta"]
    assert set(meta["top"][:2]) == {"keir-starmer", "emmanuel-macron"}  # weighted degree 3 each
    assert set(meta["top"]) == set(G)
    assert set(meta["fit"]) == {"keir-starmer", "emmanuel-macron", "nato", "ukraine"}
    assert page_spec(render(G, fit=["a", "b", "nobody"]))["meta"]["fit"] == ["a", "b"]


def test_colour_groups_are_few_and_switchable():
    G = diplomacy_graph()
    assert region_group("USA") == ("North America", REGIONS["North America"][0])
    assert region_group("XYZ")[0] == "Other" and region_group(None) == ORGANISATIONS
    by_community = groups_for(dict(G.nodes(data=True)), "community", {"keir-starmer": 0, "nato": 12})
    assert by_community["keir-starmer"] == community_group(0) and by_community["nato"][0] == "Smaller groups"
    nodes = {n["id"]: n for n in page_data(render(G, groups=by_community))[0]}
    assert nodes["keir-starmer"]["color"]["background"] == community_group(0)[1]
    with pytest.raises(ValueError):
        groups_for({}, "country")


# --- legend ----------------------------------------------------------------------------------


LEGEND_ITEM = re.compile(r'<li><span class="(?:swatch|line)" style="(?:background|border-color):([^"]+)"></span>([^<]+)</li>')


def test_legend_lists_colour_groups_present_and_edge_types():
    box = legend(render(diplomacy_graph()))
    # the colour groups present, most nodes first, then the edge types (words, never mistaken for groups)
    assert [(label, colour) for colour, label in LEGEND_ITEM.findall(box)] == [
        ("Rest of Europe", REGIONS["Rest of Europe"][0]),  # Starmer and Ukraine
        ("European Union", REGIONS["European Union"][0]), ORGANISATIONS,
        ("meeting", EDGE_GROUPS["meet"][0]), ("call", EDGE_GROUPS["call"][0]),
        ("statement", EDGE_GROUPS["statement"][0]),
    ]
    for name in ("Rest of Europe", "European Union", "Organisations", "meeting", "planned only"):
        assert name in box
    assert "North America" not in box and "visit" not in box


def test_legend_can_be_left_out():
    assert '<details class="legend"' not in render(diplomacy_graph(), legend=False)


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("kwargs, error", [
    ({"positions": {"nato": (0, 0)}}, ValueError),
    ({"highlight": ["nobody"]}, ValueError),
    ({"highlight": "nato"}, TypeError),
    ({"height_px": 0}, ValueError),
])
def test_bad_arguments_are_refused(kwargs, error):
    G = diplomacy_graph()
    kwargs.setdefault("positions", positions_for(G))
    with pytest.raises(error):
        render_html(G, **kwargs)


def test_unknown_kind_and_directed_graphs_are_refused():
    G = diplomacy_graph()
    G.nodes["nato"]["kind"] = "alliance"
    with pytest.raises(ValueError, match="nato"):
        render(G)
    with pytest.raises(TypeError):
        render_html(nx.DiGraph(diplomacy_graph()), positions=positions_for(G))


# --- layout and scale ------------------------------------------------------------------------


def test_layout_is_deterministic_and_keeps_components_apart():
    G = nx.Graph([(0, 1), (1, 2), (2, 0), (3, 4)])
    G.add_node(5)
    pos = layout(G, seed=7)
    assert pos == layout(G, seed=7)
    assert set(pos) == set(G)
    assert all(math.isfinite(v) for xy in pos.values() for v in xy)

    def box(nodes):
        xs, ys = zip(*(pos[n] for n in nodes), strict=True)
        return min(xs), max(xs), min(ys), max(ys)

    boxes = [box(c) for c in ([0, 1, 2], [3, 4], [5])]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]
    assert math.dist(pos[3], pos[4]) > 30  # pixels, not unit coordinates


def test_a_thousand_node_graph_renders():
    G = nx.gnm_random_graph(1000, 3000, seed=1)
    for n in G:
        G.nodes[n].update(name=f"Actor {n}", kind="person", country=["USA", "RUS", None][n % 3])
    for u, v in G.edges:
        G.edges[u, v].update(weight=1 + (u + v) % 4, types=["meet"], planned_only=u % 7 == 0)
    positions = {n: (math.cos(n) * 900, math.sin(n) * 900) for n in G}
    nodes, edges, _ = page_data(render_html(G, positions=positions))
    assert len(nodes) == 1000 and len(edges) == 3000


# --- palette ---------------------------------------------------------------------------------


def test_dominant_type_counts_groups_and_breaks_ties_by_contact():
    assert dominant_type(["call", "call", "meet"]) == "call"
    assert dominant_type(["criticize", "support", "meet"]) == "statement"
    assert dominant_type(["call", "meet"]) == "meet"
    assert dominant_type([]) is None


def test_an_empty_graph_renders_an_empty_page():
    assert layout(nx.Graph()) == {}
    nodes, edges, _ = page_data(render_html(nx.Graph()))
    assert nodes == [] and edges == []
