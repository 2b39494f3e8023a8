"""A store resolving again streams its quotes into the resolved tables: the same tables, problems and
corpus as resolving every extraction in memory, under corrections, read-only, or while the store changes."""
import sqlite3

from diplomap.corpus import resolved_cache, tables
from diplomap.corpus.resolve import known_titles, resolve_with_problems
from diplomap.corpus.store import Store
from diplomap.corpus.stored_quotes import StoredQuotes
from diplomap.corpus.tables import EncodedRoles
from diplomap.models import Actor, Article, Extraction, Interaction, Quote

CORRECTIONS = """\
merge:
  - into: ann-lee
    ids: [lee]
  - into: nobody-known
    ids: [bob-ray]
hide:
  - a01#q2
  - a02#i1
  - a09#q7
  - a03#q1
"""


def extraction(k: int) -> Extraction:
    """Article ``a0k``: two people, a meeting, quotes (some by an actor the article does not have)."""
    article = Article(id=f"a{k:02d}", text=f"story {k}", title=f"Story {k}", date=f"2025-0{1 + k % 3}-1{k}",
                      source="Wire", content_hash=f"hash-{k}")
    actors = [Actor(id="p1", name="Ann Lee" if k % 2 else "Lee", kind="person", country="USA", role="President"),
              Actor(id="p2", name="Bob Ray", kind="person", country="GBR")]
    interactions = [Interaction(type="meet", actors=["p1", "p2"] + (["ghost"] if k == 2 else []), evidence="met")]
    quotes = [Quote(text=f"Point {k}.{n} agreed.", speaker=("ghost" if (k, n) in {(1, 1), (4, 0)} else ["p1", "p2", None][n % 3]),
                    cue="said", start=n, end=n + 5) for n in range(1 + k % 4)]
    return Extraction(article=article, actors=actors, interactions=interactions, quotes=quotes)


def make_store(tmp_path, n: int = 7):
    (tmp_path / "corrections.yaml").write_text(CORRECTIONS, encoding="utf-8")
    with Store(tmp_path / "s.db") as s:
        s.write_extractions(extraction(k) for k in range(n))
    return tmp_path / "s.db"


def table_rows(db: sqlite3.Connection) -> dict:
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("resolved_actors", "resolved_interactions", "resolved_quotes", "resolved_quotes_by_date")}


def test_resolved_tables_are_those_of_the_corpus_resolved_in_memory(tmp_path):
    path = make_store(tmp_path)
    with Store(path) as s:
        corpus, problems = s.corpus(), s.problems()
        corrections = s.corrections()
        in_memory, expected = resolve_with_problems(s.extractions(), corrections, titles=known_titles())
        assert isinstance(corpus.quotes, StoredQuotes)
        assert all(isinstance(a.roles, EncodedRoles) for a in corpus.actors.values())  # read back, as after a restart
        assert list(corpus.quotes) == in_memory.quotes and corpus.interactions == in_memory.interactions
        assert corpus.actors == in_memory.actors
        written = table_rows(s._db)
    assert problems == expected and any("ghost" in p for p in problems) and any("a09#q7" in p for p in problems)
    assert not any("a01#q2" in p or "a03#q1" in p for p in problems)  # hidden quotes that exist
    assert "a01#q2" not in {q.id for q in in_memory.quotes} and "a02#i1" not in {i.id for i in in_memory.interactions}
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript(tables.SCHEMA)
    db.execute("ATTACH DATABASE ? AS src", (str(path),))
    db.execute("INSERT INTO main.articles SELECT * FROM src.articles")
    tables.save_resolved(db, in_memory, expected, "stamp")
    assert table_rows(db) == written


def test_the_full_text_index_finds_the_streamed_quotes(tmp_path):
    with Store(make_store(tmp_path)) as s:
        corpus = s.corpus()
        found = {q.id for q in corpus.quotes.where(needle="point 5.1")}
    assert found == {"a05#q2"}


def test_a_read_only_store_resolves_the_same_corpus_with_its_quotes_in_a_list(tmp_path):
    path = make_store(tmp_path)
    with Store(path) as s:
        cached, problems = s.corpus(), s.problems()
        quotes = list(cached.quotes)
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM meta WHERE key = 'resolved_stamp'")
    with Store(path, read_only=True) as s:
        corpus = s.corpus()
        assert isinstance(corpus.quotes, list)
        assert corpus.quotes == quotes and s.problems() == problems
        assert (corpus.articles, corpus.actors, corpus.interactions) == (cached.articles, cached.actors,
                                                                          cached.interactions)


def test_rows_committed_while_resolving_are_left_to_the_next_resolve(tmp_path, monkeypatch):
    path = make_store(tmp_path)
    resolve_rows = resolved_cache.resolution

    def meanwhile(db, corrections):
        with Store(path) as other:  # another writer commits an article while this one resolves
            other.write_extractions([extraction(8)])
        return resolve_rows(db, corrections)

    monkeypatch.setattr(resolved_cache, "resolution", meanwhile)
    with Store(path) as s:
        corpus = s.corpus()
        assert "a08" not in corpus.articles and isinstance(corpus.quotes, list)  # the snapshot it read, not cached
        assert {q.article_id for q in corpus.quotes} <= corpus.articles.keys() and corpus.quotes
        monkeypatch.undo()
        again = s.corpus()
        assert "a08" in again.articles and isinstance(again.quotes, StoredQuotes)
        assert "a08#q1" in {q.id for q in again.quotes}


def test_checking_corrections_gives_the_problems_of_resolving_under_them(tmp_path, monkeypatch):
    path = make_store(tmp_path)
    with Store(path) as s:
        corrections = s.corrections()
        assert s.check(corrections) == s.resolve(corrections)[1] == s.problems()
        s.corpus()
    with Store(path) as s:  # a current cache: its problems are read without loading the corpus
        monkeypatch.setattr(tables, "load_resolved", lambda *a, **k: (_ for _ in ()).throw(AssertionError("loaded")))
        assert s.problems() == s.check(corrections)
