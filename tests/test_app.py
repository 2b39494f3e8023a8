"""The dashboard end to end (``streamlit.testing.v1.AppTest``), and its pure helpers.

The app runs on temporary stores: ``seeded`` holds only the seed article and is never
changed; ``growing`` receives uploads. Both load the real spaCy model once per session.
"""
from __future__ import annotations

import json
import math
import re
import shutil
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from streamlit.testing.v1 import AppTest
from table_helpers import maps, table, tables

from components.article_reader import Mark, highlight_html
from components.choices import build_choices
from components.config import ConfigError, parse_config
from components.downloads import FILES, file_contents
from components.state import View, spread
from components.ui import md_escape
from components.uploads import add_files, pasted_file
from components.url import params_from_state, state_from_params
from diplomap.corpus.store import Store
from diplomap.models import Article, Corpus, CorpusActor, CorpusInteraction
from diplomap.views.counts import involved_actors
from diplomap.views.filters import GraphFilter, filtered_graphs

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard.py"  # the page; app.py is the launcher that serves it (st.App)
SEED = ROOT / "data" / "articles" / "seed-starmer-ukraine.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "app"
IFRAME_TITLE = "Who-met-whom graph"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def _workspace(tmp_path_factory, name: str) -> dict:
    root = tmp_path_factory.mktemp(name)
    articles = root / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles)
    return {"store": root / "diplomap.db", "articles": articles}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    return _workspace(tmp_path_factory, "seeded")


@pytest.fixture(scope="module")
def growing(tmp_path_factory):
    return _workspace(tmp_path_factory, "growing")


def go_to(at: AppTest, tab: str) -> AppTest:
    # AppTest resends its recorded address on every run, so the bound ``tab`` parameter must change too.
    at.session_state["tab"] = tab
    at.query_params["tab"] = tab
    at.run()
    assert not at.exception, at.exception
    return at


def plain(markdown: str) -> str:
    """Text the app escaped for markdown (``components.ui.md_escape``), as it reads on the page."""
    return re.sub(r"\\(.)", r"\1", markdown)


def stored(workspace: dict) -> Corpus:
    with Store(workspace["store"]) as store:
        return store.corpus()


def map_data(at: AppTest) -> dict:
    """What the map component receives: the page (``html``), its title, and the focus."""
    [shown] = maps(at)
    return shown


def srcdoc(at: AppTest) -> str:
    return map_data(at)["html"]


# --- the app --------------------------------------------------------------------------------------


def test_starts_on_the_seed_article_with_the_graph(seeded, open_app):
    at = open_app(seeded)
    assert not at.error
    assert map_data(at)["title"] == IFRAME_TITLE
    page = srcdoc(at)
    assert "Keir Starmer" in page and "Emmanuel Macron" in page
    header = at.caption[0].value
    corpus = stored(seeded)
    assert md_escape(str(seeded["store"])) in header
    actors = len(involved_actors(corpus))
    assert f"1 article · {actors} actors · {len(corpus.interactions)} interactions" in header
    assert f"{len(corpus.quotes)} quotes" in header
    assert {w.label for w in at.sidebar.multiselect} == {"Leaders", "Countries", "Interaction types", "Status",
                                                         "Sources"}
    assert at.sidebar.toggle[0].label == "Show countries and organisations as nodes"
    assert len(corpus.articles) == 1


def test_the_downloads_are_drawn_when_their_expander_is_opened(seeded, open_app):
    # A first view sends no download buttons (their code and the quotes they would hold): opening the
    # expander reruns the page, which then draws one button per format.
    at = open_app(seeded)
    assert [e.label for e in at.expander if "Download" in e.label] == ["Download this view"]
    assert not at.get("download_button")
    at.session_state["downloads"] = True
    at.run()
    assert not at.exception, at.exception
    assert [b.proto.label for b in at.get("download_button")] == list(FILES)


