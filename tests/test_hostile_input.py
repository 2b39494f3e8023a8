"""Hostile and broken input (issue #9): one bad item never costs the rest.

Every case of the issue is reproduced here with fixtures made in ``tmp_path``: the bad
item gets its own clear error and every good item is still read, extracted and stored.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from graph_fixtures import sample_corpus
from test_store import FakeExtractor, parse

from diplomap.cli import main
from diplomap.corpus import sync
from diplomap.corpus.corrections import MAX_BYTES, load_corrections, parse_corrections
from diplomap.corpus.formats import content_hash
from diplomap.corpus.ingest import load_bytes, load_paths
from diplomap.corpus.store import Store, StoreError
from diplomap.extract import pipeline
from diplomap.models import Actor, Article, IngestError
from diplomap.views.export import edges_csv, nodes_csv, quotes_csv, to_gexf, to_graphml
from diplomap.views.graph import build_graph, weighted_graph
from diplomap.views.sanitize import write_atomic

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "seed-starmer-ukraine.txt"
FAKE = "actor a | Ann Lee | person | USA |\nactor b | Bob Ray | person | GBR |\nmeet a b\n"


def nested_json(path: Path, depth: int = 100_000) -> Path:
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    return path


def surrogate_jsonl(path: Path) -> Path:
    path.write_text('{"id":"b","text":"Scholz met Tusk \\ud800 in Warsaw."}\n'
                    '{"id":"c","text":"Macron met Sanchez in Madrid on Monday."}\n', encoding="utf-8")
    return path


def errors_by_path(errors) -> dict[str, str]:
    return {Path(e.path).name: e.message for e in errors}


# --- High: one record stopped everything --------------------------------------------------------------


def test_deeply_nested_json_is_its_files_error_and_the_seed_still_loads(tmp_path):
    result = load_paths([SEED, nested_json(tmp_path / "n.json")])
    assert [a.id for a in result.articles] == ["seed-starmer-ukraine"]
    assert "nested too deeply" in errors_by_path(result.errors)["n.json"]
    line = tmp_path / "deep.jsonl"
    line.write_text('{"id": "ok", "text": "fine"}\n' + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    result = load_paths([line])
    assert [a.id for a in result.articles] == ["ok"]
    assert result.errors[0].line == 2 and "nested too deeply" in result.errors[0].message


def test_lone_surrogates_are_replaced_before_hashing_and_storing(tmp_path):
    result = load_paths([surrogate_jsonl(tmp_path / "s.jsonl")])
    assert not result.errors
    b = result.articles[0]
    assert b.text == "Scholz met Tusk \ufffd in Warsaw."
    assert b.content_hash == content_hash("Scholz met Tusk \ud800 in Warsaw.")
    with Store(tmp_path / "s.db") as store:
        report = sync.ingest_articles(store, result.articles, extractor=FakeExtractor())
        assert report.added == 2 and not report.errors
        assert store.article("b").text == b.text
        # an article made elsewhere (not through ingest) with a surrogate in its title is still stored
        odd = Article(id="odd", text="text \ud83d", title="t\udc00")
        report = sync.ingest_articles(store, [odd], extractor=FakeExtractor())
        assert report.added + len(report.errors) == 1


def test_ingest_cli_stores_the_seed_next_to_nested_json_and_surrogates(tmp_path, capsys, nlp):
    db = tmp_path / "s.db"
    code = main(["ingest", str(SEED), str(nested_json(tmp_path / "n.json")),
                 str(surrogate_jsonl(tmp_path / "s.jsonl")), "--store", str(db)])
    err = capsys.readouterr().err
    assert code == 0
    assert "n.json: JSON nested too deeply" in err and "3 added" in err and "1 errors" in err
    with Store(db) as store:
        assert set(store.corpus().articles) == {"seed-starmer-ukraine", "b", "c"}
        assert "\ufffd" in store.article("b").text


def test_extract_cli_reports_the_bad_file_and_extracts_the_rest(tmp_path, capsys, nlp):
    code = main(["extract", str(SEED), str(nested_json(tmp_path / "n.json")), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 0 and '"seed-starmer-ukraine"' in out and "nested too deeply" in err


class ExplodingNLP:
    """The real pipeline, but any text holding BOOM raises inside spaCy, as E088 or a bug would."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.max_length = nlp.max_length

    def _check(self, text):
        if "BOOM" in text:
            raise ValueError("[E088] Text of length 1070000 exceeds maximum of 1000000")
        return text

    def __call__(self, text):
        return self.nlp(self._check(text))

    def pipe(self, texts, **kw):
        return self.nlp.pipe((self._check(t) for t in texts), **kw)


