"""The Interactions tab: who met whom, when, where, and the sentence that says so."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from diplomap.models import Corpus, CorpusInteraction

from .ui import open_article, pick_table

COLUMNS = ["Who", "Whom", "Type", "Status", "Date", "Place", "Evidence", "Article"]


def who_and_whom(corpus: Corpus, inter: CorpusInteraction) -> tuple[str, str]:
    """The initiator (``source``, else the first participant) and everyone else."""
    ids = list(dict.fromkeys(inter.actors))
    who = inter.source if inter.source in ids else ids[0]
    others = [pid for pid in ids if pid != who]
    if inter.target in others:  # the target first
        others.remove(inter.target)
        others.insert(0, inter.target)
    return corpus.actors[who].name, ", ".join(corpus.actors[pid].name for pid in others)


def interaction_rows(corpus: Corpus) -> pd.DataFrame:
    """One row per interaction of ``corpus`` (statements included), newest first."""
    rows = []
    for inter in corpus.interactions:
        who, whom = who_and_whom(corpus, inter)
        article = corpus.articles[inter.article_id]
        rows.append({"Who": who, "Whom": whom, "Type": inter.type, "Status": inter.status,
                     "Date": inter.date or "", "Place": inter.location or "", "Evidence": inter.evidence,
                     "Article": article.title or article.id, "article_id": inter.article_id})
    df = pd.DataFrame(rows, columns=[*COLUMNS, "article_id"])
    return df.sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)


def render_interactions(shown: Corpus) -> None:
    df = interaction_rows(shown)
    st.caption(f"{len(df)} interactions under the current filters (statement types included) · "
               "choose a row to read its article")
    if df.empty:
        return
    pick_table(df[COLUMNS], key="interactions", ids=list(df["article_id"]), on_pick=open_article, height=600,
               column_config={"Evidence": st.column_config.TextColumn(width="large")})
