"""One definition of each count the dashboard shows (header, Overview, captions), filtered or not.

An actor counts when it takes part in an interaction or speaks a quote: the same rule
``filters.filter_corpus`` uses to keep actors, so the whole store's numbers equal an
unfiltered view's. Actors only mentioned in passing are not counted.
"""
from __future__ import annotations

from ..corpus.stored_quotes import quote_speakers
from ..models import Corpus

COUNTED = ("articles", "actors", "interactions", "quotes")


def involved_actors(corpus: Corpus) -> set[str]:
    """Ids of the actors taking part in an interaction or speaking a quote."""
    ids = {pid for inter in corpus.interactions for pid in inter.actors}
    ids |= quote_speakers(corpus.quotes)
    return ids & set(corpus.actors)


def counts(corpus: Corpus) -> dict[str, int]:
    """Articles, actors (see ``involved_actors``), interactions and quotes of a corpus or a view."""
    return {"articles": len(corpus.articles), "actors": len(involved_actors(corpus)),
            "interactions": len(corpus.interactions), "quotes": len(corpus.quotes)}
