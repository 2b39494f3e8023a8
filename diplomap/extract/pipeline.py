"""Article → Extraction: spaCy once per text, then actors, interactions and quotes.

``PIPELINE_VERSION`` is part of every cache key: bump it whenever a change to the
rules or knowledge files changes what is extracted, so stores re-extract.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..models import Article, Extraction

PIPELINE_VERSION = "0.3.0"


def extract_articles(articles: Iterable[Article], *, nlp=None, batch_size: int = 16) -> Iterator[Extraction]:
    """Extract every article, streaming, in input order."""
    from .actors import find_actors
    from .interactions import find_interactions
    from .knowledge import load_knowledge
    from .nlp import load_model, unwrap_lines
    from .quotes import find_quotes
    from .relevance import relevant_actors

    nlp = nlp or load_model()
    kb = load_knowledge()
    pairs = ((unwrap_lines(a.text), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        table = find_actors(doc, article, kb)
        interactions = find_interactions(doc, table, article, kb)
        quotes = find_quotes(doc, table, kb)
        used = {a for i in interactions for a in i.actors} | {q.speaker for q in quotes if q.speaker}
        yield Extraction(article=article, actors=relevant_actors(table, used),
                         interactions=interactions, quotes=quotes)


def extract_article(article: Article, *, nlp=None) -> Extraction:
    return next(extract_articles([article], nlp=nlp))
