"""Graphs and quotes out to files: GEXF and GraphML (Gephi, yEd), node-link JSON (d3), CSV (spreadsheets).

GEXF and GraphML hold only scalar attributes, so exports work on a flattened copy:
lists become ``;``-joined strings, ``None`` is left out, the caller's graph is untouched.
Text from articles is made safe on the way out (``sanitize``): characters XML cannot
hold are dropped from GEXF/GraphML, CSV cells that a spreadsheet would run as a formula
get a leading ``'``.
"""
from __future__ import annotations

import calendar
import csv
import io
import json
from collections.abc import Iterator, Sequence
from typing import TextIO

import networkx as nx

from ..corpus.stored_quotes import StoredQuotes
from ..models import Corpus, CorpusQuote
from .sanitize import csv_cell, xml_text

NODE_COLUMNS = ["id", "name", "kind", "country", "role", "mentions", "articles", "aliases"]
EDGE_COLUMNS = [
    "source", "target",
    # build_graph: one row per (interaction, pair)
    "interaction_id", "type", "status", "date", "location", "n_participants",
    # weighted_graph: one row per pair
    "weight", "types", "statuses", "first_date", "last_date", "planned_only", "interactions",
    "article_id", "article_title", "evidence",
]
QUOTE_COLUMNS = ["id", "article_id", "article_title", "article_date", "article_source",
                 "speaker", "speaker_name", "kind", "cue", "text"]
LIST_SEPARATOR = ";"
QUOTE_BATCH = 5_000


def to_gexf(G: nx.Graph, path_or_buffer, *, viz: dict | None = None) -> None:
    """Write GEXF 1.2. Node labels are actor names; the interaction ``type`` is written as
    ``interaction_type``, since GEXF reserves an edge's ``type`` for directed/undirected.

    Dated edges carry ``start``/``end`` (whole days, for Gephi's timeline; a node without
    dates is always present). ``viz`` maps nodes to ``{"color": "#rrggbb", "position": (x, y)}``,
    the map's colours and places, written as GEXF viz attributes.
    """
    flat = flat_copy(G)
    for node, data in flat.nodes(data=True):
        data.setdefault("label", data.get("name", str(node)))
        shown = (viz or {}).get(node)
        if shown:
            data["viz"] = _viz(shown)
    for *_, data in flat.edges(data=True):
        if "type" in data:
            data["interaction_type"] = data.pop("type")
        start, end = data.get("first_date") or data.get("date"), data.get("last_date") or data.get("date")
        if start:
            data["start"] = whole_day(start, end=False)
            data["end"] = whole_day(end or start, end=True)
    if flat.is_multigraph():  # keep the interaction/pair key as the edge id
        for *_, key, data in flat.edges(keys=True, data=True):
            data.setdefault("id", key)
    nx.write_gexf(flat, path_or_buffer)


def whole_day(value: str, *, end: bool) -> str:
    """An ISO date of any precision as a day: ``2025-02`` starts on the 1st and ends on the 28th."""
    parts = str(value)[:10].split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    day = int(parts[2]) if len(parts) > 2 else (calendar.monthrange(year, month)[1] if end else 1)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _viz(shown: dict) -> dict:
    out: dict = {}
    colour = str(shown.get("color") or "")
    if len(colour) == 7 and colour.startswith("#"):
        out["color"] = {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}
    if shown.get("position") is not None:
        x, y = shown["position"]
        out["position"] = {"x": float(x), "y": -float(y), "z": 0.0}  # Gephi's y axis points up
    return out


def to_graphml(G: nx.Graph, path_or_buffer) -> None:
    nx.write_graphml(flat_copy(G), path_or_buffer)


def to_node_link_json(G: nx.Graph) -> str:
    """The d3 node-link format; lists stay JSON lists."""
    return json.dumps(nx.node_link_data(G, edges="edges"), ensure_ascii=False, indent=1)


def nodes_csv(G: nx.Graph) -> str:
    rows = [{"id": node, **data} for node, data in G.nodes(data=True)]
    return _csv(rows, NODE_COLUMNS)


def edges_csv(G: nx.Graph) -> str:
    """One row per edge with its evidence: per (interaction, pair) for ``build_graph``, per pair for ``weighted_graph``."""
    rows = [{"source": u, "target": v, **data} for u, v, data in G.edges(data=True)]
    return _csv(rows, EDGE_COLUMNS)


def quotes_csv(corpus: Corpus) -> str:
    out = io.StringIO()
    write_quotes_csv(corpus, out)
    return out.getvalue()


def write_quotes_csv(corpus: Corpus, out: TextIO, *, batch: int = QUOTE_BATCH) -> int:
    """The quotes CSV of ``corpus`` written to ``out`` a batch of quotes at a time (quotes left in the
    store are read ``batch`` at a time, never all at once); returns the number of quotes written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(QUOTE_COLUMNS)
    n = 0
    for quotes in quote_batches(corpus.quotes, batch):
        for q in quotes:
            article = corpus.articles[q.article_id]
            writer.writerow([_cell(v) for v in (
                q.id, q.article_id, article.title, article.date, article.source, q.speaker,
                corpus.actors[q.speaker].name if q.speaker else None, q.kind, q.cue, q.text)])
        n += len(quotes)
    return n


def quote_batches(quotes: Sequence[CorpusQuote], size: int) -> Iterator[Sequence[CorpusQuote]]:
    if isinstance(quotes, StoredQuotes):
        yield from quotes.batches(size)
        return
    for start in range(0, len(quotes), size):
        yield quotes[start:start + size]


def flat_copy(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose attributes are all scalars and whose text is legal XML, as GEXF and GraphML require."""
    x = xml_text
    H = G.__class__()
    H.graph.update(_flat(G.graph))
    H.add_nodes_from((x(n), _flat(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from((x(u), x(v), x(k), _flat(d)) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((x(u), x(v), _flat(d)) for u, v, d in G.edges(data=True))
    return H


def _flat(data: dict) -> dict:
    return {xml_text(key): xml_text(_scalar(value)) for key, value in data.items() if value is not None}


def _scalar(value):
    if isinstance(value, (list, tuple)) and any(isinstance(item, dict) for item in value):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return LIST_SEPARATOR.join(str(item) for item in items)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _csv(rows: list[dict], columns: list[str], *, extra: bool = True) -> str:
    """CSV text with the known ``columns`` that occur, in order, then any others alphabetically."""
    present = set().union(*rows) if rows else set()
    header = [c for c in columns if c in present or not rows]
    if extra:
        header += sorted(present - set(columns))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c)) for c in header})
    return out.getvalue()


def _cell(value):
    if value is None:
        return ""
    return csv_cell(_scalar(value))
