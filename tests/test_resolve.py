"""Corpus-wide actors from article-level extractions (pure; no store, no NLP)."""
from __future__ import annotations

import random

from diplomap.corpus.resolve import resolve_with_problems
from diplomap.ids import slug
from diplomap.models import Extraction


def person(id, name, country=None, role=None, aliases=None, mentions=1):
    return {"id": id, "name": name, "kind": "person", "country": country, "role": role,
            "aliases": aliases if aliases is not None else [name], "mentions": mentions}


def org(id, name, country=None, aliases=()):
    return {"id": id, "name": name, "kind": "organization", "country": country, "role": None,
            "aliases": [name, *aliases], "mentions": 1}


def country(id, name, iso3):
    return {"id": id, "name": name, "kind": "country", "country": iso3, "role": None, "aliases": [name],
            "mentions": 1}


def article(aid, date, actors, interactions=(), quotes=()):
    meta = {"id": aid, "title": None, "date": date, "source": None, "url": None, "path": None}
    return Extraction.from_dict({"article": meta, "actors": actors, "interactions": list(interactions),
                                 "quotes": list(quotes)})


def resolve(extractions, corrections=None, *, titles=()):
    """The resolved corpus alone (its problems are tested with ``resolve_with_problems``)."""
    return resolve_with_problems(extractions, corrections, titles=titles)[0]


def meet(*ids, **fields):
    return {"type": "meet", "actors": list(ids), **fields}


TRUMP_ARTICLES = [
    article("a1", "2025-02-01", [person("donald-trump", "Donald Trump", "USA", "President", mentions=3),
                                 person("keir-starmer", "Keir Starmer", "GBR", "Prime Minister")],
            [meet("donald-trump", "keir-starmer", date="2025-01-30")]),
    article("a2", "2025-02-03", [person("trump", "Trump", "USA"), person("macron", "Emmanuel Macron", "FRA")],
            [meet("trump", "macron")], [{"text": "We will talk again soon.", "speaker": "trump"}]),
    article("a3", "2025-02-05", [person("president-trump", "President Trump", None, "President", mentions=2)]),
]


def test_one_person_under_three_names_is_one_actor():
    corpus = resolve(TRUMP_ARTICLES, titles={"president"})
    trump = corpus.actors["donald-trump"]
    assert (trump.name, trump.kind, trump.country, trump.role) == ("Donald Trump", "person", "USA", "President")
    assert trump.articles == ["a1", "a2", "a3"]
    assert trump.mentions == 6
    assert trump.aliases == ["Donald Trump", "President Trump", "Trump"]
    assert [(r.article_id, r.date, r.country, r.role) for r in trump.roles] == [
        ("a1", "2025-02-01", "USA", "President"), ("a2", "2025-02-03", "USA", None),
        ("a3", "2025-02-05", None, "President")]
    assert sorted(corpus.actors) == ["donald-trump", "emmanuel-macron", "keir-starmer"]


def test_participants_and_speakers_are_rewritten_to_corpus_ids():
    corpus = resolve(TRUMP_ARTICLES)
    assert [(i.id, i.actors, i.date) for i in corpus.interactions] == [
        ("a1#i1", ["donald-trump", "keir-starmer"], "2025-01-30"),  # the event's own date
        ("a2#i1", ["donald-trump", "emmanuel-macron"], "2025-02-03"),  # else the article's
    ]
    assert [(q.id, q.speaker) for q in corpus.quotes] == [("a2#q1", "donald-trump")]


def test_a_title_is_dropped_when_it_is_the_actors_own_role_even_without_a_titles_list():
    assert resolve(TRUMP_ARTICLES).actors["donald-trump"].articles == ["a1", "a2", "a3"]


def test_two_johnsons_with_different_countries_stay_apart_and_a_surname_joins_the_one_that_fits():
    corpus = resolve([
        article("b1", "2020-01-10", [person("boris-johnson", "Boris Johnson", "GBR", "Prime Minister")]),
        article("b2", "2024-03-01", [person("mike-johnson", "Mike Johnson", "USA", "Speaker")]),
        article("b3", "2021-06-01", [person("johnson", "Johnson", "GBR")]),
        article("b4", "2024-03-02", [person("johnson", "Johnson", "USA")]),
    ])
    assert sorted(corpus.actors) == ["boris-johnson", "mike-johnson"]
    assert corpus.actors["boris-johnson"].articles == ["b1", "b3"]
    assert corpus.actors["mike-johnson"].articles == ["b2", "b4"]


