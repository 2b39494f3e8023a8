"""Article → Extraction: spaCy once per text, then actors, interactions and quotes.

``PIPELINE_VERSION`` is part of every cache key: bump it whenever a change to the
rules or knowledge files changes what is extracted, so stores re-extract.

One bad article never costs the others: texts go through ``nlp.pipe`` in batches, a
batch that raises is parsed again one article at a time, and an article that still
raises (in spaCy or in the rules) is yielded as a ``FailedExtraction`` carrying the
error, in its place in the input order. A text longer than ``CHUNK_CHARS`` is parsed in
chunks cut at paragraph breaks, joined back into one ``Doc`` (same text, same offsets)
before the rules run, so spaCy's ``max_length`` (1,000,000 characters) and its memory
per parse never limit an article; the input cap (``ingest.DEFAULT_MAX_BYTES``) does.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..models import Article, Extraction

PIPELINE_VERSION = "0.27.0"
CHUNK_CHARS = 100_000  # longest text handed to spaCy in one piece


@dataclass
class FailedExtraction(Extraction):
    """An article whose extraction raised: nothing extracted, ``error`` says why."""

    error: str = ""


def extract_articles(articles: Iterable[Article], *, nlp=None, batch_size: int = 16) -> Iterator[Extraction]:
    """Extract every article, streaming, in input order; an article that fails is a ``FailedExtraction``."""
    from .knowledge import load_knowledge
    from .nlp import load_model

    nlp = nlp or load_model()
    kb = load_knowledge()
    articles = iter(articles)
    while batch := list(itertools.islice(articles, max(batch_size, 1))):
        short = [a for a in batch if len(a.text) <= CHUNK_CHARS]
        docs: dict[int, object] = {}
        try:
            texts = [_text(a) for a in short]
            docs = {id(a): doc for a, doc in zip(short, nlp.pipe(texts, batch_size=batch_size), strict=True)}
        except Exception:  # noqa: BLE001 - one article broke the batch: parse them one by one below
            docs = {}
        for article in batch:
            try:
                doc = docs.get(id(article))
                if doc is None:
                    doc = parse_article(nlp, article)
                yield _extract(doc, article, kb)
            except Exception as e:  # noqa: BLE001 - this article's error; the others go on
                yield FailedExtraction(article=article, error=f"extraction failed: {_describe(e)}")


def extract_article(article: Article, *, nlp=None) -> Extraction:
    """One article, the way ``extract_articles`` does a stream (for scripts and tests)."""
    return next(extract_articles([article], nlp=nlp))


def _text(article: Article) -> str:
    from .apostrophes import straighten_word_apostrophes
    from .wire_text import curl_nested_closers, mend_wire_apostrophes, strip_wire_tags, unwrap_lines

    return unwrap_lines(curl_nested_closers(straighten_word_apostrophes(mend_wire_apostrophes(strip_wire_tags(article.text)))))


def parse_article(nlp, article: Article):
    """One article's ``Doc``, as ``extract_articles`` parses it (bench tools that run the rules' stages
    one by one read it here); a long text is parsed in chunks and joined (``doc.text == text``)."""
    from spacy.tokens import Doc

    text = _text(article)
    chunks = split_text(text, min(CHUNK_CHARS, nlp.max_length))
    if len(chunks) == 1:
        return nlp(text)
    doc = Doc.from_docs(list(nlp.pipe(chunks, batch_size=1)), ensure_whitespace=False)
    if doc.text != text:  # never extract from something that is not the article
        raise RuntimeError("the text changed when its chunks were joined")
    return doc


def split_text(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut after a paragraph break when there is
    one (else a line break, a sentence end, a space); joined they are ``text`` again."""
    chunks, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for sep in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(sep, start, end)
            if cut > start:
                end = cut + len(sep)
                break
        chunks.append(text[start:end])
        start = end
    chunks.append(text[start:])
    return chunks


def _extract(doc, article: Article, kb) -> Extraction:
    from .actors import find_actors
    from .apostrophes import in_article_apostrophes
    from .interactions import find_interactions
    from .quotes import find_quotes
    from .relevance import relevant_actors

    table = find_actors(doc, article, kb)
    interactions = find_interactions(doc, table, article, kb)
    quotes = find_quotes(doc, table)
    used = {a for i in interactions for a in i.actors} | {q.speaker for q in quotes if q.speaker}
    return in_article_apostrophes(Extraction(article=article, actors=relevant_actors(table, used),
                                             interactions=interactions, quotes=quotes), article.text)


def _describe(e: BaseException) -> str:
    text = " ".join(str(e).split())
    return f"{type(e).__name__}: {text[:300]}" if text else type(e).__name__
