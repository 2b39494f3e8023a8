"""The dashboard in a real browser (issue #4 acceptance): Streamlit server + Debian's Chromium.

One session on the seed article: the graph draws into its canvas, choosing Keir Starmer
in the Leaders filter narrows the graph and the quotes, and no request leaves the
machine. Screenshots before and after the filter go to the test's tmp_path.
"""
from __future__ import annotations

import re
import time

import pytest
from browser_helpers import BROWSER_MARKS, GRAPH_IFRAME, choose_leader, chromium_page, seed_folder, served

STARTUP_SECONDS = 90  # the first run loads spaCy and ingests the seed
GRAPH_CAPTION = re.compile(r"(\d+) actors · (\d+) pairs · (\d+) interactions")
QUOTES_CAPTION = re.compile(r"(\d+) of (\d+) quotes")

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The dashboard served on a free port from a fresh store and a folder holding the seed article."""
    folder, articles = seed_folder(tmp_path_factory, "app")
    with served(folder, folder / "store.db", articles, timeout=STARTUP_SECONDS) as url:
        yield url


def graph_nodes(page, count: int, timeout: float = 30) -> list[str]:
    """The labels of the nodes vis-network draws, once the graph iframe holds ``count`` of them.

    Polls because a rerun replaces the iframe's document: until the new one has drawn,
    the old one (or none) answers.
    """
    deadline = time.monotonic() + timeout
    labels: list[str] = []
    while len(labels) != count:
        assert time.monotonic() < deadline, f"the graph shows {labels}, not {count} nodes, after {timeout} s"
        try:
            frame = page.frame_locator(GRAPH_IFRAME)
            frame.locator("body[data-drawn=true] canvas").wait_for(timeout=2_000)
            labels = frame.locator("body").evaluate(
                "() => window.diplomapNetwork.body.data.nodes.get().map(n => n.label)")
        except Exception:  # no iframe yet, or its document replaced while asked
            time.sleep(0.25)
    return labels


def caption(page, pattern: re.Pattern, timeout: float = 30) -> tuple[int, ...]:
    """The numbers of the one caption matching ``pattern``, waiting for the page to show it."""
    deadline = time.monotonic() + timeout
    while True:
        texts = page.get_by_test_id("stCaptionContainer").all_inner_texts()
        matches = [m for m in map(pattern.search, texts) if m]
        if len(matches) == 1:
            return tuple(int(g) for g in matches[0].groups())
        assert time.monotonic() < deadline, f"expected one caption like {pattern.pattern!r}, got {texts}"
        time.sleep(0.25)


def wait_caption_change(page, pattern: re.Pattern, old: tuple, timeout: float = 30) -> tuple[int, ...]:
    deadline = time.monotonic() + timeout
    while (now := caption(page, pattern)) == old:
        assert time.monotonic() < deadline, f"caption {pattern.pattern!r} still {old} after {timeout} s"
        time.sleep(0.25)
    return now


def test_dashboard_in_chromium(app_url, tmp_path):
    from playwright.sync_api import expect

    with chromium_page(console_errors=True) as (page, requested, _):  # no request leaves the machine
        page.goto(app_url)
        page.get_by_test_id("stApp").wait_for()

        graph_before = caption(page, GRAPH_CAPTION, timeout=STARTUP_SECONDS)
        actors_before, pairs_before, _ = graph_before
        nodes_before = graph_nodes(page, actors_before)
        shown_before, quotes_before = caption(page, QUOTES_CAPTION)
        assert {"Keir Starmer", "Emmanuel Macron", "Vladimir Putin"} <= set(nodes_before)
        assert shown_before == quotes_before > 0
        page.screenshot(path=tmp_path / "dashboard.png")

        choose_leader(page, "Keir Starmer")

        actors_after, pairs_after, _ = wait_caption_change(page, GRAPH_CAPTION, graph_before)
        nodes_after = graph_nodes(page, actors_after)
        shown_after, quotes_after = wait_caption_change(page, QUOTES_CAPTION, (shown_before, quotes_before))
        expect(page.get_by_text("by or about the chosen leaders")).to_be_visible()
        page.screenshot(path=tmp_path / "starmer.png")

    assert "Keir Starmer" in nodes_after
    assert set(nodes_after) < set(nodes_before), "Starmer's ego network is a strict part of the whole graph"
    assert "Vladimir Putin" not in nodes_after  # his only meeting, Trump's call, does not involve Starmer
    assert pairs_after < pairs_before
    assert 0 < quotes_after < quotes_before and shown_after == quotes_after
    assert any(url.startswith(app_url) for url in requested)
