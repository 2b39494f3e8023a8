"""What the real-browser tests share: the dashboard served by Streamlit on a free port, and a
page in Debian's Chromium that records every request (none may leave the machine)."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
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
GRAPH_IFRAME = 'iframe[title="Who-met-whom graph"]'

BROWSER_MARKS = [  # the ``pytestmark`` of every real-browser test module
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


def seed_folder(tmp_path_factory, name: str) -> tuple[Path, Path]:
    """A fresh folder and, inside it, an articles folder holding the seed article."""
    folder = tmp_path_factory.mktemp(name)
    articles = folder / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles)
    return folder, articles


def serve(folder: Path, store: Path, articles: Path | None, *, timeout: float = 120, port: int | None = None):
    """Start the dashboard on ``port`` or a free one (its log in ``folder``); returns (url, process)."""
    port = port or free_port()
    log = folder / f"streamlit-{port}.log"
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
               "--server.port", str(port), "--server.fileWatcherType", "none",
               "--browser.gatherUsageStats", "false", "--", "--store", str(store),
               "--articles", str(articles) if articles else ""]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}"
    try:
        wait_healthy(url, process, log, timeout)
    except BaseException:
        stop(process)
        raise
    return url, process


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def served(folder: Path, store: Path, articles: Path | None, *, timeout: float = 120) -> Iterator[str]:
    """``serve``, stopped on leaving the block: the url."""
    url, process = serve(folder, store, articles, timeout=timeout)
    try:
        yield url
    finally:
        stop(process)


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS


@contextmanager
def chromium_page(*, console_errors: bool = False, **context_options):
    """(page, requested urls, problems) in Debian's Chromium, every request of every frame recorded
    (page errors, and with ``console_errors`` console errors, are problems). On leaving the block
    without an exception, no request may have left the machine and there may be no problem."""
    from playwright.sync_api import sync_playwright

    requested: list[str] = []
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900}, **context_options)
            context.on("request", lambda request: requested.append(request.url))
            page = context.new_page()
            page.on("websocket", lambda ws: requested.append(ws.url))
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            if console_errors:
                page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
            yield page, requested, problems
        finally:
            browser.close()
    outside = sorted({url for url in requested if not is_local(url)})
    assert not outside, f"requests left the machine: {outside}"
    assert not problems, problems


def choose_leader(page, name: str) -> None:
    """Type ``name`` into the sidebar's Leaders filter and pick it, as a user does."""
    leaders = page.get_by_role("combobox", name="Leaders")
    leaders.click()
    leaders.fill(name)
    page.get_by_role("option", name=re.compile(re.escape(name))).wait_for()
    leaders.press("Enter")
    leaders.press("Escape")
