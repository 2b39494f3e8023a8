"""The weighted graph built from a ``CorpusIndex`` is exactly ``weighted_graph(build_graph(...))``."""
from dataclasses import replace

import pytest
from graph_fixtures import sample_corpus, synthetic_corpus

from diplomap.models import MEETING_TYPES, STATEMENT_TYPES
from diplomap.views.filters import GraphFilter, _drop_weak_pairs, _weak_pairs, filter_corpus, filtered_view
from diplomap.views.graph import build_graph, weighted_graph
from diplomap.views.index import corpus_graph

ALL_TYPES = MEETING_TYPES + STATEMENT_TYPES
FILTERS = [
    GraphFilter(),
    GraphFilter(countries=("GBR",), include_partners=True),
    GraphFilter(countries=("USA",), include_partners=True, include_countries=False),
    GraphFilter(leaders=("keir-starmer",), radius=2, statuses=("occurred",)),
    GraphFilter(types=("visit", "call", "criticize")),
    GraphFilter(min_weight=2),
    GraphFilter(leaders=("keir-starmer",)),
    GraphFilter(min_mentions=7, include_countries=False),
    GraphFilter(date_from="2025-03", text="a", min_mentions=3),
]


def directed_synthetic():
    corpus = synthetic_corpus(n_articles=400, n_actors=60)
    interactions = [replace(i, actors=i.actors + i.actors[:1], source=i.actors[-1] if n % 3 == 0 else None,
                            target=i.actors[0] if n % 5 == 0 else None)
                    for n, i in enumerate(corpus.interactions)]
    return replace(corpus, interactions=interactions)


def old_graphs(corpus, f):
    sub = filter_corpus(corpus, f)
    G = build_graph(sub, types=f.graph_types, include_countries=f.include_countries)
    W = weighted_graph(G)
    if f.min_weight > 1:
        weak = _weak_pairs(W, f.min_weight)
        _drop_weak_pairs(G, weak)
        _drop_weak_pairs(W, weak)
    return sub, G, W


@pytest.mark.parametrize("make", [sample_corpus, directed_synthetic])
def test_index_view_equals_the_multigraph_route(make):
    corpus = make()
    for f in FILTERS:
        if f.leaders and f.leaders[0] not in corpus.actors:
            f = replace(f, leaders=(next(iter(corpus.actors)),))
        if f.countries and make is directed_synthetic:
            f = replace(f, countries=("USA", "GBR"))
        sub0, G0, W0 = old_graphs(corpus, f)
        sub, W, multigraph = filtered_view(corpus, f)
        G = multigraph()
        assert sub == sub0
        assert list(W.nodes(data=True)) == list(W0.nodes(data=True))
        assert list(W.edges(data=True)) == list(W0.edges(data=True))
        assert list(G.edges(keys=True, data=True)) == list(G0.edges(keys=True, data=True))


@pytest.mark.parametrize("include_countries", [True, False])
def test_corpus_graph_is_the_weighted_multigraph(include_countries):
    corpus = directed_synthetic()
    W0 = weighted_graph(build_graph(corpus, types=ALL_TYPES, include_countries=include_countries))
    W = corpus_graph(corpus, ALL_TYPES, include_countries)
    assert list(W.nodes(data=True)) == list(W0.nodes(data=True))
    assert list(W.edges(data=True)) == list(W0.edges(data=True))
