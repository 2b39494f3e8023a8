"""The ingest notice in a real browser: a Streamlit server on a store an ingest is filling.

The page keeps the corpus it shows while the ingest holds its lease, says how many articles
it has stored, refreshes on "Refresh now", and updates by itself (the notice polls) once the
ingest ends, without a reload.
"""
from __future__ import annotations

import time

from browser_helpers import BROWSER_MARKS, CHROMIUM, CHROMIUM_ARGS, served
from test_ingest_lease import articles
from test_store import FakeExtractor, parse

from diplomap.corpus import sync
from diplomap.corpus.ingest_lease import IngestLease
from diplomap.corpus.store import Store

pytestmark = BROWSER_MARKS


def test_the_notice_holds_the_map_refreshes_and_the_page_updates_when_the_ingest_ends(tmp_path):
    from playwright.sync_api import sync_playwright

    path = tmp_path / "store.db"
    store = Store(path)
    sync.ingest_articles(store, articles(0, 3), extractor=FakeExtractor())
    lease = IngestLease(store).take()  # an ingest in another process
    try:
        with served(tmp_path, path, None, timeout=90) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url)
            page.get_by_text("An ingest is adding articles: 0 so far").wait_for(timeout=60_000)
            page.get_by_text("3 articles").wait_for()

            store.commit([(a, parse(a)) for a in articles(3, 32)])
            lease.renew(32)
            page.reload()
            page.get_by_text("An ingest is adding articles: 32 so far").wait_for(timeout=60_000)
            assert page.get_by_text("3 articles").count() == 1  # the batch is not resolved in yet

            page.get_by_role("button", name="Refresh now").click()
            page.get_by_text("35 articles").wait_for(timeout=60_000)

            store.commit([(a, parse(a)) for a in articles(35, 5)])
            lease.drop()
            started = time.monotonic()
            page.get_by_text("40 articles").wait_for(timeout=60_000)  # no reload: the notice reruns the page
            assert time.monotonic() - started < 30
            page.get_by_text("An ingest is adding articles").wait_for(state="detached", timeout=10_000)
            browser.close()
    finally:
        store.close()