def test_a_servers_first_view_draws_the_map_and_the_rest_once_it_is_drawn(seeded, open_app, monkeypatch):
    # Served by app.py (the beacon's route added), a session's first run sends the map without the parts
    # beside and below it and without the filter widgets; the map's component asks for them once drawn
    # (its ``drawn`` trigger), and that run draws everything, with the filters the address gave.
    from components import map_drawn

    monkeypatch.setattr(map_drawn, "_served", [map_drawn.PATH])
    at = open_app(seeded, leader="keir-starmer")
    assert map_data(at)["later"] == map_drawn.LATER_MS and map_data(at)["drawn"] == map_drawn.PATH
    assert any("Multiselect." in chunk for chunk in map_data(at)["prefetch"])  # the widgets' code, fetched at once
    assert not tables(at) and not at.sidebar.multiselect
    assert [h.value for h in at.sidebar.header] == ["Filters"]
    at.session_state[map_drawn.SESSION_KEY] = True  # what the trigger's callback sets
    at.run()
    assert not at.exception, at.exception
    assert map_data(at)["later"] is None and map_data(at)["prefetch"] == []
    assert [t["name"] for t in tables(at)] == ["graph_actors", "quotes"]  # the actors on the map, the quotes
    assert at.sidebar.multiselect(key="leaders").value == ["keir-starmer"]
    at.query_params["tab"] = "Actor"  # other runs of the session draw everything at once
    at.run()
    assert at.sidebar.multiselect


def test_pages_served_alone_draw_everything_in_every_run(seeded, open_app):
    at = open_app(seeded)  # ``streamlit run dashboard.py`` and AppTest: no beacon route, nothing left for later
    assert map_data(at)["later"] is None and map_data(at)["drawn"] is None
    assert at.sidebar.multiselect and len(tables(at)) == 2


def test_the_map_is_drawn_before_the_sidebar(seeded, open_app, monkeypatch):
    # A first visitor's browser fetches each element's code as its message arrives: the map's
    # goes first, the sidebar's widgets after (docs/performance.md, "The map before the filters").
    import components.graph_view
    import components.sidebar

    calls = []

    def recording(name, real):
        def recorded(*args, **kwargs):
            calls.append(name)
            return real(*args, **kwargs)
        return recorded

    for module, name in ((components.graph_view, "render_graph"), (components.sidebar, "render_sidebar")):
        monkeypatch.setattr(module, name, recording(name, getattr(module, name)))
    at = open_app(seeded, leader="keir-starmer", type="meet", status="planned")
    assert calls == ["render_graph", "render_sidebar"]
    assert at.sidebar.multiselect(key="leaders").value == ["keir-starmer"]
    page = srcdoc(at)  # the map drawn first already follows the filters the sidebar shows after it
    assert "Emmanuel Macron" in page and "Donald Trump" not in page


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path, open_app):
    (tmp_path / "notes.db").write_text("not a database\n" * 200, encoding="utf-8")
    at = open_app({"store": tmp_path / "notes.db", "articles": ""})
    assert "not a usable diplomap store" in at.error[0].value
    assert not at.get("bidi_component") and not at.tabs
    assert (tmp_path / "notes.db").read_text(encoding="utf-8").startswith("not a database")


def test_every_tab_renders_its_part(seeded, open_app):
    at = open_app(seeded, actor="keir-starmer", article="seed-starmer-ukraine")
    for tab in ("Actor", "Interactions", "Articles", "Add articles", "Overview", "Graph"):
        go_to(at, tab)
        assert not at.error, (tab, [e.value for e in at.error])

    go_to(at, "Actor")
    meetings = table(at, "actor_meetings")
    assert list(meetings["Type"]) == ["visit", "meet"]
    assert "Emmanuel Macron" in meetings.iloc[1]["With"] and meetings.iloc[1]["Place"] == "Paris"
    corpus = stored(seeded)
    starmer = corpus.actors["keir-starmer"]
    by_starmer = sum(q.speaker == "keir-starmer" for q in corpus.quotes)
    assert [m.value for m in at.metric] == [str(starmer.mentions), "1", "2", str(by_starmer)]

    go_to(at, "Articles")
    [reader] = at.html
    assert 'title="direct quote by Keir Starmer (wrote)">' in reader.value

    go_to(at, "Overview")
    in_view = {p for i in corpus.interactions for p in i.actors} | {q.speaker for q in corpus.quotes if q.speaker}
    assert [m.value for m in at.metric] == ["1", str(len(in_view)), str(len(corpus.interactions)),
                                            str(len(corpus.quotes))]
    top = table(at, "top_actors")
    assert top.iloc[0]["Actor"] == "Keir Starmer"


