"""Issue #12's fixes 1-10, each pinned by a unit test or an AppTest (the browser ones are in test_map_browser)."""
from __future__ import annotations

from pathlib import Path

from components.config import parse_config
from components.graph_component import apply_selection
from diplomap.corpus import sync
from diplomap.corpus.formats import content_hash, site_of
from diplomap.corpus.ingest import load_bytes


# 4. one copy of an article however its whitespace is laid out
def test_duplicates_are_found_on_normalised_text():
    text = "Starmer met Macron in Paris.\n\nThey spoke about Ukraine."
    assert content_hash(text) == content_hash("\n" + text.replace("\n\n", "\n") + "  \n")
    assert content_hash(text) == content_hash("Starmer  met Macron in Paris. They spoke\tabout Ukraine.")
    assert content_hash(text) != content_hash(text.replace("Paris", "Rome"))


# 7. --store alone reads no folder
def test_a_store_alone_reads_no_articles_folder(tmp_path):
    assert parse_config(["--store", "x.db"], {}, tmp_path).articles is None
    assert parse_config([], {"DIPLOMAP_STORE": "x.db"}, tmp_path).articles is None
    assert parse_config(["--store", "x.db", "--articles", "a"], {}, tmp_path).articles == Path("a")
    assert parse_config([], {}, tmp_path).articles == tmp_path / "data" / "articles"  # no store given: the defaults


# 8. the source from the address's site when the record has none
def test_source_comes_from_the_sites_address_when_missing():
    assert site_of("https://www.voanews.com/a/story.html") == "voanews.com"
    assert site_of("https://en.wikinews.org/wiki/X") == "en.wikinews.org"
    assert site_of("not a url") is None and site_of(None) is None and site_of("http://[::1") is None
    data = (b'{"text": "Starmer met Macron.", "url": "https://www.voanews.com/a/1.html"}\n'
            b'{"text": "Scholz met Tusk.", "url": "https://www.voanews.com/a/2.html", "source": "VOA"}\n')
    articles = [a for a in load_bytes("voa.jsonl", data).articles]
    assert [a.source for a in articles] == ["voanews.com", "VOA"]


# 11. clicks on the map: node, line, background
def test_a_click_sets_the_focus():
    state: dict = {"actor": None, "pair": None}
    apply_selection(state, {"kind": "node", "id": "keir-starmer"})
    assert state == {"actor": "keir-starmer", "pair": None}
    apply_selection(state, {"kind": "edge", "from": "b", "to": "a"})
    assert state == {"actor": None, "pair": ["a", "b"]}  # sorted: one address per line
    apply_selection(state, {"kind": "edge", "from": "a", "to": "a"})
    assert state == {"actor": None, "pair": ["a", "b"]}
    apply_selection(state, {"kind": "bogus", "id": 3})
    assert state == {"actor": None, "pair": ["a", "b"]}
    apply_selection(state, {"kind": "none"})
    assert state == {"actor": None, "pair": None}
    apply_selection(state, None)
    assert state == {"actor": None, "pair": None}


# --- with the app (AppTest) -------------------------------------------------------------------------

import io  # noqa: E402
import shutil  # noqa: E402

import pytest  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402
from table_helpers import maps, table, tables  # noqa: E402

from components.downloads import file_contents  # noqa: E402
from components.quotes_table import quotes_for  # noqa: E402
from diplomap.corpus.store import Store  # noqa: E402
from diplomap.models import Corpus  # noqa: E402
from diplomap.views.counts import counts  # noqa: E402
from diplomap.views.filters import GraphFilter, filter_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "seed-starmer-ukraine.txt"


@pytest.fixture
def app(seed_store, open_app):
    """app(**query) → the app on the seed store, reading no articles folder."""
    return lambda **query: open_app({"store": seed_store, "articles": ""}, **query)


def map_page(at: AppTest) -> dict:
    return maps(at)[0]


# 2. a country's meetings with anyone, by default
def test_country_filter_shows_its_meetings_with_anyone(app):
    at = app(country="GBR")
    page = map_page(at)["html"]
    assert "Keir Starmer" in page and "Emmanuel Macron" in page and "Vladimir Putin" not in page
    assert at.sidebar.checkbox(key="include_partners").value is True
    at.sidebar.checkbox(key="include_partners").uncheck().run()
    assert at.query_params.get("partners") in ("0", ["0"])


