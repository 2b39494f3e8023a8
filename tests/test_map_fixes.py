"""Issue #12's fixes 1-10, each pinned by a unit test or an AppTest (the browser ones are in test_map_browser)."""
from __future__ import annotations

from pathlib import Path

from components.config import parse_config
from components.graph_component import apply_selection
from diplomap.corpus.ingest import content_hash, load_bytes, site_of


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
    apply_selection(state, {"kind": "edge", "from": "a", "to": "b"})
    assert state == {"actor": None, "pair": ["a", "b"]}
    apply_selection(state, {"kind": "bogus", "id": 3})
    assert state == {"actor": None, "pair": ["a", "b"]}
    apply_selection(state, {"kind": "none"})
    assert state == {"actor": None, "pair": None}
    apply_selection(state, None)
    assert state == {"actor": None, "pair": None}
