"""The Articles tab: an article's text with its actors, quotes and interaction evidence highlighted.

Every piece of article text goes through ``html.escape`` before it reaches ``st.html``;
the markup around it is ours alone.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

import streamlit as st

from diplomap.corpus.store import Store
from diplomap.corpus.stored_quotes import quotes_of_article
from diplomap.models import Corpus

from .ui import md_escape

# kind -> (inline style, legend label); the order is the nesting priority of the styles.
STYLES = {
    "quote": ("background:#fff2a8;", "quote"),
    "evidence": ("text-decoration:underline 2px #4c72b0;text-underline-offset:3px;", "interaction evidence"),
    "actor": ("font-weight:600;color:#6a1b9a;", "actor"),
}
TEXT_STYLE = "white-space:pre-wrap;font:16px/1.65 Georgia,'Times New Roman',serif;max-width:52rem;color:#1f2328;"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # a key of STYLES
    note: str  # shown on hover


def article_marks(corpus: Corpus, article_id: str, text: str) -> list[Mark]:
    """Quotes and evidence at their stored offsets; actors wherever their name or an alias occurs."""
    marks = []
    for q in quotes_of_article(corpus.quotes, article_id):
        speaker = corpus.actors[q.speaker].name if q.speaker in corpus.actors else "unknown speaker"
        marks.append(Mark(q.start, q.end, "quote", f"{q.kind} quote by {speaker}"
                          + (f" ({q.cue})" if q.cue else "")))
    for inter in corpus.interactions:
        if inter.article_id == article_id:
            names = ", ".join(corpus.actors[p].name for p in dict.fromkeys(inter.actors) if p in corpus.actors)
            marks.append(Mark(inter.start, inter.end, "evidence", f"{inter.type} · {inter.status}: {names}"))
    names: dict[str, str] = {}
    for actor in corpus.actors.values():
        if article_id in actor.articles:
            for name in {actor.name, *actor.aliases}:
                if name.strip():
                    names.setdefault(name, actor.name + (f", {actor.role}" if actor.role else ""))
    if names:
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                             + r")(?!\w)")
        marks += [Mark(m.start(), m.end(), "actor", names[m.group()]) for m in pattern.finditer(text)]
    return marks


def highlight_html(text: str, marks: list[Mark]) -> tuple[str, list[Mark]]:
    """The text as escaped HTML with the marks styled, and the marks that do not fit in the text."""
    bad = [m for m in marks if not (0 <= m.start < m.end <= len(text)) or m.kind not in STYLES]
    good = [m for m in marks if m not in bad]
    cuts = sorted({0, len(text), *(m.start for m in good), *(m.end for m in good)})
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = html.escape(text[a:b])
        active = [m for m in good if m.start <= a and b <= m.end]
        if not active:
            parts.append(chunk)
            continue
        kinds = {m.kind for m in active}
        style = "".join(STYLES[k][0] for k in STYLES if k in kinds)
        note = " | ".join(dict.fromkeys(m.note for m in active))
        parts.append(f'<span style="{style}" title="{html.escape(note, quote=True)}">{chunk}</span>')
    return f'<div class="diplomap-article" style="{TEXT_STYLE}">{"".join(parts)}</div>', bad


def legend_html() -> str:
    items = "".join(f'<span style="{style}margin-right:1.2em">{html.escape(label)}</span>'
                    for style, label in STYLES.values())
    return f'<div style="font:13px system-ui,sans-serif;color:#555;margin-bottom:.5em">Highlighted: {items}</div>'


def article_label(corpus: Corpus, article_id: str) -> str:
    a = corpus.articles[article_id]
    return " · ".join(x for x in (a.date, a.title or a.id, a.source) if x)


def render_reader(corpus: Corpus, shown: Corpus, store: Store) -> None:
    session = st.session_state
    ids = sorted(shown.articles, key=lambda i: (shown.articles[i].date or "", i), reverse=True)
    if session.get("article") in corpus.articles and session["article"] not in shown.articles:
        ids.insert(0, session["article"])  # opened from a table outside the filters
    elif session.get("article") not in corpus.articles:
        session["article"] = None
    article_id = st.selectbox("Article", ids, format_func=lambda i: article_label(corpus, i), key="article",
                              index=None, placeholder=f"Choose one of {len(ids)} articles under the current filters",
                              persist_state="session")
    if article_id is None:
        st.info("Choose an article, or a row of the quotes or interactions tables.", icon=":material/article:")
        return
    article = store.article(article_id)
    st.subheader(md_escape(article.title or article.id))
    st.caption(md_escape(" · ".join(x for x in (article.date or "undated", article.source, article.id) if x)))
    if article.url and article.url.startswith(("https://", "http://")):
        st.link_button("Original article", article.url, icon=":material/open_in_new:")
    body, bad = highlight_html(article.text, article_marks(corpus, article_id, article.text))
    if bad:
        st.warning(f"{len(bad)} highlight(s) point outside the article text and are not shown; "
                   "the store may be out of date: re-ingest this article.")
    st.html(legend_html() + body)
