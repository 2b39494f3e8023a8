"""Download the current filtered view: graph files for Gephi/yEd/d3 and CSV tables."""
from __future__ import annotations

import io
import tempfile

import streamlit as st

from diplomap.models import Corpus
from diplomap.views import export

from . import state

# label -> (file name, MIME type)
FILES = {
    "GEXF": ("diplomap.gexf", "application/gexf+xml"),
    "GraphML": ("diplomap.graphml", "application/graphml+xml"),
    "JSON": ("diplomap.json", "application/json"),
    "Nodes CSV": ("diplomap-nodes.csv", "text/csv"),
    "Edges CSV": ("diplomap-edges.csv", "text/csv"),
    "Quotes CSV": ("diplomap-quotes.csv", "text/csv"),
}


def file_contents(view: state.View, label: str, quotes: Corpus | None = None, viz: dict | None = None) -> bytes:
    """The bytes of one download: graphs are the weighted pair graph; edges CSV has one row per interaction;
    the quotes CSV holds the quotes of ``quotes`` when given (those the page shows), else the view's;
    GEXF carries ``viz`` (the map's colours and places, ``export.to_gexf``)."""
    if label in ("GEXF", "GraphML"):
        buffer = io.BytesIO()
        if label == "GEXF":
            export.to_gexf(view.W, buffer, viz=viz)
        else:
            export.to_graphml(view.W, buffer)
        return buffer.getvalue()
    if label == "Quotes CSV":
        with quotes_file(view.corpus if quotes is None else quotes) as fh:
            return fh.read()
    text = {
        "JSON": lambda: export.to_node_link_json(view.W),
        "Nodes CSV": lambda: export.nodes_csv(view.W),
        "Edges CSV": lambda: export.edges_csv(view.G),
    }[label]()
    return text.encode("utf-8")


def quotes_file(corpus: Corpus):
    """The quotes CSV in a temporary file, written a batch of quotes at a time (840,000 quotes at 100,000
    articles: the rows never exist all at once in memory, only the file's bytes when it is sent)."""
    binary = tempfile.TemporaryFile()
    text = io.TextIOWrapper(binary, encoding="utf-8", newline="")
    export.write_quotes_csv(corpus, text)
    text.flush()
    text.detach()
    binary.seek(0)
    return binary


def render_downloads(view: state.View, quotes: Corpus | None = None, viz: dict | None = None) -> None:
    """One button per format; the file is built only when its button is clicked."""
    cols = st.columns(len(FILES))
    for col, (label, (name, mime)) in zip(cols, FILES.items(), strict=True):
        col.download_button(label, data=_deferred(view, label, quotes, viz), file_name=name, mime=mime,
                            on_click="ignore", icon=":material/download:", key=f"download_{label}",
                            width="stretch")


def _deferred(view: state.View, label: str, quotes: Corpus | None, viz: dict | None):
    return lambda: file_contents(view, label, quotes, viz)