def test_monthly_chart_groups_statements_as_the_map_does():
    from components.overview import monthly_chart

    corpus = _tiny_corpus()
    corpus.interactions.append(CorpusInteraction("a1#i2", "a1", "criticize", ["keir-starmer", "emmanuel-macron"],
                                                 date="2025-02-20"))
    corpus.interactions.append(CorpusInteraction("a1#i3", "a1", "support", ["keir-starmer", "emmanuel-macron"],
                                                 date="2025-02-21"))
    data = monthly_chart(corpus).data
    assert dict(zip(data["Kind"], data["Interactions"], strict=True)) == {"meeting": 1, "statement": 2}


def test_leader_and_type_filters_narrow_the_tables(seeded, open_app):
    corpus = stored(seeded)
    at = go_to(open_app(seeded), "Interactions")
    assert len(table(at, "interactions")) == len(corpus.interactions) > 2

    at.multiselect(key="leaders").select("keir-starmer").run()
    rows = table(at, "interactions")
    assert len(rows) == 2
    assert all("Keir Starmer" in f"{r.Who}, {r.Whom}" for r in rows.itertuples())
    assert at.query_params["leader"] == "keir-starmer"

    go_to(at, "Graph")
    quotes = table(at, "quotes")
    assert 0 < len(quotes) < len(corpus.quotes)
    assert all(r.Speaker == "Keir Starmer" or "Starmer" in r.Quote for r in quotes.itertuples())
    assert "Vladimir Putin" not in srcdoc(at)  # Putin is two hops away

    at.multiselect(key="leaders").set_value([]).run()
    at.multiselect(key="types").select("call").run()
    go_to(at, "Interactions")
    rows = table(at, "interactions")
    assert list(rows["Type"]) == ["call"]
    assert set(rows.iloc[0][["Who", "Whom"]]) == {"Donald Trump", "Vladimir Putin"}


def test_a_link_opens_a_filtered_view(seeded, open_app):
    at = open_app(seeded, leader="keir-starmer", type="meet", status="planned")
    assert at.multiselect(key="leaders").value == ["keir-starmer"]
    assert at.multiselect(key="types").value == ["meet"]
    assert at.multiselect(key="statuses").value == ["planned"]
    page = srcdoc(at)
    assert "Emmanuel Macron" in page and "Donald Trump" not in page
    assert not at.warning

    at = open_app(seeded, leader="nobody-at-all", radius="7")
    problems = " ".join(plain(w.value) for w in at.warning)
    assert "nobody-at-all" in problems and "radius" in problems
    assert at.multiselect(key="leaders").value == []


def test_pasted_article_adds_its_actors(growing, open_app):
    at = go_to(open_app(growing), "Add articles")
    [title] = [t for t in at.text_input if t.label == "Title"]
    title.input("Lula receives Ramaphosa")
    at.text_area[0].input("Brazilian President Luiz Inacio Lula da Silva met South African President "
                          "Cyril Ramaphosa in Brasilia on Tuesday to discuss trade.")
    [submit] = [b for b in at.button if b.label == "Add article"]
    submit.click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("1 added" in s.value for s in at.success)
    assert any("Cyril Ramaphosa" in m.value for m in at.markdown)
    assert "Cyril Ramaphosa (ZAF)" in at.multiselect(key="leaders").options


def test_upload_with_bad_files_keeps_the_good_one(growing, open_app):
    at = go_to(open_app(growing), "Add articles")
    at.file_uploader[0].set_value([
        ("ishiba-modi-tokyo.txt", (FIXTURES / "ishiba-modi-tokyo.txt").read_bytes(), "text/plain"),
        ("broken.txt", b"\x00\x01\x02binary\x00" * 20, "text/plain"),
        ("empty.md", b"   \n", "text/markdown"),
    ])
    [submit] = [b for b in at.button if b.label == "Add files"]
    submit.click().run()
    assert not at.exception
    errors = " ".join(plain(e.value) for e in at.error)
    assert "broken.txt" in errors and "binary" in errors
    assert "empty.md" in errors and "empty" in errors
    assert any("1 added" in s.value for s in at.success)
    assert "Shigeru Ishiba (JPN)" in at.multiselect(key="leaders").options


