"""A small hand-made Corpus for the graph, filter, analytics and export tests.

Who met whom (meeting types only):

    a1#i0  Paris summit, 5 parties: starmer, macron, merz, lammy, nato      2025-02-17 occurred
    a1#i1  call starmer → trump                                             2025-02-16 occurred
    a2#i0  visit starmer → trump (Washington)                               2025-03-10 planned
    a2#i1  negotiate trump – putin                                          2025-03-05 occurred
    a3#i1  meet nato – ukraine (no person)                                  2025-04-09 occurred
    a3#i2  visit lammy → ukraine                                            2025-04-20 planned
    a4#i0  meet macron – merz                                               undated    occurred

plus one statement, a3#i0 ``criticize`` putin → nato, and four quotes.
So starmer–trump–putin is a chain, and macron reaches putin only via starmer and trump.
"""
from __future__ import annotations

from diplomap.models import Article, Corpus, CorpusActor, CorpusInteraction, CorpusQuote

SUMMIT = "a1#i0"


def person(id, name, country, role, mentions, articles, aliases=()):
    return CorpusActor(id=id, name=name, kind="person", country=country, role=role,
                       aliases=list(aliases), mentions=mentions, articles=list(articles))


def sample_corpus() -> Corpus:
    articles = [
        Article(id="a1", text="", title="Leaders gather in Paris", date="2025-02-17", source="BBC"),
        Article(id="a2", text="", title="Trump and Putin talk", date="2025-03-05", source="Reuters"),
        Article(id="a3", text="", title="NATO and Ukraine", date="2025-04-10", source="VOA"),
        Article(id="a4", text="", title="Franco-German talks", date=None, source="BBC"),
    ]
    actors = [
        person("keir-starmer", "Keir Starmer", "GBR", "Prime Minister", 12, ["a1", "a2"], ["Starmer"]),
        person("david-lammy", "David Lammy", "GBR", "Foreign Secretary", 2, ["a1", "a3"], ["Lammy"]),
        person("emmanuel-macron", "Emmanuel Macron", "FRA", "President", 6, ["a1", "a4"], ["Macron"]),
        person("friedrich-merz", "Friedrich Merz", "DEU", "Chancellor", 4, ["a1", "a4"], ["Merz"]),
        person("donald-trump", "Donald Trump", "USA", "President", 8, ["a1", "a2"], ["Trump"]),
        person("vladimir-putin", "Vladimir Putin", "RUS", "President", 7, ["a2", "a3"], ["Putin"]),
        CorpusActor(id="nato", name="NATO", kind="organization", country=None,
                    aliases=["North Atlantic Treaty Organization"], mentions=3, articles=["a1", "a3"]),
        CorpusActor(id="ukraine", name="Ukraine", kind="country", country="UKR",
                    aliases=["Kyiv"], mentions=5, articles=["a3"]),
    ]
    interactions = [
        CorpusInteraction(id=SUMMIT, article_id="a1", type="meet", status="occurred", date="2025-02-17",
                          actors=["keir-starmer", "emmanuel-macron", "friedrich-merz", "david-lammy", "nato"],
                          location="Paris",
                          evidence="Starmer, Macron, Merz and Lammy met NATO's chief at the Paris summit."),
        CorpusInteraction(id="a1#i1", article_id="a1", type="call", status="occurred", date="2025-02-16",
                          actors=["keir-starmer", "donald-trump"], source="keir-starmer",
                          evidence="Starmer spoke by phone with Trump on Sunday."),
        CorpusInteraction(id="a2#i0", article_id="a2", type="visit", status="planned", date="2025-03-10",
                          actors=["keir-starmer", "donald-trump"], source="keir-starmer",
                          target="donald-trump", location="Washington",
                          evidence="Starmer is set to visit Trump in Washington."),
        CorpusInteraction(id="a2#i1", article_id="a2", type="negotiate", status="occurred", date="2025-03-05",
                          actors=["donald-trump", "vladimir-putin"],
                          evidence="Trump and Putin held talks on a ceasefire."),
        CorpusInteraction(id="a3#i0", article_id="a3", type="criticize", status="occurred", date="2025-04-10",
                          actors=["vladimir-putin", "nato"], source="vladimir-putin", target="nato",
                          evidence="Putin denounced NATO expansion."),
        CorpusInteraction(id="a3#i1", article_id="a3", type="meet", status="occurred", date="2025-04-09",
                          actors=["nato", "ukraine"], location="Brussels",
                          evidence="The NATO-Ukraine Council met in Brussels."),
        CorpusInteraction(id="a3#i2", article_id="a3", type="visit", status="planned", date="2025-04-20",
                          actors=["david-lammy", "ukraine"], source="david-lammy", target="ukraine",
                          evidence="Lammy is expected to travel to Kyiv."),
        CorpusInteraction(id="a4#i0", article_id="a4", type="meet", status="occurred", date=None,
                          actors=["emmanuel-macron", "friedrich-merz"],
                          evidence="Macron received Merz at the Elysee."),
    ]
    quotes = [
        CorpusQuote(id="a1#q0", article_id="a1", speaker="keir-starmer", cue="said",
                    text="We must secure a just and lasting peace for Ukraine."),
        CorpusQuote(id="a2#q0", article_id="a2", speaker="vladimir-putin", cue="said",
                    text="Starmer's plans for a peacekeeping force are reckless."),
        CorpusQuote(id="a2#q1", article_id="a2", speaker=None, cue="said",
                    text="Talks will continue next week in Riyadh."),
        CorpusQuote(id="a4#q0", article_id="a4", speaker="emmanuel-macron", cue="told",
                    text="Europe must step up its own defence."),
    ]
    return Corpus(articles={a.id: a for a in articles}, actors={a.id: a for a in actors},
                  interactions=interactions, quotes=quotes)


