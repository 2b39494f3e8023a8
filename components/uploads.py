"""The Add articles tab: upload files or paste a text; both go through ``diplomap.ingest`` and the store."""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import streamlit as st

from diplomap.corpus import sync
from diplomap.corpus.ingest import SUPPORTED, load_bytes
from diplomap.corpus.store import Store, StoreError
from diplomap.corpus.sync import IngestReport, Progress
from diplomap.models import IngestError, IngestWarning

from . import folder_sync, state
from .ui import md_escape

RESULT_KEY = "_added"  # the outcome of the last addition, shown after the rerun that refreshes the views


@dataclass
class AddResult:
    files: int = 0
    articles: list[str] = field(default_factory=list)  # ids handed to the store
    errors: list[IngestError] = field(default_factory=list)  # per file, line or record; the rest still loads
    warnings: list[IngestWarning] = field(default_factory=list)
    report: IngestReport | None = None
    new_actors: list[str] = field(default_factory=list)  # names of actors the store did not know before


def add_files(store: Store, files: Iterable[tuple[str, bytes]], *, progress: Progress | None = None,
              extractor=None) -> AddResult:
    """Read uploaded files (name, content) and ingest every article they hold; bad files are reported."""
    result = AddResult()
    articles = []
    for name, data in files:
        result.files += 1
        loaded = load_bytes(name, data)
        articles += loaded.articles
        result.errors += loaded.errors
        result.warnings += loaded.warnings
        if not loaded.articles and not loaded.errors:
            result.errors.append(IngestError(name, "no article found in this file"))
    result.articles = [a.id for a in articles]
    if articles:
        try:
            before = set(store.corpus().actors)
            result.report = sync.ingest_articles(store, articles, progress=progress, extractor=extractor)
            result.errors += result.report.errors
            result.warnings += [w for w in result.report.warnings if w not in result.warnings]
            after = store.corpus().actors
            result.new_actors = sorted(after[a].name for a in set(after) - before)
        except (StoreError, sqlite3.Error) as e:  # disk full, read-only, damaged: the store's error, said once
            from diplomap.corpus.store_errors import explain

            message = explain(e, store.path) if isinstance(e, sqlite3.Error) else str(e)
            result.errors.append(IngestError(store.path.name, message.replace(str(store.path), store.path.name)))
    return result


def pasted_file(title: str, day: date | None, source: str, text: str) -> tuple[str, bytes]:
    """A pasted article as a one-record JSON file, so it is checked exactly like an upload.

    Its id is ``pasted-`` and the title's words (or the text's hash when untitled).
    """
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60]
    ident = f"pasted-{slug or hashlib.sha256(text.encode()).hexdigest()[:12]}"
    record = {"id": ident, "title": title.strip() or None, "date": day.isoformat() if day else None,
              "source": source.strip() or None, "text": text}
    return f"{ident}.json", json.dumps(record, ensure_ascii=False).encode("utf-8")


def render_uploads(store: Store, folder: Path | None) -> None:
    show_last_result()
    if folder is not None:
        st.button(md_escape(f"Read {folder} again"), on_click=folder_sync.read_folder_again, args=(str(store.path), str(folder)),
                  icon=":material/folder_open:",
                  help="Files added to or changed in the articles folder since the server started; "
                       "unchanged files are skipped.")
    left, right = st.columns(2, gap="large")
    with left, st.form("upload_form", clear_on_submit=True):
        st.markdown("**Upload files**")
        files = st.file_uploader("Article files", type=[s.lstrip(".") for s in SUPPORTED],
                                 accept_multiple_files=True,
                                 help="Text or Markdown (optional YAML front matter), saved web pages, "
                                      "or collections: JSON, JSON Lines, CSV with a 'text' column.")
        if st.form_submit_button("Add files", icon=":material/upload_file:") and files:
            _add(store, [(f.name, f.getvalue()) for f in files])
    with right, st.form("paste_form", clear_on_submit=True):
        st.markdown("**Paste an article**")
        title = st.text_input("Title")
        day = st.date_input("Date", value=None, format="YYYY-MM-DD")
        source = st.text_input("Source")
        text = st.text_area("Article text", height=220)
        if st.form_submit_button("Add article", icon=":material/post_add:"):
            if text.strip():
                _add(store, [pasted_file(title, day, source, text)])
            else:
                st.error("Paste the article's text first: the text box is empty.", icon=":material/error:")


def _add(store: Store, files: list[tuple[str, bytes]]) -> None:
    bar = st.progress(0.0, text="Reading…")

    def progress(done: int, total: int | None, label: str) -> None:
        bar.progress(min(done / total, 1.0) if total else 0.0,
                     text=md_escape(f"Extracting {done}" + (f" of {total}" if total else "") + f": {label[-60:]}"))

    result = add_files(store, files, progress=progress, extractor=state.extractor)
    st.session_state[RESULT_KEY] = result
    st.rerun()  # the views were computed from the corpus before the addition


def show_last_result() -> None:
    result: AddResult | None = st.session_state.pop(RESULT_KEY, None)
    if result is None:
        return
    for error in result.errors:
        st.error(md_escape(f"Could not read {error}"), icon=":material/error:")
    for warning in result.warnings:
        st.warning(md_escape(warning), icon=":material/warning:")
    report = result.report
    if report is not None:
        st.success(md_escape(f"{result.files} file(s): {report.summary(errors=len(result.errors))}."),
                   icon=":material/check_circle:")
        if result.new_actors:
            st.markdown("**New actors:** " + md_escape(", ".join(result.new_actors)))
    elif not result.errors:
        st.info("Nothing to add.")