def test_a_surname_that_fits_two_people_stays_separate_unless_role_or_date_decide():
    people = [article("c1", "2020-01-10", [person("boris-johnson", "Boris Johnson", "GBR", "Prime Minister")]),
              article("c2", "2020-01-12", [person("mike-johnson", "Mike Johnson", "USA", "Speaker")])]
    unclear = resolve(people + [article("c3", "2020-01-11", [person("johnson", "Johnson")])])
    assert corpus_articles(unclear) == {"boris-johnson": ["c1"], "mike-johnson": ["c2"], "johnson": ["c3"]}

    by_role = resolve(people + [article("c3", "2020-01-11", [person("johnson", "Johnson", role="Speaker")])])
    assert by_role.actors["mike-johnson"].articles == ["c3", "c2"]  # by date

    far_apart = [people[0], article("c2", "2024-04-01", people[1].to_dict()["actors"])]
    by_date = resolve(far_apart + [article("c3", "2024-04-03", [person("johnson", "Johnson")])])
    assert by_date.actors["mike-johnson"].articles == ["c2", "c3"]


def corpus_articles(corpus):
    return {a.id: a.articles for a in corpus.actors.values()}


def test_bare_surnames_without_a_full_name_group_by_country_and_get_distinct_ids():
    corpus = resolve([
        article("d1", "2024-01-01", [person("johnson", "Johnson", "GBR")]),
        article("d2", "2024-01-02", [person("johnson", "Johnson", "GBR")]),
        article("d3", "2024-01-03", [person("johnson", "Johnson", "USA")]),
    ])
    assert corpus_articles(corpus) == {"johnson": ["d1", "d2"], "johnson-usa": ["d3"]}


def test_countries_merge_by_iso3_and_organisations_by_name_or_alias_within_a_country():
    corpus = resolve([
        article("e1", "2024-01-01", [country("us", "United States", "USA"),
                                     org("un", "United Nations", aliases=["UN"]),
                                     org("fm", "Foreign Ministry", "RUS")]),
        article("e2", "2024-01-02", [country("us", "US", "USA"), org("un", "UN"),
                                     org("fm", "Foreign Ministry", "GBR")]),
        article("e3", "2024-01-03", [country("usa", "United States", "USA"), org("fm", "Foreign Ministry")]),
    ])
    assert corpus_articles(corpus) == {
        "united-states": ["e1", "e2", "e3"], "united-nations": ["e1", "e2"],
        "foreign-ministry-gbr": ["e2"], "foreign-ministry-rus": ["e1"], "foreign-ministry": ["e3"]}
    assert corpus.actors["foreign-ministry-gbr"].country == "GBR"


def test_current_country_and_role_are_the_most_frequent_among_the_latest_mentions():
    history = [("2019-01-01", "GBR", "Foreign Secretary")] * 6 + [
        ("2023-01-01", "GBR", "Prime Minister"), ("2023-06-01", "GBR", "Prime Minister"),
        ("2024-01-01", "GBR", "Prime Minister")]
    corpus = resolve([article(f"f{n}", when, [person("x", "Rishi Example", c, role)])
                      for n, (when, c, role) in enumerate(history)])
    actor = corpus.actors["rishi-example"]
    assert (actor.country, actor.role) == ("GBR", "Prime Minister")
    assert len(actor.roles) == 9


def test_output_does_not_depend_on_the_order_of_the_articles():
    articles = TRUMP_ARTICLES + [
        article("g1", "2020-01-10", [person("boris-johnson", "Boris Johnson", "GBR")]),
        article("g2", "2024-03-01", [person("johnson", "Johnson")]),
        article("g3", "2024-03-01", [person("johnson", "Johnson", "GBR")]),
    ]
    shuffled = articles[:]
    random.Random(4).shuffle(shuffled)
    assert resolve(shuffled).actors == resolve(articles).actors


def test_an_interaction_naming_an_unknown_actor_is_reported():
    corpus, problems = resolve_with_problems([
        article("h1", "2024-01-01", [person("a", "Ann Smith")], [meet("a", "ghost")])])
    assert corpus.interactions[0].actors == ["ann-smith"]
    assert problems == ["article 'h1': interaction #1 names actor 'ghost', which is not among the "
                        "article's actors; left out"]


def test_slug():
    assert slug("Luiz Inácio Lula da Silva") == "luiz-inacio-lula-da-silva"
    assert slug("  O'Neill ") == "o-neill"
    assert slug("???") == "actor"