# 9. one definition of each count: the header equals the unfiltered Overview and an unfiltered view
def test_counts_have_one_definition(seed_store, app):
    with Store(seed_store) as store:
        corpus = store.corpus()
    assert counts(corpus) == counts(filter_corpus(corpus, GraphFilter()))
    n = counts(corpus)
    header = app().caption[0].value
    assert f"{n['actors']} actors" in header and f"{n['quotes']} quotes" in header


# 9. the quotes CSV of a view holds the quotes the page lists
def test_quotes_csv_matches_the_quotes_on_screen(seed_store):
    with Store(seed_store) as store:
        corpus = store.corpus()
    f = GraphFilter(leaders=("keir-starmer",))
    shown = quotes_for(corpus, filter_corpus(corpus, f), f, ["keir-starmer"])
    csv = file_contents(None, "Quotes CSV", Corpus(articles=corpus.articles, actors=corpus.actors, quotes=shown))
    import csv as csv_module
    rows = list(csv_module.DictReader(io.StringIO(csv.decode("utf-8"))))
    assert [r["id"] for r in rows] == [q.id for q in shown]


# 11. the address records the focused actor, and the map receives it
def test_focused_actor_from_the_address_reaches_the_map(app):
    at = app(actor="keir-starmer")
    assert map_page(at)["focus"] == "keir-starmer"
    assert any(h.value == "Keir Starmer" or "Keir Starmer" in h.value for h in at.markdown if h.value.startswith("####"))


# 6 and time: a date range slider over the corpus's span drives the map and the address
def test_date_slider_drives_the_map_and_the_address(app):
    from datetime import date

    at = app()
    slider = at.sidebar.slider(key="dates")
    first, last = slider.value
    assert first < last
    assert "Vladimir Putin" in map_page(at)["html"]
    slider.set_value((last, last)).run()
    assert not at.exception
    assert at.query_params.get("from") in (last.isoformat(), [last.isoformat()])
    assert "to" not in at.query_params  # the end of the span is no bound
    assert "Vladimir Putin" not in map_page(at)["html"]  # Trump's call with Putin was the day before
    at2 = app(**{"from": "2025-02-17", "to": "2030-01-01"})
    assert at2.sidebar.slider(key="dates").value == (date(2025, 2, 17), last)  # clamped into the span


# time: GEXF carries start/end dates and the map's colours and positions
def test_gexf_has_dates_and_the_maps_colours_and_places(tmp_path):
    import networkx as nx

    from diplomap.views.export import to_gexf, whole_day

    G = nx.Graph()
    G.add_node("a", name="A", kind="person")
    G.add_node("b", name="B", kind="person")
    G.add_edge("a", "b", weight=2, first_date="2025-02", last_date="2025-03-04", types=["meet"])
    path = tmp_path / "g.gexf"
    to_gexf(G, path, viz={"a": {"color": "#1f77b4", "position": (10, 20)}})
    text = path.read_text()
    assert 'mode="dynamic"' in text and 'start="2025-02-01"' in text and 'end="2025-03-04"' in text
    assert '<viz:color r="31" g="119" b="180"' in text and '<viz:position x="10.0" y="-20.0"' in text
    back = nx.read_gexf(path)
    assert back.nodes["a"]["label"] == "A"
    assert whole_day("2024-02", end=True) == "2024-02-29" and whole_day("2025", end=False) == "2025-01-01"


# 10. quote search in the address; quotes wrap in the table
def test_quote_search_is_in_the_address_and_quotes_wrap(app):
    at = app(quote_q="Rubio")
    search = at.text_input(key="quotes_search")
    assert search.value == "Rubio"
    [shown] = [t for t in tables(at) if t["name"] == "quotes"]
    assert shown["wrap"]  # the light table wraps the quotes' text over several lines
    assert not shown["search"]  # its own box would search one page: "Search quotes" searches them all
    quotes = table(at, "quotes")
    assert list(quotes.columns)[:2] == ["Speaker", "Quote"]
    assert list(quotes["Speaker"]) == ["Marco Rubio"]  # of the seed's 11 quotes
    search.set_value("Ukraine").run()
    assert at.query_params.get("quote_q") in ("Ukraine", ["Ukraine"])


