import copy
import csv
import io
import json
import sys
import types

import networkx as nx
import pytest
from graph_fixtures import SUMMIT, sample_corpus

from diplomap.cli import main
from diplomap.views.export import (
    edges_csv,
    flat_copy,
    nodes_csv,
    quotes_csv,
    to_gexf,
    to_graphml,
    to_node_link_json,
)


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_gexf_round_trip_keeps_country_and_type(graphs, tmp_path):
    G, W = graphs
    path = tmp_path / "graph.gexf"
    to_gexf(G, path)
    back = nx.read_gexf(path)
    assert back.nodes["keir-starmer"]["country"] == "GBR"
    assert back.nodes["keir-starmer"]["label"] == "Keir Starmer"
    assert back.nodes["keir-starmer"]["aliases"] == "Starmer"
    assert "country" not in back.nodes["nato"]  # None is left out
    call = back.edges["keir-starmer", "donald-trump", "a1#i1/keir-starmer/donald-trump"]
    assert call["interaction_type"] == "call" and call["status"] == "occurred"
    assert back.number_of_edges() == G.number_of_edges()
    buffer = io.BytesIO()
    to_gexf(W, buffer)
    buffer.seek(0)
    tie = nx.read_gexf(buffer).edges["keir-starmer", "donald-trump"]
    assert tie["weight"] == 2.0
    assert tie["types"] == "call;visit" and tie["interactions"] == "a1#i1;a2#i0" and tie["planned_only"] is False


def test_graphml_round_trip(graphs):
    G, W = graphs
    buffer = io.BytesIO()
    to_graphml(G, buffer)
    buffer.seek(0)
    back = nx.read_graphml(buffer)
    assert back.nodes["emmanuel-macron"]["country"] == "FRA"
    assert back.nodes["emmanuel-macron"]["mentions"] == 6
    summit = [d for *_, d in back.edges(data=True) if d["interaction_id"] == SUMMIT]
    assert len(summit) == 10 and {d["type"] for d in summit} == {"meet"}
    buffer = io.BytesIO()
    to_graphml(W, buffer)
    buffer.seek(0)
    tie = nx.read_graphml(buffer).edges["david-lammy", "ukraine"]
    assert tie["planned_only"] is True and tie["statuses"] == "planned" and tie["weight"] == 1


def test_exporting_does_not_mutate_the_graph(graphs, tmp_path):
    G, W = graphs
    before = (copy.deepcopy(dict(G.nodes(data=True))), copy.deepcopy(list(G.edges(keys=True, data=True))),
              copy.deepcopy(list(W.edges(data=True))))
    to_gexf(G, tmp_path / "g.gexf")
    to_graphml(G, tmp_path / "g.graphml")
    to_gexf(W, tmp_path / "w.gexf")
    to_node_link_json(G)
    edges_csv(G)
    flat_copy(W)
    after = (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), list(W.edges(data=True)))
    assert after == before
    assert G.nodes["keir-starmer"]["aliases"] == ["Starmer"] and G.nodes["nato"]["country"] is None


def test_node_link_json_parses(graphs):
    G, _ = graphs
    data = json.loads(to_node_link_json(G))
    assert len(data["nodes"]) == G.number_of_nodes() and len(data["edges"]) == G.number_of_edges()
    starmer = next(n for n in data["nodes"] if n["id"] == "keir-starmer")
    assert starmer["aliases"] == ["Starmer"] and starmer["country"] == "GBR"
    assert nx.node_link_graph(data, edges="edges").number_of_edges() == G.number_of_edges()


def test_nodes_csv(graphs):
    G, _ = graphs
    text = nodes_csv(G)
    assert text.splitlines()[0] == "id,name,kind,country,role,mentions,articles,aliases"
    by_id = {r["id"]: r for r in rows(text)}
    assert len(by_id) == G.number_of_nodes()
    assert by_id["keir-starmer"]["country"] == "GBR" and by_id["nato"]["country"] == ""
    assert by_id["ukraine"]["aliases"] == "Kyiv"


