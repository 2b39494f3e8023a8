"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "articles" / "seed-starmer-ukraine.txt"


def shared_dir(*parts: str | Path) -> Path:
    """``../shared`` or a path in it (the gold set, the corpus, the PLOVER file), for the tests that read it.

    When it is missing the test fails with this message: a checkout without ``../shared`` must not pass
    as a run with a few skipped tests.
    """
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"../shared is missing: {path} does not exist. The gold set, corpus and PLOVER tests read "
                    f"the shared data checked out beside the project, at {SHARED}.", pytrace=False)
    return path


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    """A store holding the seed article, read from an articles folder the way the dashboard reads one."""
    from diplomap.corpus import sync
    from diplomap.corpus.store import Store

    folder = tmp_path_factory.mktemp("seed-store")
    (folder / "articles").mkdir()
    shutil.copy(SEED, folder / "articles")
    with Store(folder / "store.db") as store:
        sync.ingest_paths(store, [folder / "articles"])
    return folder / "store.db"


@pytest.fixture(scope="session")
def nlp():
    from diplomap.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, date=...) → Extraction of a one-article fixture."""
    from diplomap.extract.pipeline import extract_article
    from diplomap.models import Article

    def run(text: str, date: str | None = "2025-02-16", id: str = "fixture"):
        return extract_article(Article(id=id, text=text, date=date), nlp=nlp)

    return run


@pytest.fixture(scope="session")
def extract_titled(nlp):
    """extract_titled(title, text) → Extraction of a one-article fixture with a headline."""
    from diplomap.extract.pipeline import extract_article
    from diplomap.models import Article

    def run(title: str, text: str, date: str = "2024-05-02"):
        return extract_article(Article(id="fixture", title=title, text=text, date=date), nlp=nlp)

    return run


@pytest.fixture
def graphs():
    """The multigraph and the weighted graph of ``graph_fixtures.sample_corpus``."""
    from graph_fixtures import sample_corpus

    from diplomap.views.graph import build_graph, weighted_graph

    G = build_graph(sample_corpus())
    return G, weighted_graph(G)


@pytest.fixture
def open_app(monkeypatch):
    """open_app(workspace, **query) → the app after its first run, on that store and folder
    (``workspace``: ``store`` and ``articles``, the latter "" for no folder)."""
    from streamlit.testing.v1 import AppTest

    def run(workspace: dict, **query):
        monkeypatch.setenv("DIPLOMAP_STORE", str(workspace["store"]))
        monkeypatch.setenv("DIPLOMAP_ARTICLES", str(workspace["articles"]))
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
        for name, value in query.items():
            at.query_params[name] = value
        at.run()
        assert not at.exception, at.exception
        return at

    return run
