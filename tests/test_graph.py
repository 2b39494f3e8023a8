from dataclasses import replace

import pytest
from graph_fixtures import SUMMIT, sample_corpus

from diplomap.models import CorpusInteraction
from diplomap.views.graph import build_graph, weighted_graph

SUMMIT_PARTIES = {"keir-starmer", "emmanuel-macron", "friedrich-merz", "david-lammy", "nato"}


def edges_of(G, interaction_id):
    return [(u, v, d) for u, v, d in G.edges(data=True) if d["interaction_id"] == interaction_id]


def test_summit_is_ten_pairs_of_one_interaction():
    G = build_graph(sample_corpus())
    summit = edges_of(G, SUMMIT)
    assert len(summit) == 10
    assert {frozenset((u, v)) for u, v, _ in summit} == {
        frozenset((a, b)) for a in SUMMIT_PARTIES for b in SUMMIT_PARTIES if a < b}
    assert {d["n_participants"] for *_, d in summit} == {5}
    assert {d["location"] for *_, d in summit} == {"Paris"}
    assert {d["article_title"] for *_, d in summit} == {"Leaders gather in Paris"}
    W = weighted_graph(G)
    for a in SUMMIT_PARTIES:
        for b in SUMMIT_PARTIES - {a}:
            assert SUMMIT in W.edges[a, b]["interactions"]


def test_statements_are_not_who_met_whom_by_default():
    corpus = sample_corpus()
    G = build_graph(corpus)
    assert "criticize" not in {d["type"] for *_, d in G.edges(data=True)}
    assert not G.has_edge("vladimir-putin", "nato") and not G.has_edge("nato", "vladimir-putin")
    statements = build_graph(corpus, types=("criticize",))
    assert list(statements.edges()) == [("vladimir-putin", "nato")]  # source → target, not by id


def test_edges_point_from_source_or_else_by_id():
    G = build_graph(sample_corpus())
    assert G.has_edge("keir-starmer", "donald-trump")  # call with source
    assert G.has_edge("donald-trump", "vladimir-putin")  # no source: by id
    assert not G.has_edge("vladimir-putin", "donald-trump")
    assert set(G.get_edge_data("keir-starmer", "donald-trump")) == {
        "a1#i1/keir-starmer/donald-trump", "a2#i0/keir-starmer/donald-trump"}


def test_node_attributes():
    G = build_graph(sample_corpus())
    assert G.nodes["keir-starmer"] == {
        "name": "Keir Starmer", "kind": "person", "country": "GBR", "role": "Prime Minister",
        "mentions": 12, "articles": 2, "aliases": ["Starmer"]}
    assert G.nodes["nato"]["country"] is None
    assert "vladimir-putin" in G  # via the negotiation
    assert set(G) == SUMMIT_PARTIES | {"donald-trump", "vladimir-putin", "ukraine"}


def test_weighted_graph_counts_distinct_interactions():
    W = weighted_graph(build_graph(sample_corpus()))
    tie = W.edges["keir-starmer", "donald-trump"]
    assert tie["weight"] == 2
    assert tie["types"] == ["call", "visit"]
    assert tie["statuses"] == ["occurred", "planned"]
    assert (tie["first_date"], tie["last_date"]) == ("2025-02-16", "2025-03-10")
    assert tie["interactions"] == ["a1#i1", "a2#i0"]
    assert tie["planned_only"] is False
    assert W.edges["david-lammy", "ukraine"]["planned_only"] is True
    pair = W.edges["emmanuel-macron", "friedrich-merz"]  # summit + an undated meeting
    assert pair["weight"] == 2 and (pair["first_date"], pair["last_date"]) == ("2025-02-17", "2025-02-17")
    assert W.edges["keir-starmer", "nato"]["weight"] == 1
    assert W.number_of_edges() == 10 + 1 + 1 + 1 + 1  # summit pairs, starmer-trump, trump-putin, nato-ukraine, lammy-ukraine
    assert W.nodes["keir-starmer"]["country"] == "GBR"


def test_persons_only_drops_organisations_and_their_only_meetings():
    corpus = sample_corpus()
    G = build_graph(corpus, include_countries=False)
    assert "nato" not in G and "ukraine" not in G
    assert edges_of(G, "a3#i1") == [] and edges_of(G, "a3#i2") == []
    summit = edges_of(G, SUMMIT)
    assert len(summit) == 6 and {d["n_participants"] for *_, d in summit} == {4}


def test_repeated_participant_makes_no_self_loop():
    corpus = sample_corpus()
    corpus.interactions.append(CorpusInteraction(
        id="a4#i1", article_id="a4", type="call", actors=["donald-trump", "donald-trump", "keir-starmer"]))
    G = build_graph(corpus)
    assert edges_of(G, "a4#i1") and all(u != v for u, v, _ in edges_of(G, "a4#i1"))
    assert edges_of(G, "a4#i1")[0][2]["n_participants"] == 2


def test_unknown_references_are_errors():
    corpus = sample_corpus()
    corpus.interactions[1] = replace(corpus.interactions[1], actors=["keir-starmer", "nobody"])
    with pytest.raises(ValueError, match="unknown actor 'nobody'"):
        build_graph(corpus)
    corpus = sample_corpus()
    corpus.interactions[1] = replace(corpus.interactions[1], article_id="missing")
    with pytest.raises(ValueError, match="unknown article 'missing'"):
        weighted_graph(build_graph(corpus))