def test_the_summary_counts_the_files_that_could_not_be_read(growing, open_app):
    at = go_to(open_app(growing), "Add articles")
    at.file_uploader[0].set_value([
        ("odinga-ruto.txt", b"Kenyan President William Ruto met Raila Odinga in Nairobi on Monday.\n", "text/plain"),
        ("broken.txt", b"\x00\x01\x02binary\x00" * 20, "text/plain"),
    ])
    [submit] = [b for b in at.button if b.label == "Add files"]
    submit.click().run()
    assert len(at.error) == 1
    assert any("1 added" in s.value and "1 errors" in s.value for s in at.success), [s.value for s in at.success]


def test_an_empty_paste_says_so_without_a_file_name(growing, open_app):
    at = go_to(open_app(growing), "Add articles")
    at.text_area[0].input("   ")
    [submit] = [b for b in at.button if b.label == "Add article"]
    submit.click().run()
    assert not at.exception
    [error] = at.error
    assert "text box is empty" in error.value and "pasted-" not in error.value


def test_files_added_to_the_folder_are_read_on_request(growing, open_app):
    at = go_to(open_app(growing), "Add articles")
    (growing["articles"] / "carney-sheinbaum.txt").write_text(
        "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City on "
        "Thursday to discuss tariffs.\n", encoding="utf-8")
    [again] = [b for b in at.button if b.label.startswith("Read ") and b.label.endswith(" again")]
    again.click().run()
    assert not at.exception and not at.error
    assert "Claudia Sheinbaum (MEX)" in at.multiselect(key="leaders").options


def test_a_folders_unreadable_file_stays_on_the_page_in_later_runs(tmp_path_factory, open_app):
    workspace = _workspace(tmp_path_factory, "bad-file")
    (workspace["articles"] / "broken.json").write_bytes(b"\x00\x01{not json")
    at = open_app(workspace)
    first = [e.value for e in at.error]
    assert any("broken\\.json" in message for message in first), first  # markdown-escaped
    at.run()  # the run after the one that read the folder: a filter change, the rest of a first page
    assert [e.value for e in at.error] == first
    assert "Keir Starmer (GBR)" in at.multiselect(key="leaders").options  # the rest was read


def test_add_files_reports_each_bad_file_and_loads_the_rest(tmp_path):
    with Store(tmp_path / "s.db") as store:
        result = add_files(store, [("a.json", b"{not json"), ("empty.txt", b""),
                                   ("ishiba-modi-tokyo.txt", (FIXTURES / "ishiba-modi-tokyo.txt").read_bytes())])
        assert result.files == 3
        assert sorted(e.path for e in result.errors) == ["a.json", "empty.txt"]
        assert result.articles == ["ishiba-modi-tokyo"]
        assert result.report.added == 1
        assert {"Shigeru Ishiba", "Narendra Modi"} <= set(result.new_actors)
        assert "shigeru-ishiba" in store.corpus().actors

        name, data = pasted_file("", None, "", "   ")
        empty = add_files(store, [(name, data)])
        assert empty.report is None and "empty text" in str(empty.errors[0])


def test_user_text_is_escaped_everywhere(growing, open_app):
    with Store(growing["store"]) as store:
        added = add_files(store, [("xss-article.txt", (FIXTURES / "xss-article.txt").read_bytes())])
    assert added.articles == ["xss-article"] and not added.errors

    at = open_app(growing, leader="emmanuel-macron")
    page = srcdoc(at)  # the map: evidence in tooltips is JSON with <, > written as \u003c, \u003e
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    quotes = table(at, "quotes")  # a table holds data, drawn as text
    assert any(XSS_SCRIPT in q and XSS_IMG in q for q in quotes["Quote"])

    at = go_to(open_app(growing, article="xss-article"), "Articles")
    [reader] = at.html
    assert XSS_SCRIPT not in reader.value and XSS_IMG not in reader.value and "<b>" not in reader.value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reader.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in reader.value
    heading = at.subheader[0].value
    assert "\\<script\\>alert\\(1\\)\\</script\\>" in heading and "<img" not in heading.replace("\\<img", "")
    assert all("<b>Test wire</b>" not in c.value for c in at.caption)


