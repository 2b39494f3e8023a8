from dataclasses import replace

import networkx as nx
import pytest
from graph_fixtures import sample_corpus

from diplomap.views.analytics import (
    Hop,
    HopEvidence,
    betweenness,
    communities,
    shortest_path,
    timeline,
    top_actors,
    type_counts_by_month,
    weighted_degree,
)


def test_weighted_degree_counts_interactions_per_partner(graphs):
    _, W = graphs
    degree = weighted_degree(W)
    assert degree["keir-starmer"] == 6  # four summit partners + two ties with Trump
    assert degree["vladimir-putin"] == 1
    assert degree["emmanuel-macron"] == 5  # Merz twice


def test_top_actors(graphs):
    _, W = graphs
    assert top_actors(W, 3) == [("keir-starmer", 6), ("david-lammy", 5), ("emmanuel-macron", 5)]  # ties by name
    assert len(top_actors(W, 100)) == W.number_of_nodes()


def test_betweenness_exact_on_a_chain_and_sampled_when_large():
    chain = nx.path_graph(["a", "b", "c"])
    assert betweenness(chain) == {"a": 0.0, "b": 1.0, "c": 0.0}
    big = nx.barabasi_albert_graph(600, 2, seed=1)
    sampled = betweenness(big)
    assert sampled == betweenness(big)  # seeded: repeatable
    assert sampled != nx.betweenness_centrality(big)  # sampled, not exact
    hub = max(big.degree, key=lambda nd: nd[1])[0]
    assert max(sampled, key=sampled.get) == hub
    assert betweenness(chain, k=10) == {"a": 0.0, "b": 1.0, "c": 0.0}  # k capped at the node count


def test_communities_split_two_cliques():
    G = nx.union(nx.complete_graph(["a", "b", "c", "d"]), nx.complete_graph(["x", "y", "z"]))
    G.add_edge("d", "x")
    nx.set_edge_attributes(G, 1, "weight")
    groups = communities(G)
    assert {groups[n] for n in "abcd"} == {0} and {groups[n] for n in "xyz"} == {1}
    assert communities(G) == groups


def test_shortest_path_carries_the_evidence(graphs):
    G, W = graphs
    hops = shortest_path(W, G, "emmanuel-macron", "vladimir-putin")
    assert [(h.source, h.target) for h in hops] == [
        ("emmanuel-macron", "keir-starmer"), ("keir-starmer", "donald-trump"), ("donald-trump", "vladimir-putin")]
    assert hops[0].interactions == [HopEvidence(
        "meet", "occurred", "2025-02-17", "Starmer, Macron, Merz and Lammy met NATO's chief at the Paris summit.",
        "a1")]
    assert [(e.type, e.status, e.date) for e in hops[1].interactions] == [
        ("call", "occurred", "2025-02-16"), ("visit", "planned", "2025-03-10")]
    assert hops[2].interactions[0].evidence == "Trump and Putin held talks on a ceasefire."
    # the edge runs trump → putin; the reverse hop finds it too
    assert shortest_path(W, G, "vladimir-putin", "donald-trump") == [
        Hop("vladimir-putin", "donald-trump", hops[2].interactions)]


def test_shortest_path_without_a_path_raises(graphs):
    G, W = graphs
    W.add_node("loner")
    with pytest.raises(nx.NetworkXNoPath):
        shortest_path(W, G, "keir-starmer", "loner")
    with pytest.raises(nx.NodeNotFound):
        shortest_path(W, G, "keir-starmer", "nobody")


def test_timeline_is_date_sorted_with_partners():
    rows = timeline(sample_corpus(), "donald-trump")
    assert [(r["date"], r["type"]) for r in rows] == [
        ("2025-02-16", "call"), ("2025-03-05", "negotiate"), ("2025-03-10", "visit")]
    assert rows[1]["partners"] == ["vladimir-putin"] and rows[1]["partner_names"] == ["Vladimir Putin"]
    assert rows[2]["location"] == "Washington" and rows[2]["article_title"] == "Trump and Putin talk"
    macron = timeline(sample_corpus(), "emmanuel-macron")
    assert [r["interaction_id"] for r in macron] == ["a1#i0", "a4#i0"]  # undated last
    assert len(macron[0]["partners"]) == 4
    putin = timeline(sample_corpus(), "vladimir-putin")
    assert [r["type"] for r in putin] == ["negotiate", "criticize"]  # statements belong to a timeline
    with pytest.raises(ValueError, match="unknown actor"):
        timeline(sample_corpus(), "nobody")


def test_type_counts_by_month():
    counts = type_counts_by_month(sample_corpus())
    assert list(counts.index) == ["2025-02", "2025-03", "2025-04"]
    assert counts.index.name == "month"
    assert list(counts.columns) == ["meet", "call", "negotiate", "visit", "criticize"]
    assert counts.loc["2025-02"].to_dict() == {"meet": 1, "call": 1, "negotiate": 0, "visit": 0, "criticize": 0}
    assert counts.loc["2025-04", "visit"] == 1 and counts.loc["2025-04", "meet"] == 1
    assert counts.to_numpy().sum() == 7  # the undated meeting is left out
    empty = replace(sample_corpus(), interactions=[])
    assert type_counts_by_month(empty).empty
