"""The quotes' full-text index (FTS5 trigrams) answers text searches exactly as the scan does,
for any text a user can type, and old stores get it by a migration (or keep working without it)."""
import sqlite3
from dataclasses import replace

import pytest
from graph_fixtures import sample_corpus
from test_stored_quotes import FakeStore

from diplomap.corpus import quote_search
from diplomap.corpus.store import Store
from diplomap.corpus.store_schema import SCHEMA_VERSION
from diplomap.corpus.stored_quotes import StoredQuotes, connector
from diplomap.corpus.tables import SCHEMA, save_resolved
from diplomap.models import Actor, Article, CorpusQuote, Extraction, Quote
from diplomap.views.filters import GraphFilter, filter_corpus, quotes_about

TRICKY = [  # (speaker, text): punctuation, case, quotes, FTS5 syntax, non-ASCII, long-folding letters
    ("keir-starmer", 'He said "NO" -- and (again) NOT: a*b OR c NEAR/2 d ^start {col} [x] ; 100%_done'),
    ("vladimir-putin", "Die Straße nach Köln, İstanbul, ΣΊΣΥΦΟΣ, naïve café, ﬁnance, 北京 talks 🙂"),
    (None, "it's the \"unbalanced quote and 'single' ones; C++ & C# \\ backslash"),
    ("emmanuel-macron", "  Double  spaces,\ttabs\nand new lines  "),
    ("donald-trump", "AND OR NOT NEAR"),
]

NEEDLES = [
    "peace", "PEACE", "Peace for Ukraine", "for ukraine.", "talks", "  talks  ", "Starmer's", "starmer’s",
    '"no"', '"NO" --', "(again)", "a*b", "or c near/2", "near(a b)", "^start", "{col}", "[x]", "100%_done",
    "%", "_", "*", "'", '"', '""', '"unbalanced', "unbalanced\"", "'single'", "c++", "c#", "\\ back",
    "AND", "and or", "not near", "-", "--", "text:", "text:peace", "strasse", "STRASSE", "straße", "köln",
    "KÖLN", "i̇stanbul", "istanbul", "σίσυφος", "ΣΊΣΥΦΟΣ", "naïve café", "naive", "finance", "ﬁnance", "北京",
    "京 t", "🙂", "double  spaces", "spaces,\ttabs", "tabs\nand", "ab", "a", "zz", "x", "nothing here at all",
    "no\x00pe", "ne",
]


def tricky_corpus():
    corpus = sample_corpus()
    extra = [CorpusQuote(id=f"a3#q{n}", article_id="a3", speaker=speaker, text=text, cue="said")
             for n, (speaker, text) in enumerate(TRICKY)]
    return replace(corpus, quotes=[*corpus.quotes, *extra])


def stored(corpus, tmp_path, *, indexed: bool = True):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript(SCHEMA)
    if indexed:
        assert quote_search.create(db), "this SQLite has FTS5 with the trigram tokenizer"
    db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, '', '', '', '')",
                   [(a.id, a.title, a.date, a.source, a.url, a.path) for a in corpus.articles.values()])
    save_resolved(db, corpus, [], "stamp-1")
    return replace(corpus, quotes=StoredQuotes(connector(FakeStore(db, tmp_path / "x.db"), "stamp-1"))), db


def test_this_python_has_fts5_with_trigrams():
    db = sqlite3.connect(":memory:")
    assert quote_search.create(db)
    assert quote_search.exists(db)


@pytest.mark.parametrize("needle", NEEDLES, ids=repr)
def test_the_index_finds_what_the_scan_finds(tmp_path, needle):
    corpus = tricky_corpus()
    lazy, db = stored(corpus, tmp_path)
    scanned, _ = stored(corpus, tmp_path, indexed=False)
    f = GraphFilter(text=needle)
    want = filter_corpus(corpus, f)  # the list-based filter: the definition
    got = filter_corpus(lazy, f)
    assert list(got.quotes) == list(want.quotes)
    assert len(got.quotes) == len(want.quotes)
    assert list(filter_corpus(scanned, f).quotes) == list(want.quotes)
    assert filter_corpus(got, GraphFilter(text="a")) == filter_corpus(want, GraphFilter(text="a"))
    about = ("keir-starmer", "vladimir-putin")
    assert quotes_about(lazy, f, about) == quotes_about(corpus, f, about)


def test_every_substring_of_the_quotes_is_found_alike(tmp_path):
    """Exhaustive on the tricky texts: every substring of 3 to 8 characters, folded or not."""
    corpus = tricky_corpus()
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    quote_search.create(db)
    quote_search.fill(db, corpus.quotes)
    for q in corpus.quotes:
        for size in range(3, 9):
            for start in range(0, len(q.text) - size + 1, 2):
                needle = q.text[start:start + size].casefold()
                want = {n for n, other in enumerate(corpus.quotes) if needle in other.text.casefold()}
                got = {r[0] for r in db.execute(quote_search.matching_seqs(needle), (quote_search.phrase(needle),))}
                assert got == want, needle


def test_a_search_of_three_characters_or_more_uses_the_index(tmp_path):
    lazy, db = stored(tricky_corpus(), tmp_path)
    statements = []
    db.set_trace_callback(statements.append)
    assert len(filter_corpus(lazy, GraphFilter(text="peace")).quotes) == 2
    assert any("MATCH" in s for s in statements) and not any("dm_contains" in s for s in statements)
    statements.clear()
    len(filter_corpus(lazy, GraphFilter(text="pe")).quotes)
    assert any("dm_contains" in s for s in statements)


# --- the store: new stores have the index, old ones get it once ----------------------------------