def synthetic_corpus(n_articles: int = 10_000, n_actors: int = 10_000, per_article: int = 3,
                     seed: int = 7) -> Corpus:
    """A large random corpus shaped like the real one, for timing the graph and filters."""
    import random

    rng = random.Random(seed)
    countries = ["GBR", "FRA", "DEU", "USA", "RUS", "CHN", "IND", "BRA", "JPN", "UKR"]
    kinds = ["person"] * 8 + ["organization", "country"]
    actors = {}
    for i in range(n_actors):
        aid = f"actor-{i}"
        actors[aid] = CorpusActor(id=aid, name=f"Actor Number {i}", kind=rng.choice(kinds),
                                  country=rng.choice(countries), aliases=[f"Number {i}"],
                                  mentions=rng.randint(1, 30), articles=[])
    ids = list(actors)
    types = ["meet", "call", "negotiate", "visit", "criticize", "support"]
    statuses = ["occurred", "occurred", "planned", "proposed", "negated"]
    articles, interactions, quotes = {}, [], []
    for a in range(n_articles):
        art_id = f"art{a}"
        date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles[art_id] = Article(id=art_id, text="", title=f"Story {a}", date=date,
                                   source=rng.choice(["BBC", "Reuters", "VOA"]))
        for n in range(per_article):
            k = 2 if rng.random() < 0.9 else rng.randint(3, 8)
            interactions.append(CorpusInteraction(
                id=f"{art_id}#i{n}", article_id=art_id, type=rng.choice(types),
                status=rng.choice(statuses), date=date, actors=rng.sample(ids, k),
                evidence=f"Leaders met to discuss item {rng.randint(0, 999)} of the agenda."))
        quotes.append(CorpusQuote(id=f"{art_id}#q0", article_id=art_id, speaker=rng.choice(ids),
                                  text="We will keep talking."))
    return Corpus(articles=articles, actors=actors, interactions=interactions, quotes=quotes)
