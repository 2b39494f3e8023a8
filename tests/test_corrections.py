"""Analyst corrections: loading, editing the YAML file, applying them in the store, the CLI."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_store import FakeExtractor

from diplomap.cli import main
from diplomap.corpus import sync
from diplomap.corpus.corrections import (
    Merge,
    SetFields,
    Split,
    edit_text,
    load_corrections,
    parse_corrections,
)
from diplomap.corpus.corrections_save import save_corrections
from diplomap.corpus.store import Store
from diplomap.extract import pipeline
from diplomap.models import Article

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "corrections.example.yaml"

ARTICLES = [
    Article(id="t1", date="2025-02-01", text=(
        "actor donald-trump | Donald Trump | person | USA | President\n"
        "actor keir-starmer | Keir Starmer | person | GBR | Prime Minister\n"
        "meet donald-trump keir-starmer\nquote donald-trump | It was a very good meeting.\n")),
    Article(id="t2", date="2025-02-02", text=(
        "actor potus | Potus | person | USA |\nactor keir-starmer | Keir Starmer | person | GBR |\n"
        "meet potus keir-starmer\n")),
    Article(id="t3", date="2025-02-03", text="actor boris-johnson | Boris Johnson | person | GBR |\n"),
    Article(id="t4", date="2025-02-04", text=(
        "actor johnson | Johnson | person | GBR |\nactor keir-starmer | Keir Starmer | person | GBR |\n"
        "meet johnson keir-starmer\n")),
]

CORRECTIONS = """\
# reviewed by the desk
split:
  - {id: boris-johnson, article: t4, name: Mike Johnson}
merge:
  - into: donald-trump
    ids: [potus]
rename:
  keir-starmer: Sir Keir Starmer
set:
  - id: mike-johnson
    country: USA
    role: Speaker
hide:
  - t1#q1
  - t2#i1
