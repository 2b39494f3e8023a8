"""Who said what: the quotes of the current view as a searchable table."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from diplomap.filters import GraphFilter, filter_quotes
from diplomap.models import Corpus, CorpusActor, CorpusQuote
from diplomap.palette import country_label

from .ui import open_article, pick_table

COLUMNS = ["Speaker", "Quote", "Country", "Role", "Cue", "Article", "Date", "Kind"]  # the quote early: the column is narrow
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
    picked = {q.id for actor in actors for q in filter_quotes(corpus, f, speaker_or_mentioning=actor)}
    return [q for q in corpus.quotes if q.id in picked]


def quote_rows(corpus: Corpus, quotes: Iterable[CorpusQuote], search: str = "") -> pd.DataFrame:
    """One row per quote (``COLUMNS`` plus ``article_id``); ``search`` keeps rows containing it anywhere."""
    rows = []
    for q in quotes:
        article = corpus.articles[q.article_id]
        speaker = corpus.actors.get(q.speaker) if q.speaker else None
        role, country = role_in(speaker, q.article_id) if speaker else (None, None)
        rows.append({
            "Speaker": speaker.name if speaker else "(unknown)",
            "Country": country_label(country) if country else "",
            "Role": role or "", "Quote": q.text, "Cue": q.cue or "",
            "Article": article.title or article.id, "Date": article.date or "", "Kind": q.kind,
            "article_id": q.article_id,
        })
    df = pd.DataFrame(rows, columns=[*COLUMNS, "article_id"])
    needle = search.strip().casefold()
    if needle and not df.empty:
        text = df[COLUMNS].astype(str).agg(" ".join, axis=1).str.casefold()
        df = df[text.str.contains(needle, regex=False)].reset_index(drop=True)
    return df


def role_in(actor: CorpusActor, article_id: str) -> tuple[str | None, str | None]:
    """The role and country the actor held in that article, else their usual ones."""
    for r in actor.roles:
        if r.article_id == article_id and (r.role or r.country):
            return r.role or actor.role, r.country or actor.country
    return actor.role, actor.country


def render_quotes(corpus: Corpus, quotes: list[CorpusQuote], *, key: str, height: int = 560) -> None:
    search = st.text_input("Search quotes", key=f"{key}_search", placeholder="Words, speaker or article",
                           persist_state="session")
    df = quote_rows(corpus, quotes, search)
    st.caption(f"{len(df)} of {len(quotes)} quotes · choose a row to read its article")
    if df.empty:
        return
    pick_table(df[COLUMNS], key=key, ids=list(df["article_id"]), on_pick=open_article,
               column_config=COLUMN_CONFIG, height=height)
