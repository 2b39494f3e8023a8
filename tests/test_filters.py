import copy

import pytest
from graph_fixtures import SUMMIT, sample_corpus, synthetic_corpus

from diplomap.views.filters import GraphFilter, filter_corpus, filtered_graphs, quotes_about


def ids(corpus):
    return sorted(i.id for i in corpus.interactions)


def nodes(f, corpus=None):
    return set(filtered_graphs(corpus or sample_corpus(), f)[2])


def test_no_filter_keeps_everything():
    corpus = sample_corpus()
    sub = filter_corpus(corpus, GraphFilter())
    assert sub.interactions == corpus.interactions
    assert sub.quotes == corpus.quotes
    assert sub.articles == corpus.articles
    assert set(sub.actors) == set(corpus.actors)


def test_filtering_never_mutates_the_corpus():
    corpus = sample_corpus()
    before = copy.deepcopy(corpus)
    filter_corpus(corpus, GraphFilter(countries=("GBR",), include_countries=False, text="summit"))
    filtered_graphs(corpus, GraphFilter(leaders=("keir-starmer",), min_weight=2))
    assert corpus == before


def test_types_and_statuses():
    corpus = sample_corpus()
    assert ids(filter_corpus(corpus, GraphFilter(types=("call",)))) == ["a1#i1"]
    assert ids(filter_corpus(corpus, GraphFilter(statuses=("planned",)))) == ["a2#i0", "a3#i2"]
    both = GraphFilter(types=("visit", "call"), statuses=("occurred",))
    assert ids(filter_corpus(corpus, both)) == ["a1#i1"]


def test_statement_types_reach_the_graph_only_when_asked_for():
    _, G, _ = filtered_graphs(sample_corpus(), GraphFilter())
    assert "criticize" not in {d["type"] for *_, d in G.edges(data=True)}
    _, G, _ = filtered_graphs(sample_corpus(), GraphFilter(types=("criticize",)))
    assert list(G.edges()) == [("vladimir-putin", "nato")]


def test_date_range_is_inclusive_and_drops_undated():
    corpus = sample_corpus()
    march_on = filter_corpus(corpus, GraphFilter(date_from="2025-03-01"))
    assert ids(march_on) == ["a2#i0", "a2#i1", "a3#i0", "a3#i1", "a3#i2"]  # a4#i0 is undated
    assert ids(filter_corpus(corpus, GraphFilter(date_to="2025-02"))) == ["a1#i0", "a1#i1"]
    one_day = filter_corpus(corpus, GraphFilter(date_from="2025-02-17", date_to="2025-02-17"))
    assert ids(one_day) == [SUMMIT]
    assert [q.id for q in march_on.quotes] == ["a2#q0", "a2#q1"]  # quotes go by their article's date


def test_sources():
    sub = filter_corpus(sample_corpus(), GraphFilter(sources=("BBC",)))
    assert ids(sub) == ["a1#i0", "a1#i1", "a4#i0"]
    assert set(sub.articles) == {"a1", "a4"}
    assert [q.id for q in sub.quotes] == ["a1#q0", "a4#q0"]


def test_text_search_in_evidence_names_aliases_and_quotes():
    corpus = sample_corpus()
    assert ids(filter_corpus(corpus, GraphFilter(text="PHONE"))) == ["a1#i1"]
    assert ids(filter_corpus(corpus, GraphFilter(text="north atlantic"))) == ["a1#i0", "a3#i0", "a3#i1"]
    riyadh = filter_corpus(corpus, GraphFilter(text="riyadh"))
    assert ids(riyadh) == [] and [q.id for q in riyadh.quotes] == ["a2#q1"]
    assert [q.id for q in filter_corpus(corpus, GraphFilter(text="macron")).quotes] == ["a4#q0"]


def test_countries_alone_and_with_partners():
    corpus = sample_corpus()
    gbr = GraphFilter(countries=("GBR",))
    sub = filter_corpus(corpus, gbr)
    assert set(sub.actors) == {"keir-starmer", "david-lammy"}
    assert ids(sub) == [SUMMIT] and sub.interactions[0].actors == ["keir-starmer", "david-lammy"]
    assert [q.id for q in sub.quotes] == ["a1#q0"]  # unattributed and foreign quotes drop
    assert nodes(gbr) == {"keir-starmer", "david-lammy"}
    partners = nodes(GraphFilter(countries=("GBR",), include_partners=True))
    assert partners == {"keir-starmer", "david-lammy", "emmanuel-macron", "friedrich-merz", "nato",
                        "donald-trump", "ukraine"}
    assert nodes(GraphFilter(countries=("GBR", "RUS"))) == {"keir-starmer", "david-lammy"}  # Putin met no Briton


def test_leader_radius_one_and_two_on_a_chain():
    near = nodes(GraphFilter(leaders=("vladimir-putin",)))
    far = nodes(GraphFilter(leaders=("vladimir-putin",), radius=2))
    assert near == {"vladimir-putin", "donald-trump"}
    assert far == {"vladimir-putin", "donald-trump", "keir-starmer"}
    _, _, W = filtered_graphs(sample_corpus(), GraphFilter(leaders=("vladimir-putin",), radius=2))
    assert set(map(frozenset, W.edges())) == {frozenset(("vladimir-putin", "donald-trump")),
                                              frozenset(("donald-trump", "keir-starmer"))}
    assert nodes(GraphFilter(leaders=("vladimir-putin", "ukraine"))) == {
        "vladimir-putin", "donald-trump", "ukraine", "nato", "david-lammy"}