def test_edges_csv_carries_evidence(graphs):
    G, W = graphs
    header = edges_csv(G).splitlines()[0].split(",")
    assert header == ["source", "target", "interaction_id", "type", "status", "date", "location",
                      "n_participants", "article_id", "article_title", "evidence"]
    call = next(r for r in rows(edges_csv(G)) if r["interaction_id"] == "a1#i1")
    assert (call["source"], call["target"]) == ("keir-starmer", "donald-trump")
    assert call["evidence"] == "Starmer spoke by phone with Trump on Sunday."
    summit = [r for r in rows(edges_csv(G)) if r["interaction_id"] == SUMMIT]
    assert len(summit) == 10 and summit[0]["evidence"].startswith("Starmer, Macron")  # commas survive quoting
    weighted = {frozenset((r["source"], r["target"])): r for r in rows(edges_csv(W))}
    tie = weighted[frozenset(("keir-starmer", "donald-trump"))]
    assert tie["weight"] == "2" and tie["types"] == "call;visit" and tie["planned_only"] == "False"


def test_quotes_csv():
    text = quotes_csv(sample_corpus())
    assert text.splitlines()[0] == ("id,article_id,article_title,article_date,article_source,"
                                   "speaker,speaker_name,kind,cue,text")
    quotes = {r["id"]: r for r in rows(text)}
    assert quotes["a2#q0"]["speaker_name"] == "Vladimir Putin"
    assert quotes["a2#q0"]["text"] == "Starmer's plans for a peacekeeping force are reckless."
    assert quotes["a2#q1"]["speaker"] == "" and quotes["a4#q0"]["article_date"] == ""


@pytest.fixture
def fake_store(monkeypatch, tmp_path):
    """The export command reads ``diplomap.store``; give it the sample corpus."""
    class Store:
        def __init__(self, path, **options):  # read_only=True
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

        def corpus(self):
            return sample_corpus()

    module = types.SimpleNamespace(Store=Store, StoreError=RuntimeError, DEFAULT_STORE=tmp_path / "missing.db")
    monkeypatch.setitem(sys.modules, "diplomap.corpus.store", module)
    path = tmp_path / "store.db"
    path.write_bytes(b"")
    return path


def test_export_command_writes_filtered_formats(fake_store, tmp_path, capsys):
    out = tmp_path / "gbr.gexf"
    assert main(["export", "--format", "gexf", "--store", str(fake_store), "--out", str(out),
                 "--country", "gbr", "--partners", "--status", "occurred"]) == 0
    back = nx.read_gexf(out)
    assert set(back) == {"keir-starmer", "david-lammy", "emmanuel-macron", "friedrich-merz", "nato",
                         "donald-trump"}
    assert "actors" in capsys.readouterr().err
    assert main(["export", "--format", "edges-csv", "--store", str(fake_store), "--leader", "vladimir-putin"]) == 0
    printed = rows(capsys.readouterr().out)
    assert [(r["source"], r["target"], r["type"]) for r in printed] == [
        ("donald-trump", "vladimir-putin", "negotiate")]
    assert main(["export", "--format", "quotes-csv", "--store", str(fake_store), "--search", "riyadh"]) == 0
    assert [r["id"] for r in rows(capsys.readouterr().out)] == ["a2#q1"]
    assert main(["export", "--format", "json", "--store", str(fake_store), "--weighted", "--min-weight", "2"]) == 0
    assert len(json.loads(capsys.readouterr().out)["edges"]) == 2


def test_export_command_errors(fake_store, tmp_path, capsys):
    assert main(["export", "--format", "gexf", "--store", str(tmp_path / "nope.db")]) == 1
    assert "no store at" in capsys.readouterr().err
    assert main(["export", "--format", "gexf", "--store", str(fake_store), "--leader", "nobody"]) == 2
    assert "unknown leader id" in capsys.readouterr().err
    assert main(["export", "--format", "gexf", "--store", str(fake_store), "--from", "yesterday"]) == 2
    assert "ISO date" in capsys.readouterr().err
