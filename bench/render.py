"""Map benchmark, run by hand: ``python bench/render.py [--nodes 1000 --edges 3000]``.

A synthetic who-met-whom graph of the given size: layout time in Python, page build time,
and the time Chromium (Debian's, through Playwright) takes to draw it (``data-drawn``).
Target: a 1,000-node graph drawn within 3 s.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diplomap.views.render import layout, render_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
COUNTRIES = ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "IND", "JPN", None]


def synthetic_graph(nodes: int, edges: int, seed: int = 3) -> nx.Graph:
    rng = random.Random(seed)
    G = nx.Graph()
    for n, (u, v) in enumerate(nx.gnm_random_graph(nodes, edges, seed=seed).edges()):
        for x in (u, v):
            if f"a{x}" not in G:
                G.add_node(f"a{x}", name=f"Actor {x}", kind="person", country=rng.choice(COUNTRIES),
                           role="Minister", mentions=3, articles=2)
        G.add_edge(f"a{u}", f"a{v}", weight=rng.randint(1, 4), types=["meet"], statuses=["occurred"],
                   first_date="2025-01-01", last_date="2025-02-01", planned_only=n % 7 == 0,
                   interactions=[f"i{n}"])
    return G


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=1000)
    ap.add_argument("--edges", type=int, default=3000)
    args = ap.parse_args(argv)
    G = synthetic_graph(args.nodes, args.edges)
    t = time.perf_counter()
    positions = layout(G)
    t_layout = time.perf_counter() - t
    t = time.perf_counter()
    page = render_html(G, positions=positions)
    t_page = time.perf_counter() - t
    print(f"graph: {len(G)} nodes, {G.number_of_edges()} edges")
    print(f"layout (Python, cached by the app)   {t_layout:6.2f} s")
    print(f"page build (render_html)             {t_page:6.2f} s")
    if not Path(CHROMIUM).exists():
        print("chromium not installed: browser timing skipped")
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        html = Path(tmp) / "graph.html"
        html.write_text(page, encoding="utf-8")
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        view = browser.new_page(viewport={"width": 1200, "height": 800})
        t = time.perf_counter()
        view.goto(html.as_uri())
        view.wait_for_selector("body[data-drawn=true]", timeout=60_000)
        print(f"drawn in Chromium                    {time.perf_counter() - t:6.2f} s   (target <= 3 s)")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