def extraction(n: int, text: str) -> Extraction:
    article = Article(id=f"art{n}", text=f"Article {n}. {text}", title=f"Article {n}", date="2025-01-0{n}",
                      content_hash=f"hash{n}")
    return Extraction(article=article, actors=[Actor(id="keir-starmer", name="Keir Starmer", kind="person",
                                                     country="GBR", role="Prime Minister", mentions=1)],
                      interactions=[], quotes=[Quote(text=text, speaker="keir-starmer", cue="said")])


TEXTS = ["We will talk peace.", "Der Weg nach Köln ist lang.", 'A "quoted" word, and NOT an operator.']


def make_store(path) -> None:
    with Store(path) as store:
        store.write_extractions(extraction(n, text) for n, text in enumerate(TEXTS, 1))
        store.corpus()  # resolves and caches: fills the index


def searched(store: Store, needle: str) -> list[str]:
    return [q.text for q in filter_corpus(store.corpus(), GraphFilter(text=needle)).quotes]


def downgrade(path) -> None:
    """Make ``path`` a schema-1 store, as written before the index existed."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"DROP TABLE {quote_search.TABLE}")
    db.execute(f"DROP TABLE {quote_search.ORDER}")
    db.execute("UPDATE schema_version SET version = 1")
    db.close()


def test_a_new_store_indexes_its_quotes(tmp_path):
    make_store(tmp_path / "s.db")
    with Store(tmp_path / "s.db") as store:
        assert quote_search.exists(store._db)
        assert searched(store, "KÖLN") == [TEXTS[1]]
        assert searched(store, '"quoted" word, and not') == [TEXTS[2]]
        assert searched(store, "nothing") == []


def test_an_old_store_is_indexed_when_first_opened_writable(tmp_path):
    path = tmp_path / "s.db"
    make_store(path)
    downgrade(path)
    with Store(path, read_only=True) as store:  # read as it is: the scan answers
        assert not quote_search.exists(store._db)
        assert searched(store, "köln") == [TEXTS[1]]
        assert searched(store, "peace") == [TEXTS[0]]
    with Store(path) as store:  # the upgrade
        assert store._db.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION == 2
        assert quote_search.exists(store._db) and quote_search.has_order(store._db)
        assert store._db.execute(f"SELECT count(*) FROM {quote_search.TABLE}").fetchone()[0] == len(TEXTS)
        assert store._db.execute(f"SELECT count(*) FROM {quote_search.ORDER}").fetchone()[0] == len(TEXTS)
        assert searched(store, "köln") == [TEXTS[1]]
        assert searched(store, "peace") == [TEXTS[0]]
    with Store(path) as store:  # once
        assert searched(store, "PEACE") == [TEXTS[0]]


def test_a_store_refilled_after_an_ingest_searches_the_new_quotes(tmp_path):
    path = tmp_path / "s.db"
    make_store(path)
    with Store(path) as store:
        store.write_extractions([extraction(4, "Peace in our time.")])
        assert searched(store, "peace") == ["We will talk peace.", "Peace in our time."]


def test_without_fts5_a_store_still_opens_and_searches(tmp_path, monkeypatch):
    real = quote_search.create
    monkeypatch.setattr(quote_search, "_CREATE", "CREATE VIRTUAL TABLE x USING no_such_module(text)")
    assert real(sqlite3.connect(":memory:")) is False
    make_store(tmp_path / "s.db")
    with Store(tmp_path / "s.db") as store:
        assert not quote_search.exists(store._db)
        assert searched(store, "köln") == [TEXTS[1]]


# --- the quotes table: pages of stored quotes, and its search box, as a list of quotes gives them ------

TABLE_SEARCHES = ["", "president", "PRIME minister", "united kingdom", "russia", "france", "(unknown)", "unknown",
                  "direct", "said", "told", "2025-03", "2025", "talks", "franco-german", "keir starmer we",
                  "starmer we must", "peace for", '"', '"no', "a*b", "near/2", "köln", "strasse", "北京", "ne",
                  "-", "x", "nothing at all", "ukraine"]


def table(rows):
    return [tuple(r) for r in rows.itertuples()]


@pytest.mark.parametrize("search", TABLE_SEARCHES, ids=repr)
def test_the_quotes_table_searches_stored_quotes_like_a_list(tmp_path, monkeypatch, search):
    from components import quotes_table
    from components.quotes_table import quote_rows, quotes_page

    corpus = tricky_corpus()
    lazy, _ = stored(corpus, tmp_path)
    every = quote_rows(corpus, corpus.quotes)
    for size in (500, 2):
        monkeypatch.setattr(quotes_table, "PAGE_ROWS", size)
        seen = []
        for page in range(5):
            want, n = quotes_page(corpus, corpus.quotes, search, page, lambda: every)
            got, m = quotes_page(lazy, lazy.quotes, search, page, lambda: pytest.fail("stored quotes are paged"))
            assert (m, table(got)) == (n, table(want))
            seen += table(got)
        if size == 2:
            assert seen == table(quotes_table.search_rows(every, search))[:10]


def test_a_store_read_before_its_upgrade_pages_its_quotes_too(tmp_path):
    from components.quotes_table import quote_rows, quotes_page

    path = tmp_path / "s.db"
    make_store(path)
    downgrade(path)
    with Store(path, read_only=True) as store:
        corpus = store.corpus()
        rows, n = quotes_page(corpus, corpus.quotes, "", 0, lambda: None)
        assert n == 3 and list(rows["Quote"]) == list(quote_rows(corpus, list(corpus.quotes))["Quote"])
