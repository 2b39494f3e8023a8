"""Who said what: the quotes of the current view as a searchable table."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence

import pandas as pd
import streamlit as st

from diplomap.corpus.stored_quotes import StoredQuotes
from diplomap.corpus.tables import EncodedRoles
from diplomap.models import QUOTE_KINDS, Corpus, CorpusQuote
from diplomap.views.filters import GraphFilter, quotes_about
from diplomap.views.palette import country_label

from .state import BY_VERSION, CorpusHandle
from .ui import WRAP_ROW_PX, open_article, pick_table

COLUMNS = ["Speaker", "Quote", "Country", "Role", "Cue", "Article", "Date", "Kind"]  # the quote early: the column is narrow
SHOWN = ["Speaker", "Quote", "Date", "Article", "Country", "Role", "Cue", "Kind"]  # the quote second, wrapped
PAGE_ROWS = 500  # quotes a page: a selectable table sends all its rows to the browser on every run
_CODE = re.compile(r'"([A-Z]{3})"')  # a country code in the roles' JSON
COLUMN_CONFIG = {
    "Quote": st.column_config.TextColumn(width="large"),
    "Cue": st.column_config.TextColumn(help="The verb that introduces the quote (said, wrote …)"),
    "Kind": st.column_config.TextColumn(help="direct (in quotation marks), indirect (reported), scare (a phrase)"),
}


def quotes_for(corpus: Corpus, shown: Corpus, f: GraphFilter, actors: Iterable[str] = ()) -> Sequence[CorpusQuote]:
    """The quotes of the filtered corpus ``shown``; given actors, those by them or naming them instead
    (quotes left in the store stay there: a query, read when iterated)."""
    actors = list(actors)
    if not actors:
        return shown.quotes
    return quotes_about(corpus, f, actors)


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


def search_candidates(corpus: Corpus, quotes: StoredQuotes, needle: str) -> StoredQuotes:
    """Those of stored ``quotes`` that may hold ``needle`` (case-folded) in a column of ``quote_rows``: a
    superset that SQL finds, checked row by row after. A match of the needle holds its longest piece
    without spaces inside one column (the row's haystack joins the columns with spaces), so that piece
    is searched: in the text and the article (SQL), and in each speaker's name, roles and countries."""
    fragment = max(needle.split(), key=len)
    labels: dict[str, bool] = {}

    def country(code) -> bool:
        if code not in labels:
            labels[code] = bool(code) and fragment in country_label(code).casefold()
        return labels[code]

    speakers = {aid for aid, actor in corpus.actors.items() if fragment in actor.name.casefold()
                or _may_hold_role(actor, fragment, country)}
    kinds = [k for k in QUOTE_KINDS if fragment in k]
    return quotes.table_search(fragment, speakers, fragment in "(unknown)", kinds,
                               [c for c in quotes.cues() if fragment in c.casefold()])


def _may_hold_role(actor, fragment: str, country: Callable[[str | None], bool]) -> bool:
    """Whether the Role or Country column of a quote by ``actor`` may hold ``fragment`` (a superset: read
    in the roles' JSON, decoded only when the fragment could hide behind a JSON escape)."""
    if fragment in (actor.role or "").casefold() or country(actor.country):
        return True
    raw = actor.roles.json() if isinstance(actor.roles, EncodedRoles) else json.dumps(
        [[r.role, r.country] for r in actor.roles])
    if any(country(code) for code in set(_CODE.findall(raw))):
        return True
    if fragment.isascii() and fragment.isprintable() and '"' not in fragment and "\\" not in fragment:
        return fragment in raw.casefold()
    return "\\" in raw and any(fragment in (r.role or "").casefold() for r in actor.roles)


def quotes_page(corpus: Corpus, quotes: Sequence[CorpusQuote], search: str, page: int,
                rows: Callable[[], pd.DataFrame]) -> tuple[pd.DataFrame, int]:
    """The rows of one page of the quotes table (``PAGE_ROWS`` rows, the first page is 0) and how many
    rows match ``search`` in all. Quotes left in the store are read a page at a time, in the table's
    order (an index of the store); a search reads only the quotes that may match. ``rows``: every row
    of a list of quotes (cached by the caller)."""
    start = page * PAGE_ROWS
    if not isinstance(quotes, StoredQuotes):
        df = search_rows(rows(), search)
        return df.iloc[start:start + PAGE_ROWS], len(df)
    needle = search.strip().casefold()
    if not needle:
        return _indexed(quote_rows(corpus, quotes.page(start, PAGE_ROWS))), len(quotes)
    df = search_rows(_indexed(quote_rows(corpus, search_candidates(corpus, quotes, needle))), search)
    return df.iloc[start:start + PAGE_ROWS], len(df)


def _indexed(rows: pd.DataFrame) -> pd.DataFrame:
    rows.index = rows.index.astype(object)
    return rows


def render_quotes(data: CorpusHandle, shown: Corpus, f: GraphFilter, actors: Iterable[str] = (), *,
                  key: str, height: int = 560, narrow: bool = False) -> None:
    """The quotes of the view ``shown`` (or by or about ``actors``), with a search box and pages of
    ``PAGE_ROWS``; ``narrow``: beside the map, where a medium-width quote column wraps without
    horizontal scrolling."""
    search = st.text_input("Search quotes", key=f"{key}_search", placeholder="Words, speaker or article",
                           persist_state="session")
    corpus, actors = data.corpus, tuple(actors)
    quotes = quotes_for(corpus, shown, f, actors)
    total = len(quotes)
    pages_key = f"{key}_page"
    page = max(int(st.session_state.get(pages_key) or 1), 1) - 1
    df, matching = quotes_page(corpus, quotes, search, page, lambda: view_rows(data, f, actors, shown))
    pages = max(-(-matching // PAGE_ROWS), 1)
    if page >= pages:  # a narrower search or view: back to its first page
        page = 0
        df, matching = quotes_page(corpus, quotes, search, page, lambda: view_rows(data, f, actors, shown))
        st.session_state.pop(pages_key, None)
    where = f" · page {page + 1:,} of {pages:,}" if pages > 1 else ""
    st.caption(f"{matching:,} of {total:,} quotes{where} · choose a row to read its article")
    if pages > 1:
        st.number_input("Page", min_value=1, max_value=pages, value=page + 1, step=1, key=pages_key,
                        help=f"{PAGE_ROWS:,} quotes a page, newest article first")
    if df.empty:
        return
    pick_table(df[SHOWN], key=key, ids=df["article_id"], on_pick=open_article,
               column_config={**COLUMN_CONFIG, "Quote": st.column_config.TextColumn(width="medium")} if narrow
               else COLUMN_CONFIG, height=height, row_height=WRAP_ROW_PX,
               search=False)  # "Search quotes" above searches every page, in the store