"""


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "diplomap.db") as s:
        sync.ingest_articles(s, ARTICLES, extractor=FakeExtractor())
        yield s


def test_a_missing_file_is_no_corrections(tmp_path):
    corrections = load_corrections(tmp_path / "none.yaml")
    assert not corrections and corrections.errors == []


def test_the_example_file_is_valid_and_shows_every_section():
    corrections = load_corrections(EXAMPLE)
    assert corrections.errors == []
    assert corrections.merges == [Merge(into="donald-trump", ids=["trump", "president-trump"])]
    assert corrections.splits == [Split(id="johnson", article="reuters21578:1234", new_id="lyndon-johnson",
                                        name="Lyndon B. Johnson")]
    assert corrections.renames == {"un": "United Nations"}
    assert corrections.sets == [SetFields(id="mike-johnson", fields={"country": "USA",
                                                                     "role": "Speaker of the House"})]
    assert corrections.hidden == ["reuters21578:1234#i2", "reuters21578:1234#q1"]


def test_malformed_yaml_is_an_error_message_not_a_crash():
    corrections = parse_corrections("merge: [into: x\n", source="c.yaml")
    assert not corrections
    assert corrections.errors[0].startswith("c.yaml: not valid YAML")


def test_bad_entries_are_reported_and_the_good_ones_kept():
    corrections = parse_corrections(
        "merge:\n  - {into: a, ids: [b]}\n  - {into: a}\n  - {into: a, ids: b, extra: 1}\n"
        "split:\n  - {id: a, article: x}\n"
        "set:\n  - {id: a, country: usa}\n  - {id: b, role: Envoy}\n"
        "hide: [x#i1, 'x#3']\ncolour: red\n", source="c.yaml")
    assert corrections.merges == [Merge("a", ["b"])]
    assert corrections.sets == [SetFields("b", {"role": "Envoy"})]
    assert corrections.hidden == ["x#i1"]
    assert corrections.errors == [
        "c.yaml: unknown section 'colour'; known: split, merge, rename, set, hide",
        "c.yaml: split #1: give the split-off actor a 'name' or a 'new_id'",
        "c.yaml: merge #2: missing ids",
        "c.yaml: merge #3: unknown field extra; allowed: ids, into",
        "c.yaml: set #1: country must be an ISO 3166-1 alpha-3 code such as USA, found 'usa'",
        "c.yaml: hide #2: expected '<article id>#i<n>' (interaction) or '<article id>#q<n>' (quote), "
        "found 'x#3'",
    ]


def test_without_corrections_potus_and_the_bare_johnson_resolve_automatically(store):
    corpus = store.corpus()
    assert sorted(corpus.actors) == ["boris-johnson", "donald-trump", "keir-starmer", "potus"]
    assert corpus.actors["boris-johnson"].articles == ["t3", "t4"]


def test_every_kind_of_correction_takes_effect_and_survives_a_rebuild(store):
    store.corrections_path.write_text(CORRECTIONS)
    for _ in range(2):
        corpus = store.corpus()
        assert store.problems() == []
        assert sorted(corpus.actors) == ["boris-johnson", "donald-trump", "keir-starmer", "mike-johnson"]
        assert corpus.actors["donald-trump"].articles == ["t1", "t2"]
        assert corpus.actors["boris-johnson"].articles == ["t3"]
        mike = corpus.actors["mike-johnson"]
        assert (mike.name, mike.country, mike.role, mike.articles) == ("Mike Johnson", "USA", "Speaker", ["t4"])
        assert corpus.actors["keir-starmer"].name == "Sir Keir Starmer"
        assert [(i.id, i.actors) for i in corpus.interactions] == [
            ("t1#i1", ["donald-trump", "keir-starmer"]), ("t4#i1", ["mike-johnson", "keir-starmer"])]
        assert corpus.quotes == []
        report = sync.ingest_articles(store, ARTICLES, extractor=FakeExtractor(), rebuild=True)
        assert report.updated == 4


def test_editing_the_file_changes_the_corpus_without_re_ingesting(store):
    assert "potus" in store.corpus().actors
    saved = save_corrections(store.corrections_path, store.path, [("merge", {"into": "donald-trump", "ids": ["potus"]})])
    assert saved.saved
    assert "potus" not in store.corpus().actors


def test_saving_refuses_unknown_ids_unless_forced_and_writes_nothing_when_refused(store):
    path = store.corrections_path
    path.write_text("# desk notes\n")
    refused = save_corrections(path, store.path, [("merge", {"into": "donald-trump", "ids": ["nobody"]})])
    assert (refused.saved, refused.error) == (False, False)
    assert refused.problems == [f"{path}: merge #1: no actor with id 'nobody'"]
    assert path.read_text() == "# desk notes\n"
    forced = save_corrections(path, store.path, [("merge", {"into": "donald-trump", "ids": ["nobody"]})], force=True)
    assert (forced.saved, forced.kept_comments, forced.problems) == (True, True, refused.problems)
    assert path.read_text().startswith("# desk notes\n") and "nobody" in path.read_text()
    assert not path.with_name(path.name + ".tmp").exists()  # written through a temporary file, renamed


def test_saving_into_a_broken_file_is_an_error_and_leaves_it_alone(tmp_path):
    path = tmp_path / "corrections.yaml"
    path.write_text("merge: [unclosed\n")
    saved = save_corrections(path, tmp_path / "no-store.db", [("hide", "t1#q1")], force=True)
    assert (saved.saved, saved.error) == (False, True)
    assert "not valid YAML" in saved.problems[0]
    assert path.read_text() == "merge: [unclosed\n"


def test_unknown_ids_are_problems_and_the_rest_still_applies(store):
    store.corrections_path.write_text(
        "merge: [{into: donald-trump, ids: [nobody, potus]}]\nrename: {ghost: Casper}\n"
        "split: [{id: keir-starmer, article: t3, name: Other}]\nhide: [t9#i1]\nset: [{id: x, role: y}]\n")
    corpus = store.corpus()
    assert "potus" not in corpus.actors
    path = store.corrections_path
    assert store.problems() == [
        f"{path}: split #1: actor 'keir-starmer' is not named in article 't3'",
        f"{path}: merge #1: no actor with id 'nobody'",
        f"{path}: rename ghost: no actor with id 'ghost'",
        f"{path}: set #1: no actor with id 'x'",
        f"{path}: hide #1: no interaction or quote 't9#i1'",
    ]


def test_merged_away_and_article_level_ids_still_work(store):
    store.corrections_path.write_text(
        "merge: [{into: donald-trump, ids: [potus]}]\nrename: {potus: The President}\n")
    assert store.corpus().actors["donald-trump"].name == "The President"
    assert store.problems() == []


def test_adding_entries_keeps_comments_and_existing_entries():
    text = "# keep me\nmerge:\n  # first merge\n  - into: a\n    ids: [b]\n\n# hidden items\nhide:\n- x#i1\n"
    text, kept = edit_text(text, "merge", {"into": "c", "ids": ["d"]})
    text, kept2 = edit_text(text, "hide", "y#q2")
    text, kept3 = edit_text(text, "rename", {"a": "Alpha"})
    assert kept and kept2 and kept3
    assert text.startswith("# keep me\nmerge:\n  # first merge\n")
    assert "# hidden items\n" in text
    corrections = parse_corrections(text)
    assert corrections.merges == [Merge("a", ["b"]), Merge("c", ["d"])]
    assert corrections.hidden == ["x#i1", "y#q2"]
    assert corrections.renames == {"a": "Alpha"}


def test_a_layout_that_cannot_be_edited_as_text_is_rewritten_keeping_every_entry():
    text, kept = edit_text("# note\nhide: [x#i1]\n", "hide", "y#i2")
    assert not kept
    assert parse_corrections(text).hidden == ["x#i1", "y#i2"]


# --- python -m diplomap correct / ingest -------------------------------------------------------------


def test_cli_correct_adds_entries_checked_against_the_store(store, capsys):
    store.close()
    db = str(store.path)
    assert main(["correct", "merge", "potus", "--into", "donald-trump", "--store", db]) == 0
    assert main(["correct", "split", "boris-johnson", "--article", "t4", "--name", "Mike Johnson",
                 "--store", db]) == 0
    assert main(["correct", "--store", db, "set", "mike-johnson", "--country", "usa", "--role", "Speaker"]) == 0
    assert main(["correct", "rename", "keir-starmer", "Sir Keir Starmer", "--store", db]) == 0
    assert main(["correct", "hide", "t1#q1", "t2#i1", "--store", db]) == 0
    with Store(db) as s:
        assert s.problems() == []
        corpus = s.corpus()
    assert corpus.actors["mike-johnson"].country == "USA"
    assert corpus.quotes == []
    saved = (store.path.parent / "corrections.yaml").read_text()

    capsys.readouterr()
    assert main(["correct", "merge", "nobody", "--into", "donald-trump", "--store", db]) == 1
    assert "no actor with id 'nobody'" in capsys.readouterr().err
    assert (store.path.parent / "corrections.yaml").read_text() == saved  # refused: nothing written
    assert main(["correct", "set", "keir-starmer", "--country", "UK", "--store", db]) == 1
    assert main(["correct", "merge", "nobody", "--into", "donald-trump", "--store", db, "--force"]) == 0

    capsys.readouterr()
    assert main(["correct", "list", "--store", db]) == 1
    out, err = capsys.readouterr()
    assert "merge   potus into donald-trump" in out
    assert "hide    t2#i1" in out
    assert "no actor with id 'nobody'" in err


def test_cli_correct_uses_the_given_file(tmp_path, capsys):
    file = tmp_path / "mine.yaml"
    file.write_text("# mine\n")
    assert main(["correct", "rename", "a", "Alpha", "--corrections", str(file),
                 "--store", str(tmp_path / "no-store.db")]) == 0
    assert file.read_text() == "# mine\n\nrename:\n  a: Alpha\n"
    assert main(["correct", "list", "--corrections", str(file), "--store", str(tmp_path / "no.db")]) == 0
    assert "rename  a -> Alpha" in capsys.readouterr().out


def test_cli_ingest_reports_and_sets_the_exit_code(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "extract_articles", FakeExtractor())
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLES[0].text)
    (folder / "bad.txt").write_text("")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(folder), "--store", db]) == 0
    err = capsys.readouterr().err
    assert f"{folder}/bad.txt: empty file" in err
    assert "1 added, 0 updated, 0 unchanged, 0 duplicates, 1 errors" in err
    assert main(["ingest", str(folder), "--store", db]) == 0
    assert "0 added, 0 updated, 1 unchanged" in capsys.readouterr().err
    assert main(["ingest", str(folder / "bad.txt"), str(tmp_path / "missing"), "--store", db]) == 1
    assert main(["ingest", str(folder), "--store", db, "--rebuild", "--max-bytes", "10"]) == 1


def test_cli_ingest_interrupted_or_given_nothing(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(folder), "--store", db]) == 1
    assert "no articles found" in capsys.readouterr().err
    for n, article in enumerate(ARTICLES):
        (folder / f"{n}.txt").write_text(article.text)
    monkeypatch.setattr(pipeline, "extract_articles", FakeExtractor(fail_after=2, error=KeyboardInterrupt))
    assert main(["ingest", str(folder), "--store", db]) == 130
    assert "keeps the 2 articles stored so far" in capsys.readouterr().err
