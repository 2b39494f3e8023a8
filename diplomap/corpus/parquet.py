"""Extractions as partitioned Parquet tables, for archives too big to funnel through one process.

``python -m diplomap extract PATH... --format parquet --out DIR`` writes::

    DIR/diplomap.json                      {"format": 1, "pipeline_version": ...}
    DIR/articles/part-00000.parquet        id, title, date, source, url, path, content_hash, text
    DIR/actors/part-00000.parquet          article_id, idx, id, name, kind, country, role, aliases, mentions
    DIR/interactions/part-00000.parquet    article_id, idx, type, actors, status, source, target, date,
                                           location, evidence, start, end
    DIR/quotes/part-00000.parquet          article_id, idx, text, speaker, kind, cue, start, end

one part per batch of articles (``part-<n>``: the batch's place in the input), written by the
worker that extracted it; ``idx`` is the row's place in its article's list. Each table folder
is a Parquet dataset (``pyarrow.dataset``, ``dask.dataframe.read_parquet``, DuckDB read it
as one table). A part is complete when its ``articles`` file exists: that one is written
last, and every file is written under a temporary name and then renamed.
``python -m diplomap ingest DIR --from-parquet`` loads the parts into the store (``load``).
"""
from __future__ import annotations

import json
import os
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..models import Actor, Article, Extraction, Interaction, Quote

FORMAT = 1
META_FILE = "diplomap.json"
TABLES = ("actors", "interactions", "quotes", "articles")  # written in this order: articles last


def _schemas():
    import pyarrow as pa

    s, i, strings = pa.string(), pa.int64(), pa.list_(pa.string())
    return {
        "articles": pa.schema([("id", s), ("title", s), ("date", s), ("source", s), ("url", s), ("path", s),
                               ("content_hash", s), ("text", s)]),
        "actors": pa.schema([("article_id", s), ("idx", i), ("id", s), ("name", s), ("kind", s), ("country", s),
                             ("role", s), ("aliases", strings), ("mentions", i)]),
        "interactions": pa.schema([("article_id", s), ("idx", i), ("type", s), ("actors", strings), ("status", s),
                                   ("source", s), ("target", s), ("date", s), ("location", s), ("evidence", s),
                                   ("start", i), ("end", i)]),
        "quotes": pa.schema([("article_id", s), ("idx", i), ("text", s), ("speaker", s), ("kind", s), ("cue", s),
                             ("start", i), ("end", i)]),
    }


def start(out: str | Path, pipeline_version: str) -> Path:
    """Make ``out`` ready for a run: it must be new or empty (parts of two runs must not mix)."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty; give a new or empty folder")
    for table in TABLES:
        (out / table).mkdir(parents=True, exist_ok=True)
    (out / META_FILE).write_text(json.dumps({"format": FORMAT, "pipeline_version": pipeline_version}) + "\n")
    return out


def rows(extractions: Iterable[Extraction]) -> dict[str, list[dict]]:
    """The four tables' rows for some extractions (each article's text included)."""
    tables: dict[str, list[dict]] = {t: [] for t in TABLES}
    for e in extractions:
        a, aid = e.article, e.article.id
        tables["articles"].append({"id": aid, "title": a.title, "date": a.date, "source": a.source, "url": a.url,
                                   "path": a.path, "content_hash": a.content_hash, "text": a.text})
        tables["actors"] += [{"article_id": aid, "idx": n, "id": x.id, "name": x.name, "kind": x.kind,
                              "country": x.country, "role": x.role, "aliases": list(x.aliases),
                              "mentions": x.mentions} for n, x in enumerate(e.actors)]
        tables["interactions"] += [{"article_id": aid, "idx": n, "type": x.type, "actors": list(x.actors),
                                    "status": x.status, "source": x.source, "target": x.target, "date": x.date,
                                    "location": x.location, "evidence": x.evidence, "start": x.start,
                                    "end": x.end} for n, x in enumerate(e.interactions)]
        tables["quotes"] += [{"article_id": aid, "idx": n, "text": x.text, "speaker": x.speaker, "kind": x.kind,
                              "cue": x.cue, "start": x.start, "end": x.end} for n, x in enumerate(e.quotes)]
    return tables


def write_part(out: str | Path, part: int, extractions: Iterable[Extraction]) -> int:
    """Write one part of every table; returns the number of articles in it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = _schemas()
    tables = rows(extractions)
    for table in TABLES:  # articles last: its file marks the part as complete
        path = Path(out) / table / f"part-{part:05d}.parquet"
        temporary = path.with_name(path.name + ".tmp")
        pq.write_table(pa.Table.from_pylist(tables[table], schema=schemas[table]), temporary)
        os.replace(temporary, path)
    return len(tables["articles"])


def extract_part(articles: list[Article], part: int, out: str, batch_size: int = 16) -> int:
    """A worker's task: extract one batch and write it as part ``part`` of ``out`` (nothing travels back)."""
    from ..extract.pipeline import extract_articles

    return write_part(out, part, extract_articles(articles, batch_size=batch_size))


def pipeline_version(folder: str | Path) -> str:
    """The pipeline version that wrote ``folder``; ValueError if it is not such a folder."""
    meta = Path(folder) / META_FILE
    try:
        data = json.loads(meta.read_text())
    except (OSError, ValueError):
        raise ValueError(f"{folder}: not a diplomap Parquet folder (no readable {META_FILE}); "
                         f"write one with 'python -m diplomap extract ... --format parquet --out DIR'") from None
    if data.get("format") != FORMAT:
        raise ValueError(f"{folder}: Parquet format {data.get('format')!r}, this diplomap reads {FORMAT}")
    return data["pipeline_version"]


def read(folder: str | Path) -> Iterator[Extraction]:
    """Every extraction of ``folder``, part by part in order, with their articles' texts."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    for part in sorted((folder / "articles").glob("part-*.parquet")):
        tables = {t: pq.read_table(folder / t / part.name).to_pylist() for t in TABLES}
        grouped: dict[str, dict[str, list[dict]]] = {t: {} for t in ("actors", "interactions", "quotes")}
        for table, by_article in grouped.items():
            for row in tables[table]:
                by_article.setdefault(row.pop("article_id"), []).append(row)
        for row in tables["articles"]:
            aid = row["id"]
            yield Extraction(
                article=Article(**row),
                actors=[Actor(**_without_idx(r)) for r in grouped["actors"].get(aid, [])],
                interactions=[Interaction(**_without_idx(r)) for r in grouped["interactions"].get(aid, [])],
                quotes=[Quote(**_without_idx(r)) for r in grouped["quotes"].get(aid, [])])


def _without_idx(row: dict) -> dict:
    row.pop("idx")
    return row


def load(store, folder: str | Path, **options):
    """``ingest DIR --from-parquet``: the folder's extractions into ``store`` through ``sync`` (new or
    changed articles only, duplicates left out, batches committed), stored under the pipeline
    version that extracted them. Returns the ``IngestReport``."""
    from .sync import ingest_articles

    version = pipeline_version(folder)
    extracted: OrderedDict[str, Extraction] = OrderedDict()  # read, not yet asked for

    def articles() -> Iterator[Article]:
        for extraction in read(folder):
            extracted[extraction.article.id] = extraction
            yield extraction.article

    def extractor(todo: Iterable[Article], **_) -> Iterator[Extraction]:
        for article in todo:
            while extracted:  # those read before it were left out by the plan (unchanged, duplicates)
                aid, extraction = extracted.popitem(last=False)
                if aid == article.id:
                    yield extraction
                    break

    return ingest_articles(store, articles(), extractor=extractor, pipeline_version=version, **options)