# 6. corrections from the Actor tab, through the code of `python -m diplomap correct`
def test_corrections_in_the_ui_write_the_file_and_the_views_update(tmp_path, monkeypatch):
    import yaml

    folder = tmp_path / "c"
    (folder / "articles").mkdir(parents=True)
    shutil.copy(SEED, folder / "articles")
    with Store(folder / "store.db") as store:
        sync.ingest_paths(store, [folder / "articles"])
        corrections = store.corrections_path
        before = store.corpus()
    monkeypatch.setenv("DIPLOMAP_STORE", str(folder / "store.db"))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["tab"] = "Actor"
    at.query_params["actor"] = "keir-starmer"
    at.run()
    assert not at.exception, at.exception
    at.text_input(key="fix_role_keir-starmer").set_value("Prime Minister of the United Kingdom").run()
    at.button(key="fix_set_go_keir-starmer").click().run()
    assert not at.exception, at.exception
    saved = yaml.safe_load(corrections.read_text())
    assert saved["set"] == [{"id": "keir-starmer", "role": "Prime Minister of the United Kingdom", "country": "GBR"}]
    assert any("Saved 1 correction" in s.value for s in at.success)
    hidden = next(i.id for i in before.interactions if "keir-starmer" in i.actors)
    at.multiselect(key="fix_hide_keir-starmer").set_value([hidden]).run()
    at.button(key="fix_hide_go_keir-starmer").click().run()
    assert hidden in yaml.safe_load(corrections.read_text())["hide"]
    with Store(folder / "store.db") as store:
        after = store.corpus()
    assert after.actors["keir-starmer"].role == "Prime Minister of the United Kingdom"
    assert hidden not in {i.id for i in after.interactions}
    at.selectbox(key="fix_merge_keir-starmer").set_value("mark-rutte").run()
    at.button(key="fix_merge_go_keir-starmer").click().run()
    assert {"into": "keir-starmer", "ids": ["mark-rutte"]} in yaml.safe_load(corrections.read_text())["merge"]
    at.run()
    assert not at.exception, at.exception
    options = " ".join(at.selectbox(key="actor").options)
    assert "Keir Starmer" in options and "Mark Rutte" not in options  # the views follow the merged corpus


# issue 10: one table of filter fields for the address, the sidebar and the command line
def test_graph_filter_params_round_trip_from_one_table():
    from diplomap.commands.export import filter_from_args
    from diplomap.views.filter_params import FILTER_PARAMS

    f = GraphFilter(countries=("GBR",), include_partners=True, leaders=("keir-starmer",), radius=2,
                    types=("meet", "call"), statuses=("planned",), date_from="2025-02", date_to="2025-03-01",
                    sources=("A, B",), min_weight=3, min_mentions=2, text="Paris", include_countries=False)
    params = f.to_params()
    assert params["type"] == ["meet", "call"] and params["persons_only"] == ["1"] and params["from"] == ["2025-02"]
    back, problems = GraphFilter.from_params(params)
    assert back == f and not problems
    assert {p.field for p in FILTER_PARAMS} == {name for name in GraphFilter.__dataclass_fields__}
    _, problems = GraphFilter.from_params({"type": ["meet,lunch"], "radius": ["3"], "from": ["soon"]},
                                          allowed={"types": ("meet",)})
    assert len(problems) == 3
    import argparse
    args = argparse.Namespace(country=["GBR"], partners=True, leader=[], radius=1, type=["meet"], status=[],
                              date_from="2025-02", date_to=None, source=[], min_weight=500, min_mentions=0,
                              search="", persons_only=False)
    assert filter_from_args(args) == GraphFilter(countries=("GBR",), include_partners=True, types=("meet",),
                                                 date_from="2025-02", min_weight=500)


# 3. colour by a small set of groups, with a switch (kept in the address)
def test_colour_switch_regions_or_communities(app):
    at = app()
    html = map_page(at)["html"]
    assert "North America" in html and "Group 1" not in html
    at.segmented_control(key="colour_by").set_value("community").run()
    assert not at.exception
    html = map_page(at)["html"]
    assert "Group 1" in html and "North America" not in html
    assert at.query_params.get("colour") in ("community", ["community"])