def test_an_exception_inside_a_batch_costs_only_its_article(nlp, monkeypatch):
    articles = [Article(id=f"ok{k}", text="Emmanuel Macron met Olaf Scholz in Paris on Monday.") for k in range(3)]
    articles.insert(1, Article(id="bad", text="BOOM Keir Starmer met Donald Trump."))
    results = list(pipeline.extract_articles(articles, nlp=ExplodingNLP(nlp), batch_size=16))
    assert [r.article.id for r in results] == ["ok0", "bad", "ok1", "ok2"]
    assert "E088" in results[1].error and not results[1].actors
    assert all(not getattr(r, "error", None) and r.interactions for r in results[::2][:1] + results[2:])

    def broken_rules(doc, article, kb=None):  # a bug in the rules for one article
        if article.id == "ok1":
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, article, kb)

    import diplomap.extract.actors as actors
    real = actors.find_actors
    monkeypatch.setattr(actors, "find_actors", broken_rules)
    results = list(pipeline.extract_articles(articles, nlp=nlp))
    assert [getattr(r, "error", "")[:30] for r in results] == [
        "", "", "extraction failed: RecursionEr", ""]


def test_the_store_reports_a_failed_extraction_and_stores_the_others(tmp_path, nlp):
    articles = [Article(id="good", text="Emmanuel Macron met Olaf Scholz in Paris on Monday.", path="good.txt"),
                Article(id="bad", text="BOOM text", path="bad.txt")]
    with Store(tmp_path / "s.db") as store:
        report = sync.ingest_articles(store,
            articles, extractor=lambda a, batch_size: pipeline.extract_articles(a, nlp=ExplodingNLP(nlp)))
        assert report.added == 1 and set(store.corpus().articles) == {"good"}
        assert [str(e)[:40] for e in report.errors] == ["bad.txt: bad: extraction failed: ValueEr"]
        assert "1 errors" in report.summary()


def test_an_article_that_cannot_be_stored_costs_only_itself(tmp_path):
    def extractor(articles, batch_size=16):
        for article in articles:
            extraction = parse(article)
            if article.id == "huge":
                extraction.actors = [Actor(id="x", name="X", kind="person", mentions=2 ** 70)]  # no SQLite integer
            yield extraction

    articles = [Article(id=i, text=f"{FAKE}{i}", path=f"{i}.txt") for i in ("a", "huge", "z")]
    with Store(tmp_path / "s.db") as store:
        report = sync.ingest_articles(store, articles, extractor=extractor)
        assert report.added == 2 and set(store.corpus().articles) == {"a", "z"}
        assert "huge: cannot be stored: OverflowError" in str(report.errors[0])


def long_text(chars: int) -> str:
    """Filler paragraphs, then the seed article's paragraphs past the millionth character."""
    seed = SEED.read_text(encoding="utf-8").split("---", 2)[2].strip()
    filler = "The committee met again on a quiet morning and read the minutes of the last session aloud.\n\n"
    return filler * ((chars - len(seed)) // len(filler)) + seed


@pytest.mark.slow
def test_a_text_over_a_million_characters_is_extracted_whole_with_right_offsets(tmp_path, nlp):
    text = long_text(1_070_000)
    assert len(text) > nlp.max_length  # spaCy alone refuses it (E088)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = sync.ingest_paths(store, [tmp_path], extractor=lambda a, batch_size: pipeline.extract_articles(a, nlp=nlp))
        assert report.added == 2 and not report.errors
        big = store.extraction("big")
    stored_text = big.article.text
    late = [i for i in big.interactions if i.start > 1_000_000]
    assert late, "the events after the millionth character are found"
    for i in big.interactions:
        assert stored_text[i.start:i.end].strip() == i.evidence
    assert {"keir-starmer", "emmanuel-macron"} <= {a.id for a in big.actors}


def test_long_texts_are_cut_at_paragraphs_and_extracted_as_if_whole(nlp, monkeypatch):
    seed = SEED.read_text(encoding="utf-8").split("---", 2)[2].strip()
    text = "\n\n".join([seed] * 4)
    whole = pipeline.extract_article(Article(id="x", text=text), nlp=nlp)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 3000)
    assert len(pipeline.split_text(text, 3000)) > 3
    assert all(c.endswith("\n\n") for c in pipeline.split_text(text, 3000)[:-1])
    chunked = pipeline.extract_article(Article(id="x", text=text), nlp=nlp)
    assert chunked.interactions == whole.interactions and chunked.quotes == whole.quotes
    assert chunked.actors == whole.actors
    assert "".join(pipeline.split_text("a" * 10_001, 1000)) == "a" * 10_001  # no break at all: cut anyway


