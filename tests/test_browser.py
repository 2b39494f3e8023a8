"""The dashboard in a real browser (issue #4 acceptance): Streamlit server + Debian's Chromium.

One session on the seed article: the graph draws into its canvas, choosing Keir Starmer
in the Leaders filter narrows the graph and the quotes, and no request leaves the
machine. Screenshots before and after the filter go to the test's tmp_path.
"""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "seed-starmer-ukraine.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_HOSTS = {"localhost", "127.0.0.1"}
LOCAL_SCHEMES = {"data", "blob", "about"}
STARTUP_SECONDS = 90  # the first run loads spaCy and ingests the seed
GRAPH_IFRAME = 'iframe[title="Who-met-whom graph"]'
GRAPH_CAPTION = re.compile(r"(\d+) actors · (\d+) pairs · (\d+) interactions")
QUOTES_CAPTION = re.compile(r"(\d+) of (\d+) quotes")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} is missing: apt-get install chromium (see .ci/run)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    """Poll Streamlit's health endpoint; fail with the server's log if it dies or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit did not answer within {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The dashboard served on a free port from a fresh store and a folder holding the seed article."""
    folder = tmp_path_factory.mktemp("app")
    articles = folder / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles)
    port = free_port()
    log = folder / "streamlit.log"
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
               "--server.port", str(port), "--server.fileWatcherType", "none",
               "--browser.gatherUsageStats", "false",
               "--", "--store", str(folder / "store.db"), "--articles", str(articles)]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://localhost:{port}"
        wait_healthy(url, process, log, STARTUP_SECONDS)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS


def test_dashboard_in_chromium(app_url, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    requested: list[str] = []
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.on("request", lambda request: requested.append(request.url))  # every frame
            page = context.new_page()
            page.on("websocket", lambda ws: requested.append(ws.url))
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
            page.goto(app_url)
            page.get_by_test_id("stApp").wait_for()

            graph_before = caption(page, GRAPH_CAPTION, timeout=STARTUP_SECONDS)
            actors_before, pairs_before, _ = graph_before
            nodes_before = graph_nodes(page, actors_before)
            shown_before, quotes_before = caption(page, QUOTES_CAPTION)
            assert {"Keir Starmer", "Emmanuel Macron", "Vladimir Putin"} <= set(nodes_before)
            assert shown_before == quotes_before > 0
            page.screenshot(path=tmp_path / "dashboard.png")

            leaders = page.get_by_role("combobox", name="Leaders")
            leaders.click()
            leaders.fill("Keir Starmer")
            page.get_by_role("option", name=re.compile("Keir Starmer")).wait_for()
            leaders.press("Enter")
            leaders.press("Escape")

            actors_after, pairs_after, _ = wait_caption_change(page, GRAPH_CAPTION, graph_before)
            nodes_after = graph_nodes(page, actors_after)
            shown_after, quotes_after = wait_caption_change(page, QUOTES_CAPTION, (shown_before, quotes_before))
            expect(page.get_by_text("by or about the chosen leaders")).to_be_visible()
            page.screenshot(path=tmp_path / "starmer.png")
        finally:
            browser.close()

    assert "Keir Starmer" in nodes_after
    assert set(nodes_after) < set(nodes_before), "Starmer's ego network is a strict part of the whole graph"
    assert "Vladimir Putin" not in nodes_after  # his only meeting, Trump's call, does not involve Starmer
    assert pairs_after < pairs_before
    assert 0 < quotes_after < quotes_before and shown_after == quotes_after
    assert not problems, problems
    assert any(url.startswith(app_url) for url in requested)
    outside = sorted({url for url in requested if not is_local(url)})
    assert not outside, f"requests left the machine: {outside}"