# --- pure helpers ---------------------------------------------------------------------------------


def test_config_from_command_line_environment_and_defaults(tmp_path):
    env = {"DIPLOMAP_STORE": "env.db", "DIPLOMAP_ARTICLES": "env-articles"}
    config = parse_config(["--store", "cli.db"], env, tmp_path)
    assert config.store == Path("cli.db") and config.articles == Path("env-articles")
    assert parse_config([], {}, tmp_path).store == tmp_path / "data" / "diplomap.db"
    assert parse_config([], {"DIPLOMAP_ARTICLES": ""}, tmp_path).articles is None
    with pytest.raises(ConfigError, match="unrecognized arguments: --stor x.db"):
        parse_config(["--stor", "x.db"], {}, tmp_path)


def _tiny_corpus() -> Corpus:
    actors = {a.id: a for a in [
        CorpusActor("keir-starmer", "Keir Starmer", "person", "GBR", "Prime Minister", ["Starmer"], 3, ["a1"]),
        CorpusActor("emmanuel-macron", "Emmanuel Macron", "person", "FRA", "President", [], 2, ["a1"]),
    ]}
    inter = CorpusInteraction("a1#i1", "a1", "meet", ["keir-starmer", "emmanuel-macron"], "planned",
                              evidence="Starmer is set to meet Macron.", date="2025-02-17")
    return Corpus(articles={"a1": Article("a1", "", title="T", date="2025-02-16", source="Wire")},
                  actors=actors, interactions=[inter])


def test_address_round_trip_and_bad_values():
    choices = build_choices(_tiny_corpus())
    state = {"leaders": ["keir-starmer"], "types": ["meet"], "statuses": ["planned"], "radius": 2,
             "date_from": date(2025, 2, 1), "include_countries": False, "text": "Paris", "min_weight": 1}
    params = params_from_state(state)
    assert params == {"leader": ["keir-starmer"], "type": ["meet"], "status": ["planned"], "radius": ["2"],
                      "from": ["2025-02-01"], "persons_only": ["1"], "q": ["Paris"]}
    back, problems = state_from_params(params, choices)
    assert not problems
    assert {k: back[k] for k in state if k in back} == {k: v for k, v in state.items() if k != "min_weight"}

    back, problems = state_from_params({"type": ["meet,lunch"], "leader": ["nobody"], "min_weight": ["0"],
                                        "from": ["2025-13-01"], "colour": ["red"]}, choices)
    assert back == {"types": ["meet"]}
    assert len(problems) == 5 and any("lunch" in p for p in problems) and any("colour" in p for p in problems)


def test_the_dashboards_own_parameters_are_checked_like_the_filters():
    choices = build_choices(_tiny_corpus())
    good = {"colour": ["community"], "quote_q": ["  Paris "], "actor": ["keir-starmer"], "article": ["a1"]}
    assert state_from_params(good, choices, frozenset({"a1"})) == (
        {"colour_by": "community", "quotes_search": "Paris", "actor": "keir-starmer", "article": "a1"}, [])
    assert params_from_state({"colour_by": "community", "quotes_search": "Paris", "actor": "keir-starmer",
                              "article": "a1"}) == {"colour": ["community"], "quote_q": ["Paris"],
                                                    "actor": ["keir-starmer"], "article": ["a1"]}
    bad = {"colour": ["red"], "quote_q": ["  "], "actor": ["nobody"], "article": ["a9"], "zoom": ["2"]}
    back, problems = state_from_params(bad, choices, frozenset({"a1"}))
    assert back == {}
    assert problems[0].startswith("unknown parameter 'zoom' (known: ")
    assert problems[1:] == ["colour 'red': must be one of region, community",
                            "actor 'nobody': no such actor in the store",
                            "article 'a9': no such article in the store"]


def test_highlighting_escapes_text_and_reports_marks_outside_it():
    text = f"Starmer said {XSS_SCRIPT} & left."
    body, bad = highlight_html(text, [Mark(0, 7, "actor", 'Keir "K" Starmer'), Mark(13, 38, "quote", "q"),
                                      Mark(5, 99, "quote", "too long")])
    assert bad == [Mark(5, 99, "quote", "too long")]
    assert XSS_SCRIPT not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "&amp; left." in body
    assert 'title="Keir &quot;K&quot; Starmer">Starmer</span>' in body