# --- Medium: bounded reading --------------------------------------------------------------------------


def test_devices_fifos_and_self_links_in_a_folder_are_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Macron met Scholz in Paris.", encoding="utf-8")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/dev/urandom", folder / "random.json")
    os.mkfifo(folder / "pipe.txt")
    os.symlink(".", folder / "self1")
    os.symlink(".", folder / "self2")
    os.symlink(folder, folder / "up")
    result = load_paths([folder])  # each folder read once: without that the walk never ends
    assert [a.id for a in result.articles] == ["ok"]
    errors = errors_by_path(result.errors)
    assert "not a regular file (a device)" in errors["zero.txt"] and "a device" in errors["random.json"]
    assert "a named pipe" in errors["pipe.txt"]
    assert sorted(Path(w.path).name for w in result.warnings if "already read" in w.message) == [
        "self1", "self2", "up"]


def test_a_file_growing_past_the_limit_is_never_read_beyond_it(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    result = load_paths([big], max_bytes=100)
    assert "over the limit" in result.errors[0].message
    # st_size says small, the content is not: only max_bytes + 1 bytes are read
    real_fstat = os.fstat

    class Small:
        def __init__(self, st):
            self.st_mode, self.st_size = st.st_mode, 10

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    reads = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    result = load_paths([big], max_bytes=100)
    assert "over the limit of 100 bytes" in result.errors[0].message and sum(reads) <= 101


# --- Exports ------------------------------------------------------------------------------------------


def hostile_corpus():
    corpus = sample_corpus()
    corpus.actors["keir-starmer"].name = "=HYPERLINK(\"http://evil\",\"Starmer\")"
    corpus.actors["donald-trump"].name = "+cmd|' /C calc'!A0"
    corpus.actors["david-lammy"].role = "-2+3"
    corpus.actors["emmanuel-macron"].name = "Emmanuel\x07 Macron"  # BEL
    corpus.interactions[0].evidence = "@SUM(1+1)\x07 and a bell"
    corpus.interactions[1].location = "\tTab"
    corpus.quotes[0] = replace(corpus.quotes[0], text="=1+1")  # quotes are frozen records
    return corpus


def test_csv_cells_that_would_run_as_formulas_are_neutralised():
    corpus = hostile_corpus()
    W = weighted_graph(build_graph(corpus))
    G = build_graph(corpus)
    cells = [c for text in (nodes_csv(W), edges_csv(G), edges_csv(W), quotes_csv(corpus))
             for row in csv.reader(io.StringIO(text)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://evil\",\"Starmer\")" in cells and "'-2+3" in cells and "'=1+1" in cells
    assert "'+cmd|' /C calc'!A0" in cells and "'\tTab" in cells


def test_gexf_and_graphml_drop_characters_xml_cannot_hold(tmp_path):
    corpus = hostile_corpus()
    for G in (build_graph(corpus), weighted_graph(build_graph(corpus))):
        to_gexf(G, tmp_path / "g.gexf")
        to_graphml(G, tmp_path / "g.graphml")
        for name in ("g.gexf", "g.graphml"):
            text = (tmp_path / name).read_text(encoding="utf-8")
            assert "\x07" not in text
            ET.fromstring(text)  # well-formed XML
        assert "Emmanuel Macron" in {d.get("name") for _, d in nx.read_graphml(tmp_path / "g.graphml").nodes(data=True)}


def test_exports_are_written_whole_or_not_at_all(tmp_path):
    out = tmp_path / "g.graphml"
    out.write_text("the previous export", encoding="utf-8")

    def half(fh):
        fh.write(b"<graphml")
        raise ValueError("All strings must be XML compatible")

    with pytest.raises(ValueError):
        write_atomic(out, half)
    assert out.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml"]  # no temporary file left


def test_export_cli_writes_from_a_read_only_store_without_writing_to_it(tmp_path, capsys):
    db = tmp_path / "s.db"
    with Store(db) as store:
        sync.ingest_articles(store, [Article(id="a", text=FAKE)], extractor=FakeExtractor())
    before = db.read_bytes()
    with Store(db, read_only=True) as store:
        assert len(store.corpus().articles) == 1
        with pytest.raises(StoreError, match="read-only"):
            sync.ingest_articles(store, [Article(id="b", text=FAKE + "b")], extractor=FakeExtractor())
    for fmt, name in (("gexf", "g.gexf"), ("graphml", "g.graphml"), ("nodes-csv", "n.csv")):
        assert main(["export", "--format", fmt, "--store", str(db), "--out", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    assert db.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert main(["export", "--format", "gexf", "--store", str(db), "--out", str(tmp_path / "no" / "g.gexf")]) == 1
    assert "cannot write" in capsys.readouterr().err


@contextmanager
def unwritable(*paths: Path):
    """``paths`` made read-only for this process: by mode bits, or for root (who ignores them) by the
    immutable attribute, which binds root too; skips when neither is possible here."""
    if os.geteuid() != 0:
        modes = [(p, p.stat().st_mode) for p in paths]
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes:
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", *map(str, paths)], capture_output=True).returncode:
        subprocess.run([chattr or "chattr", "-i", *map(str, paths)], capture_output=True)
        pytest.skip("running as root on a file system without the immutable attribute: nothing is read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", *map(str, paths)], check=True)


def test_a_store_without_write_permission_is_opened_read_only(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    db = folder / "s.db"
    with Store(db) as store:
        sync.ingest_articles(store, [Article(id="a", text=FAKE)], extractor=FakeExtractor())
    before = db.read_bytes()
    with unwritable(db, folder):
        assert not os.access(db, os.W_OK)
        with Store(db) as store:
            assert store.read_only and len(store.corpus().articles) == 1
            with pytest.raises(StoreError, match="read-only"):
                sync.ingest_articles(store, [Article(id="b", text=FAKE + "b")], extractor=FakeExtractor())
        assert main(["export", "--format", "gexf", "--store", str(db), "--out", str(tmp_path / "g.gexf")]) == 0
    assert db.read_bytes() == before


# --- Corrections --------------------------------------------------------------------------------------


BAD_CORRECTIONS = {
    "syntax": "merge: [\n  - into: x\n",
    "python tag": 'merge: !!python/object/apply:os.system ["echo hi"]\n',
    "top-level list": "- a\n- b\n",
}


@pytest.mark.parametrize("kind", BAD_CORRECTIONS)
def test_a_corrections_file_that_cannot_be_parsed_is_an_error_everywhere(tmp_path, capsys, kind):
    db = tmp_path / "s.db"
    with Store(db) as store:
        sync.ingest_articles(store, [Article(id="a", text=FAKE)], extractor=FakeExtractor())
    (tmp_path / "corrections.yaml").write_text(BAD_CORRECTIONS[kind], encoding="utf-8")
    corrections = load_corrections(tmp_path / "corrections.yaml")
    assert corrections.unreadable and corrections.errors == [corrections.unreadable]
    with Store(db) as store:
        assert store.corrections().unreadable and corrections.unreadable in store.problems()
    assert main(["correct", "list", "--store", str(db)]) == 1
    assert "error: " in capsys.readouterr().err
    assert main(["correct", "hide", "a#i0", "--store", str(db)]) == 1
    assert "fix it first" in capsys.readouterr().err.replace("fix the file first", "fix it first")


def test_yaml_alias_bombs_and_huge_files_are_refused(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        lines.append(f"{chr(97 + n)}: &{chr(97 + n)} [" + ",".join([f"*{chr(96 + n)}"] * 9) + "]")
    bomb = parse_corrections("\n".join(lines) + "\nhide: *j\n")  # refused before it is expanded
    assert "aliases" in bomb.unreadable
    ok = parse_corrections("x: &ids [a, b]\nmerge:\n  - {into: a, ids: *ids}\n")
    assert ok.merges and not ok.unreadable  # a few aliases are fine
    huge = tmp_path / "corrections.yaml"
    huge.write_text("hide:\n" + "  - a#i1\n" * (MAX_BYTES // 8), encoding="utf-8")
    assert "over the limit" in load_corrections(huge).unreadable


# --- Store --------------------------------------------------------------------------------------------


def fill(db: Path, n: int = 40) -> None:
    with Store(db) as store:
        sync.ingest_articles(store, [Article(id=f"a{k}", text=f"{FAKE}{k} " + "filler " * 400) for k in range(n)],
                              extractor=FakeExtractor())


def test_a_damaged_store_is_one_clear_line_on_the_command_line(tmp_path, capsys):
    db = tmp_path / "s.db"
    fill(db)
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # every page but the schema's
        data[offset:offset + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    code = main(["export", "--format", "nodes-csv", "--store", str(db)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err


def test_an_old_or_invalid_schema_version_is_a_clear_error(tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    for version in (0, -3, "x"):
        with sqlite3.connect(db) as raw:
            raw.execute("UPDATE schema_version SET version = ?", (version,))
        with pytest.raises(StoreError, match=r"store schema version .* is not a valid one"):
            Store(db)
    with sqlite3.connect(db) as raw:
        raw.execute("DELETE FROM schema_version")
    with pytest.raises(StoreError, match="not a valid one"):
        Store(db, read_only=True)


def test_a_full_disk_is_one_clear_error_and_keeps_what_was_stored(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sync, "COMMIT_EVERY", 2)
    db = tmp_path / "s.db"
    fill(db, 4)
    opened = Store._open_schema

    def full_disk(self):
        opened(self)
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(Store, "_open_schema", full_disk)
    with Store(db) as store:
        with pytest.raises(StoreError, match="the disk is full"):
            sync.ingest_articles(store, [Article(id=f"n{k}", text=f"{FAKE}{k} " + "more " * 3000) for k in range(20)],
                                  extractor=FakeExtractor())
        assert store.counts()["articles"] >= 4
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(6):
        (folder / f"x{k}.txt").write_text(f"{FAKE}x{k} " + "more " * 3000, encoding="utf-8")
    monkeypatch.setattr(pipeline, "extract_articles", FakeExtractor())
    assert main(["ingest", str(folder), "--store", str(db)]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "Traceback" not in err and err.count("disk is full") == 1


# --- Low: CSV, UTF-32, file names, uploads ---------------------------------------------------------------


def test_a_csv_quote_that_is_never_closed_is_reported_not_merged(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('id,text\nok,"Macron met Scholz."\nbad,"never closed\nc,more\nd,rows\n', encoding="utf-8")
    result = load_paths([path])
    assert [a.id for a in result.articles] == ["ok"]
    [error] = result.errors
    assert error.line == 3 and "never closed" in error.message


def test_utf32_is_read_by_its_bom(tmp_path):
    for encoding in ("utf-32", "utf-32-be"):
        data = ("\ufeff" if encoding.endswith("be") else "") + "Macron met Scholz in Paris."
        result = load_bytes("a.txt", data.encode(encoding))
        assert [a.text for a in result.articles] == ["Macron met Scholz in Paris."], encoding
        assert not result.warnings and not result.errors


def test_a_file_name_with_a_line_break_cannot_forge_output_lines(tmp_path, capsys):
    name = tmp_path / "x.json\nerror: everything is fine.txt"
    name.write_bytes(b"\x00\x01binary" * 50)
    assert "\n" not in str(IngestError(str(name), "bad"))
    main(["extract", str(name), "--quiet"])
    err = capsys.readouterr().err
    assert "\\n" in err and not any(line.startswith("error: everything is fine") for line in err.splitlines())


def test_an_upload_batch_keeps_its_good_files(tmp_path):
    from components.uploads import add_files

    files = [("good.txt", FAKE.encode()), ("n.json", b"[" * 100_000 + b"]" * 100_000),
             ("s.jsonl", b'{"id":"b","text":"Scholz \\ud800 met Tusk."}\n'),
             ("zero.txt", b"\x00" * 100)]
    with Store(tmp_path / "s.db") as store:
        result = add_files(store, files, extractor=FakeExtractor())
        assert sorted(result.articles) == ["b", "good"] and result.report.added == 2
        assert set(errors_by_path(result.errors)) == {"n.json", "zero.txt"}


@pytest.mark.slow
def test_the_app_opens_next_to_bad_files_and_warns_about_bad_corrections(tmp_path, monkeypatch, nlp):
    from streamlit.testing.v1 import AppTest

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    nested_json(articles / "n.json")
    surrogate_jsonl(articles / "s.jsonl")
    (tmp_path / "corrections.yaml").write_text(BAD_CORRECTIONS["python tag"], encoding="utf-8")
    monkeypatch.setenv("DIPLOMAP_STORE", str(tmp_path / "diplomap.db"))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", str(articles))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception
    errors = [e.value.replace("\\", "") for e in at.error]  # markdown escapes
    assert any("n.json" in e and "nested too deeply" in e for e in errors), errors
    assert any("Corrections not applied" in w.value.replace("\\", "") for w in at.warning)
    assert "3 articles" in at.caption[0].value.replace("\\", "")


def test_the_app_shows_a_damaged_store_without_server_paths(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    (tmp_path / "diplomap.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    monkeypatch.setenv("DIPLOMAP_STORE", str(tmp_path / "diplomap.db"))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", "")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    [error] = at.error
    message = error.value.replace("\\", "")  # markdown escapes
    assert "diplomap.db: not a usable diplomap store" in message and str(tmp_path) not in message
