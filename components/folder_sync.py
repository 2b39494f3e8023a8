"""The articles folder the server was started with: read once per server process, its report kept.

Every run of every session shows what the reading could not load (a file's error stays on the page
until the folder is read again), not only the run that read it: that run is often followed at once by
another (the rest of a first page, ``map_drawn``), which took the errors away after a second.
"""
from __future__ import annotations

import threading
from pathlib import Path

import streamlit as st

from diplomap.corpus import sync
from diplomap.corpus.store import Store
from diplomap.corpus.sync import IngestReport

from .state import extractor
from .ui import md_escape


class _Reading:
    def __init__(self):
        self.lock = threading.Lock()
        self.done = False
        self.report: IngestReport | None = None  # the last reading's, shown by every run


@st.cache_resource(show_spinner=False)
def _reading(store_path: str, folder: str) -> _Reading:
    return _Reading()


def sync_folder(store: Store, folder: Path) -> tuple[IngestReport | None, bool]:
    """Ingest new and changed files of ``folder`` once per server process, with a progress bar.

    Returns the last reading's report and whether this run read the folder. Unchanged files
    are skipped by hash, so a later start only reads the folder. The bar's place is kept by every
    run, read or not: an empty element still takes its gap on the page, and a page whose first run
    alone had it moved down the map drawn in that run 16 px a moment later (a click missed its node).
    """
    slot = st.empty()
    reading = _reading(str(store.path), str(folder))
    with reading.lock:
        if reading.done:
            return reading.report, False
        bar = slot.progress(0.0, text=md_escape(f"Reading articles from {folder}…"))

        def progress(done: int, total: int | None, label: str) -> None:
            fraction = done / total if total else 0.0
            bar.progress(min(fraction, 1.0), text=md_escape(f"Reading articles from {folder}: {done}"
                                                            + (f" of {total}" if total else "") + f" — {label[-60:]}"))

        try:
            report = sync.ingest_paths(store, [folder], progress=progress, extractor=extractor)
        finally:
            bar.empty()
        reading.report, reading.done = report, True
        return report, True


def read_folder_again(store_path: str, folder: str) -> None:
    """Callback: the next run reads the folder again (for files added while the server runs)."""
    _reading(store_path, folder).done = False


def show_report(report: IngestReport, *, where: str, fresh: bool) -> None:
    """Errors one by one (the rest loaded), warnings folded away; a one-line summary when just read."""
    for error in report.errors:
        st.error(md_escape(f"Could not read {error}"), icon=":material/error:")
    warnings = report.warnings
    if warnings:
        with st.expander(md_escape(f"{len(warnings)} warning(s) while reading {where}")):
            st.dataframe({"warning": [str(w) for w in warnings]}, hide_index=True)
    if fresh and (report.added or report.updated):
        st.toast(md_escape(f"{where}: {report.summary()}"))