def test_markdown_escaping_keeps_text_literal():
    assert md_escape("[x](javascript:alert(1)) **b** $x$ :red[y]") == (
        "\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*b\\*\\* \\$x\\$ \\:red\\[y\\]")


def test_small_layouts_are_spread_to_fill_the_frame():
    assert spread({"a": (0.0, 0.0), "b": (100.0, 0.0)}) == {"a": (0.0, 0.0), "b": (300.0, 0.0)}
    assert spread({"a": (0.0, 0.0), "b": (1000.0, 0.0)}) == {"a": (0.0, 0.0), "b": (1000.0, 0.0)}
    assert spread({"a": (5.0, 5.0)}) == {"a": (5.0, 5.0)}


def test_pasted_article_is_a_json_record():
    name, data = pasted_file("Lula meets Ramaphosa!", date(2025, 3, 4), " Wire ", "Text.")
    assert name == "pasted-lula-meets-ramaphosa.json"
    assert json.loads(data) == {"id": "pasted-lula-meets-ramaphosa", "title": "Lula meets Ramaphosa!",
                                "date": "2025-03-04", "source": "Wire", "text": "Text."}


def test_downloads_hold_the_filtered_view(tmp_path):
    sub, G, W = filtered_graphs(_tiny_corpus(), GraphFilter(leaders=("keir-starmer",)))
    view = View(corpus=sub, G=G, W=W, degree={})
    files = {label: file_contents(view, label) for label in FILES}
    (tmp_path / "g.gexf").write_bytes(files["GEXF"])
    assert set(nx.read_gexf(tmp_path / "g.gexf").nodes) == {"keir-starmer", "emmanuel-macron"}
    assert {n["id"] for n in json.loads(files["JSON"])["nodes"]} == {"keir-starmer", "emmanuel-macron"}
    assert files["Nodes CSV"].decode().startswith("id,name,kind,country,role")
    assert "Starmer is set to meet Macron." in files["Edges CSV"].decode()
    assert files["Quotes CSV"].decode().startswith("id,article_id")


def test_the_corpus_wide_layout_is_kept_on_disk(tmp_path, monkeypatch):
    import networkx as nx

    from components import state

    G = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("a", "e")])
    first = state.disk_layout(G, tmp_path / "cache")
    files = list((tmp_path / "cache").glob("layout-*.json"))
    assert len(files) == 1
    monkeypatch.setattr(state.render, "layout", lambda G: (_ for _ in ()).throw(AssertionError("recomputed")))
    assert state.disk_layout(G, tmp_path / "cache") == first  # read back, not laid out again
    G.add_edge("e", "f")  # articles added: another graph, another file, the places already known kept
    G.add_edge("x", "y")
    grown = state.disk_layout(G, tmp_path / "cache")
    assert {n: grown[n] for n in first} == first
    assert math.dist(grown["f"], grown["e"]) == pytest.approx(0.6 * 120, abs=1)  # next to its placed partner
    assert min(grown["x"][1], grown["y"][1]) > max(y for _, y in first.values())  # a new component goes below
    assert len(list((tmp_path / "cache").glob("layout-*.json"))) == 2


def test_one_handle_carries_the_corpus_its_version_and_the_cache_folder_beside_the_store(tmp_path):
    from components import state

    with Store(tmp_path / "s.db") as store:
        first = state.load_corpus(store)
        assert (first.store_path, first.cache_folder) == (store.path, tmp_path / "cache")
        assert first.corpus is store.corpus()
        again = state.load_corpus(store)
        assert again.version == first.version and again is not first  # same corpus, same version
        assert state.counts(again) is state.counts(first)  # the caches key on the version alone
        store.corrections_path.write_text("rename: {a: Alpha}\n")  # the store hands out a new corpus
        changed = state.load_corpus(store)
        assert changed.version != first.version and changed.corpus is not first.corpus
        assert state.counts(changed) is not state.counts(first)
        assert state.view(changed, GraphFilter()) is state.view(changed, GraphFilter())