def test_min_weight_prunes_pairs_and_isolated_actors():
    corpus = sample_corpus()
    _, G, W = filtered_graphs(corpus, GraphFilter(min_weight=2))
    assert set(map(frozenset, W.edges())) == {frozenset(("keir-starmer", "donald-trump")),
                                              frozenset(("emmanuel-macron", "friedrich-merz"))}
    assert set(G) == set(W) == {"keir-starmer", "donald-trump", "emmanuel-macron", "friedrich-merz"}
    assert G.number_of_edges() == 4  # two interactions per strong pair
    assert {frozenset(e) for e in G.edges()} == {frozenset(e) for e in W.edges()}


def test_min_weight_shapes_the_ego_network():
    f = GraphFilter(leaders=("keir-starmer",), radius=2, min_weight=2)
    assert nodes(f) == {"keir-starmer", "donald-trump"}


def test_min_mentions_and_persons_only():
    corpus = sample_corpus()
    assert nodes(GraphFilter(min_mentions=5)) == {"keir-starmer", "emmanuel-macron", "donald-trump",
                                                  "vladimir-putin"}
    persons = filter_corpus(corpus, GraphFilter(include_countries=False))
    assert "nato" not in persons.actors and "a3#i1" not in ids(persons)
    summit = next(i for i in persons.interactions if i.id == SUMMIT)
    assert "nato" not in summit.actors and len(summit.actors) == 4
    statement = filter_corpus(corpus, GraphFilter(include_countries=False, types=("criticize",)))
    assert statement.interactions == []


def test_filters_combine():
    f = GraphFilter(countries=("GBR",), include_partners=True, statuses=("occurred",), date_to="2025-02")
    sub, _, W = filtered_graphs(sample_corpus(), f)
    assert ids(sub) == ["a1#i0", "a1#i1"]
    assert set(W) == {"keir-starmer", "david-lammy", "emmanuel-macron", "friedrich-merz", "nato", "donald-trump"}
    assert W.edges["keir-starmer", "donald-trump"]["weight"] == 1  # the planned visit is filtered out
    g = GraphFilter(countries=("GBR",), include_partners=True, leaders=("vladimir-putin",), radius=2)
    assert nodes(g) == {"donald-trump", "keir-starmer"}  # Putin is not a GBR partner


def test_quotes_by_or_mentioning_an_actor():
    corpus = sample_corpus()
    by_or_about = quotes_about(corpus, GraphFilter(), ["keir-starmer"])
    assert [q.id for q in by_or_about] == ["a1#q0", "a2#q0"]  # his own, and Putin's "Starmer's plans"
    assert [q.id for q in quotes_about(corpus, GraphFilter(), ["ukraine"])] == ["a1#q0"]
    # network filters give way to the chosen actor; article filters still apply
    gbr = GraphFilter(countries=("GBR",), sources=("Reuters",))
    assert [q.id for q in quotes_about(corpus, gbr, ["keir-starmer"])] == ["a2#q0"]
    assert [q.id for q in filter_corpus(corpus, GraphFilter(countries=("FRA",))).quotes] == ["a4#q0"]
    with pytest.raises(ValueError, match="unknown actor id 'nobody'"):
        quotes_about(corpus, GraphFilter(), ["nobody"])


@pytest.mark.parametrize("kwargs, message", [
    ({"types": ("meeet",)}, "unknown types: meeet"),
    ({"statuses": ("done",)}, "unknown statuses"),
    ({"countries": ("gbr",)}, "alpha-3"),
    ({"countries": "GBR"}, "tuple of strings"),
    ({"date_from": "17/02/2025"}, "ISO date"),
    ({"radius": 0}, "radius"),
    ({"min_weight": 0}, "min_weight"),
    ({"min_mentions": -1}, "min_mentions"),
])
def test_bad_filters_are_errors(kwargs, message):
    with pytest.raises(ValueError, match=message):
        GraphFilter(**kwargs)


def test_unknown_leader_or_actor_is_an_error():
    corpus = sample_corpus()
    with pytest.raises(ValueError, match="unknown leader id"):
        filter_corpus(corpus, GraphFilter(leaders=("keir-starmr",)))
    corpus.interactions[0].actors.append("ghost")
    with pytest.raises(ValueError, match="unknown actor 'ghost'"):
        filter_corpus(corpus, GraphFilter(countries=("GBR",)))


def test_filter_accepts_lists_and_is_hashable():
    f = GraphFilter(countries=["GBR"], types=["meet"])
    assert f.countries == ("GBR",) and hash(f) == hash(GraphFilter(countries=("GBR",), types=("meet",)))


def test_build_and_filter_ten_thousand_articles():
    """Every kind of filter runs on a 10,000-article corpus (its speed is measured in bench/store.py)."""
    corpus = synthetic_corpus()  # 10,000 articles, 30,000 interactions, 10,000 actors
    leader = corpus.interactions[0].actors[0]
    _, G, W = filtered_graphs(corpus, GraphFilter())
    assert W.number_of_nodes() > 9_000 and G.number_of_edges() > 30_000
    for f in (GraphFilter(countries=("GBR",), include_partners=True, min_weight=2),
              GraphFilter(leaders=(leader,), radius=2, date_from="2025-03", text="agenda")):
        _, g, w = filtered_graphs(corpus, f)
        assert 0 < w.number_of_nodes() < W.number_of_nodes()
