"""Who said what: the quotes of the current view as a searchable table."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from diplomap.corpus.stored_quotes import StoredQuotes
from diplomap.models import Corpus, CorpusQuote
from diplomap.views.filters import GraphFilter, quotes_about
from diplomap.views.palette import country_label

from .state import BY_VERSION, CorpusHandle
from .ui import WRAP_ROW_PX, open_article, pick_table

COLUMNS = ["Speaker", "Quote", "Country", "Role", "Cue", "Article", "Date", "Kind"]  # the quote early: the column is narrow
SHOWN = ["Speaker", "Quote", "Date", "Article", "Country", "Role", "Cue", "Kind"]  # the quote second, wrapped
COLUMN_CONFIG = {
    "Quote": st.column_config.TextColumn(width="large"),
    "Cue": st.column_config.TextColumn(help="The verb that introduces the quote (said, wrote …)"),
    "Kind": st.column_config.TextColumn(help="direct (in quotation marks), indirect (reported), scare (a phrase)"),
}


def quotes_for(corpus: Corpus, shown: Corpus, f: GraphFilter, actors: Iterable[str] = ()) -> list[CorpusQuote]:
    """The quotes of the filtered corpus ``shown``; given actors, those by them or naming them instead."""
    actors = list(actors)
    if not actors:
        return list(shown.quotes)
    return list(quotes_about(corpus, f, actors))


def quote_rows(corpus: Corpus, quotes: Iterable[CorpusQuote]) -> pd.DataFrame:
    """One row per quote, indexed by quote id, newest article first: ``COLUMNS``, then ``article_id``
    and ``haystack`` (every column, case-folded, for search)."""
    rows = []
    roles: dict[str, dict[str, tuple]] = {}  # speaker -> article -> (role, country): one pass per speaker
    for q in quotes:
        article = corpus.articles[q.article_id]
        speaker = corpus.actors.get(q.speaker) if q.speaker else None
        if speaker is not None and speaker.id not in roles:
            roles[speaker.id] = {r.article_id: (r.role, r.country) for r in reversed(speaker.roles)
                                 if r.role or r.country}
        role, country = (None, None)
        if speaker is not None:
            held = roles[speaker.id].get(q.article_id)
            role, country = (held[0] or speaker.role, held[1] or speaker.country) if held else (
                speaker.role, speaker.country)
        row = {"id": q.id, "Speaker": speaker.name if speaker else "(unknown)", "Quote": q.text,
               "Country": country_label(country) if country else "", "Role": role or "", "Cue": q.cue or "",
               "Article": article.title or article.id, "Date": article.date or "", "Kind": q.kind}
        row["haystack"] = " ".join(row[c] for c in COLUMNS).casefold()
        row["article_id"] = q.article_id
        rows.append(row)
    df = pd.DataFrame(rows, columns=["id", *COLUMNS, "article_id", "haystack"]).set_index("id")
    return df.sort_values("Date", ascending=False, kind="stable")


def search_rows(df: pd.DataFrame, search: str) -> pd.DataFrame:
    """The rows of ``quote_rows`` containing ``search`` in any column, case-insensitively."""
    needle = search.strip().casefold()
    if not needle:
        return df
    return df[df["haystack"].str.contains(needle, regex=False)]


@st.cache_resource(show_spinner=False, max_entries=4, hash_funcs=BY_VERSION)
def corpus_rows(data: CorpusHandle) -> pd.DataFrame:
    """``quote_rows`` of every quote, once per corpus: a big corpus has tens of thousands."""
    rows = quote_rows(data.corpus, data.corpus.quotes)
    rows.index = rows.index.astype(object)  # pandas 3's arrow strings make ``isin`` loop in Python
    return rows


@st.cache_resource(show_spinner=False, max_entries=32, hash_funcs=BY_VERSION)
def view_rows(data: CorpusHandle, f: GraphFilter, actors: tuple, _shown: Corpus) -> pd.DataFrame:
    """The rows of the quotes of a view (see ``quotes_for``), in the corpus rows' order."""
    corpus = data.corpus
    quotes = quotes_for(corpus, _shown, f, actors)
    if isinstance(corpus.quotes, StoredQuotes):  # quotes left in the store: rows of the view's quotes only
        rows = quote_rows(corpus, quotes)
        rows.index = rows.index.astype(object)
        return rows
    rows = corpus_rows(data)
    if len(quotes) == len(rows):  # the filter keeps every quote: no need to look them up
        return rows
    position = row_positions(data)
    return rows.iloc[sorted(position[q.id] for q in quotes)]


@st.cache_resource(show_spinner=False, max_entries=4, hash_funcs=BY_VERSION)
def row_positions(data: CorpusHandle) -> dict[str, int]:
    """Quote id → its row in ``corpus_rows``: a view picks its rows by position, not by a scan."""
    return {qid: i for i, qid in enumerate(corpus_rows(data).index)}


def render_quotes(data: CorpusHandle, shown: Corpus, f: GraphFilter, actors: Iterable[str] = (), *,
                  key: str, height: int = 560, narrow: bool = False) -> None:
    """The quotes of the view ``shown`` (or by or about ``actors``), with a search box; ``narrow``: beside
    the map, where a medium-width quote column wraps without horizontal scrolling."""
    search = st.text_input("Search quotes", key=f"{key}_search", placeholder="Words, speaker or article",
                           persist_state="session")
    rows = view_rows(data, f, tuple(actors), shown)
    df = search_rows(rows, search)
    st.caption(f"{len(df):,} of {len(rows):,} quotes · choose a row to read its article")
    if df.empty:
        return
    pick_table(df[SHOWN], key=key, ids=df["article_id"], on_pick=open_article,
               column_config={**COLUMN_CONFIG, "Quote": st.column_config.TextColumn(width="medium")} if narrow
               else COLUMN_CONFIG, height=height, row_height=WRAP_ROW_PX)
