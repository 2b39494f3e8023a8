"""The light tables in a real browser: the Graph tab's actors and quotes sort, search and open what a
row names, without Streamlit's grid (its JavaScript is not fetched for the first page)."""
from __future__ import annotations

import re

import pytest
from browser_helpers import BROWSER_MARKS, GRAPH_IFRAME, chromium_page, seed_folder, served

pytestmark = BROWSER_MARKS

ACTORS = '.diplomap-table[data-table="graph_actors"]'
QUOTES = '.diplomap-table[data-table="quotes"]'


@pytest.fixture(scope="module")
def seed_app(tmp_path_factory):
    folder, articles = seed_folder(tmp_path_factory, "tables")
    with served(folder, folder / "store.db", articles) as url:
        yield url


def column(page, table: str, index: int) -> list[str]:
    return page.locator(f"{table} tbody tr td:nth-child({index + 1})").all_inner_texts()


def test_tables_sort_search_and_open_the_row_chosen(seed_app):
    with chromium_page() as (page, requested, _problems):
        page.goto(seed_app)
        page.frame_locator(GRAPH_IFRAME).locator("body[data-drawn=true]").wait_for(timeout=90_000)
        page.locator(f"{QUOTES} tbody tr").first.wait_for(timeout=30_000)
        assert not [u for u in requested if re.search(r"/DataFrame\.[^/]*\.js$", u)]  # no grid fetched

        actors = page.locator(ACTORS)
        actors.locator("tbody tr").first.wait_for()
        actors.scroll_into_view_if_needed()  # below the map: in view before the page's layout may shift
        names = column(page, ACTORS, 0)
        assert len(names) > 2
        actors.get_by_role("button", name="Actor").click()  # a header sorts: A to Z, then Z to A
        assert column(page, ACTORS, 0) == sorted(names, key=str.casefold)
        actors.get_by_role("button", name="Actor").click()
        assert column(page, ACTORS, 0) == sorted(names, key=str.casefold, reverse=True)
        assert actors.locator("th").first.get_attribute("aria-sort") == "descending"

        actors.get_by_role("searchbox").fill("starmer")  # the box keeps the rows holding its words
        assert column(page, ACTORS, 0) == ["Keir Starmer"]
        assert re.fullmatch(r"1 of \d+ rows", actors.locator(".count").inner_text())

        actors.locator("tbody tr").first.click()  # a row opens its actor
        page.get_by_role("tab", name="Actor", selected=True).wait_for(timeout=30_000)
        page.wait_for_url(re.compile(r"actor=keir-starmer"), timeout=30_000)


def test_a_quote_opens_its_article_from_the_keyboard(seed_app):
    with chromium_page() as (page, _requested, _problems):
        page.goto(seed_app)
        page.locator(f"{QUOTES} tbody tr").first.wait_for(timeout=90_000)
        page.locator(f"{QUOTES} tbody tr").first.focus()
        page.keyboard.press("Enter")
        page.get_by_role("tab", name="Articles", selected=True).wait_for(timeout=30_000)
        page.wait_for_url(re.compile(r"article="), timeout=30_000)
