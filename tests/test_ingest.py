import json
from pathlib import Path

import pytest
from conftest import shared_dir

from diplomap.corpus.formats import DuplicateWarning, content_hash
from diplomap.corpus.ingest import iter_paths, load_bytes, load_paths
from diplomap.models import Article, IngestError, IngestWarning

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "ingest"


def by_id(result):
    return {a.id: a for a in result.articles}


def only_article(result):
    assert result.errors == []
    assert len(result.articles) == 1
    return result.articles[0]


# --- one format at a time ------------------------------------------------------------------------


def test_markdown_front_matter():
    result = load_paths([FIX / "talks.md"])
    a = only_article(result)
    assert result.warnings == []
    assert (a.id, a.title, a.date, a.source, a.url) == (
        "geneva-talks", "Talks resume in Geneva", "2024-04-02", "Fixture Wire", "https://example.org/geneva")
    assert a.text.startswith("Negotiators from Armenia")
    assert a.text.endswith("the Armenian envoy said.")
    assert a.path == str(FIX / "talks.md")
    assert a.content_hash == content_hash(a.text)


def test_plain_text_title_is_first_line_but_stays_in_text():
    a = only_article(load_paths([str(FIX / "plain.txt")]))
    assert a.id == "plain"
    assert a.title == "Ministers meet in Rabat"
    assert a.text.startswith("Ministers meet in Rabat\n\nThe foreign ministers")
    assert a.date is None


def test_single_line_text_has_no_title():
    a = only_article(load_bytes("note.txt", b"Just one line about a meeting in Oslo.\n"))
    assert (a.id, a.title, a.text) == ("note", None, "Just one line about a meeting in Oslo.")


def test_long_first_line_is_not_a_title():
    a = only_article(load_bytes("long.txt", ("word " * 60 + "\nmore").encode()))
    assert a.title is None


def test_markdown_heading_marks_are_not_part_of_the_title():
    a = only_article(load_bytes("h.md", b"# Talks in Doha\n\nDelegations met in Doha.\n"))
    assert a.title == "Talks in Doha"
    assert a.text.startswith("# Talks in Doha")


def test_html_main_text_title_and_date_without_scripts_or_styles():
    a = only_article(load_paths([FIX / "page.html"]))
    assert a.id == "page"
    assert a.title == "Foreign ministers meet in Geneva"
    assert a.date == "2024-05-03"
    assert "met in Geneva on Friday" in a.text
    assert "We agreed that talks must continue" in a.text
    for leaked in ("SECRET_SCRIPT_TEXT", "INLINE_SCRIPT_TEXT", "STYLE_TEXT", "color: red", "Copyright"):
        assert leaked not in a.text


def test_html_without_text_is_an_error():
    result = load_bytes("blank.html", b"<html><head><title>x</title></head><body><script>x()</script></body></html>")
    assert result.articles == []
    assert [e.message for e in result.errors] == ["no article text found in the HTML"]


def test_json_list_with_field_aliases_and_default_ids():
    result = load_paths([FIX / "records.json"])
    assert result.errors == [] and result.warnings == []
    r1, r2 = result.articles
    assert (r1.id, r1.date, r1.text) == ("r1", "2024-03-05", "The presidents of Brazil and Argentina spoke by phone.")
    assert (r2.id, r2.title, r2.date) == ("records:2", "No id here", "2024-03-06")


def test_json_single_object_int_id_and_body_field():
    a = only_article(load_paths([FIX / "bad" / "good.json"]))
    assert a.id == "42"
    assert a.text == "Japan and Korea agreed to resume talks."
    assert a.date == "2024-03-05"  # the date as written, not moved to UTC
    assert a.title is None  # "headline" is not a known field


def test_json_single_object_without_id_uses_file_stem():
    a = only_article(load_bytes("story.json", b'{"text": "Talks in Doha."}'))
    assert a.id == "story"


def test_json_bad_records_and_bad_files():
    result = load_bytes("x.json", b'[{"text": "Fine."}, "oops", {"title": "no text"}, {"text": "  "}]')
    assert [a.id for a in result.articles] == ["x:1"]
    assert [(e.line, e.message) for e in result.errors] == [
        (2, "record 2 is a string, not an object"),
        (3, "no 'text' field (found: title)"),
        (4, "empty text"),
    ]
    bad = load_bytes("y.json", b'{"text": "a",}')
    assert [str(e) for e in bad.errors] == ["y.json: not valid JSON (line 1, column 14: Expecting property name "
                                            "enclosed in double quotes)"]
    scalar = load_bytes("z.json", b'"just a string"')
    assert [e.message for e in scalar.errors] == ["expected an object or a list of objects, found a string"]
    empty_list = load_bytes("e.json", b"[]")
    assert empty_list.errors == [] and [w.message for w in empty_list.warnings] == ["the list holds no records"]


def test_jsonl_published_date_blank_lines_and_unreadable_date():
    result = load_paths([FIX / "records.jsonl"])
    assert result.errors == []
    voa, other = result.articles
    assert (voa.id, voa.date) == ("8011115", "2025-03-14")
    assert (other.id, other.date) == ("7", None)
    assert [(w.line, w.message) for w in result.warnings] == [(3, "unreadable date 'sometime soon'; left empty")]


def test_relative_dates_are_not_resolved_against_today():
    result = load_bytes("rel.jsonl", b'{"date": "2 days ago", "text": "Envoys met."}\n')
    assert only_article(result).date is None
    assert [w.message for w in result.warnings] == ["unreadable date '2 days ago'; left empty"]


def test_jsonl_default_id_counts_records():
    result = load_bytes("feed.jsonl", b'{"text": "One."}\n\n{"text": "Two."}\n[1]\n')
    assert [a.id for a in result.articles] == ["feed:1", "feed:2"]
    assert [(e.line, e.message) for e in result.errors] == [(4, "line is a list, not an object")]


def test_csv_case_insensitive_header_multiline_field_and_default_id():
    result = load_paths([FIX / "articles.csv"])
    assert result.errors == [] and result.warnings == []
    c1, c2 = result.articles
    assert (c1.id, c1.title, c1.date, c1.source) == ("c1", "Two paragraphs", "2024-05-01", "Fixture Wire")
    assert c1.text == 'First paragraph, with a comma.\n\nSecond paragraph "quoted".'
    assert (c2.id, c2.source, c2.text) == ("articles:2", None, "Talks were held in Doha.")


def test_csv_empty_text_row_is_a_row_error_and_others_load():
    data = b"text,title\nFirst text.,a\n,b\n\"Third\ntext.\",c\n   ,d\n"
    result = load_bytes("rows.csv", data)
    assert [a.text for a in result.articles] == ["First text.", "Third\ntext."]
    assert [(e.line, e.message) for e in result.errors] == [(3, "empty text"), (6, "empty text")]


def test_csv_without_text_column_names_the_columns_found():
    result = load_paths([FIX / "bad" / "no_text.csv"])
    assert result.articles == []
    assert [str(e) for e in result.errors] == [f"{FIX / 'bad' / 'no_text.csv'}: no 'text' column (found: title, body2)"]


def test_csv_fields_bigger_than_the_default_csv_limit():
    big = "word " * 40_000  # 200 KB, over csv's default 128 KB field limit
    a = only_article(load_bytes("big.csv", f'text\n"{big}"\n'.encode()))
    assert a.text == big


# --- bytes and encodings -------------------------------------------------------------------------


def test_utf8_bom_crlf_and_nfc():
    decomposed = "Cafe\u0301 talks\r\nin Gene\u0300ve"
    a = only_article(load_bytes("t.txt", b"\xef\xbb\xbf" + decomposed.encode("utf-8")))
    assert a.text == "Café talks\nin Genève"
    assert a.content_hash == content_hash(decomposed.replace("\r\n", "\n"))


def test_record_text_is_normalised_but_not_stripped():
    a = only_article(load_bytes("r.jsonl", b'{"text": "\\n Line one\\r\\nline two "}\n'))
    assert a.text == "\n Line one\nline two "


def test_cp1252_fallback_warns():
    result = load_bytes("quotes.txt", "\u201cWe will talk,\u201d she said \u2013 in Zürich.".encode("cp1252"))
    assert only_article(result).text == "\u201cWe will talk,\u201d she said \u2013 in Zürich."
    assert [str(w) for w in result.warnings] == ["quotes.txt: not valid UTF-8; read as cp1252 (Windows-1252)"]


def test_latin1_fallback_when_not_cp1252():
    result = load_bytes("odd.txt", b"Talks \x81 in Z\xfcrich")  # 0x81 is undefined in cp1252
    assert only_article(result).text == "Talks \x81 in Zürich"
    assert [w.message for w in result.warnings] == ["not valid UTF-8; read as latin-1"]


def test_utf16_with_bom_is_read():
    a = only_article(load_bytes("w.txt", "Talks in Zürich.".encode("utf-16")))
    assert a.text == "Talks in Zürich."


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_files(data):
    result = load_bytes("e.txt", data)
    assert result.articles == []
    assert [str(e) for e in result.errors] == ["e.txt: empty file"]


@pytest.mark.parametrize("data", [b"text\x00with nul", bytes(range(1, 9)) * 100 + b"abc"])
def test_binary_files(data):
    result = load_bytes("b.csv", data)
    assert result.articles == []
    assert [e.message for e in result.errors] == ["binary file, not text"]


def test_oversize_file_and_upload(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("A meeting took place. " * 10, encoding="utf-8")
    result = load_paths([path], max_bytes=100)
    assert result.articles == []
    assert [str(e) for e in result.errors] == [f"{path}: file is 220 bytes, over the limit of 100 bytes"]
    upload = load_bytes("big.txt", b"x" * 1500, max_bytes=1000)
    assert [e.message for e in upload.errors] == ["file is 1,500 bytes, over the limit of 1,000 bytes"]


# --- front matter problems ----------------------------------------------------------------------


def test_front_matter_errors():
    unclosed = load_bytes("u.md", b"---\ntitle: x\nNo closing line.\n")
    assert [e.message for e in unclosed.errors] == [
        "front matter opened with '---' on line 1 is never closed by another '---' line"]
    bad_yaml = load_bytes("y.md", b"---\ntitle: [unclosed\n---\nBody.\n")
    assert bad_yaml.errors[0].message.startswith("front matter is not valid YAML: ")
    not_mapping = load_bytes("l.md", b"---\n- a\n- b\n---\nBody.\n")
    assert [e.message for e in not_mapping.errors] == ["front matter must be 'key: value' lines, found list"]
    no_body = load_bytes("n.md", b"---\ntitle: x\n---\n\n")
    assert [e.message for e in no_body.errors] == ["no article text after the front matter"]


def test_empty_front_matter_and_quoted_date():
    a = only_article(load_bytes("q.txt", b'---\n---\nBody text.\n'))
    assert (a.id, a.text) == ("q", "Body text.")
    b = only_article(load_bytes("d.txt", b'---\ndate: "16 February 2025"\n---\nBody.\n'))
    assert b.date == "2025-02-16"


# --- paths and folders ---------------------------------------------------------------------------


def test_missing_path_and_explicit_unsupported_file(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    result = load_paths([tmp_path / "nope.txt", pdf])
    assert result.articles == [] and result.warnings == []
    assert [str(e) for e in result.errors] == [
        f"{tmp_path / 'nope.txt'}: no such file or folder",
        f"{pdf}: unsupported file type '.pdf'; supported: .txt, .md, .html, .htm, .json, .jsonl, .csv",
    ]


def test_folder_is_recursive_sorted_skips_hidden_and_warns_on_unsupported(tmp_path):
    (tmp_path / "b.txt").write_text("Second file.", encoding="utf-8")
    (tmp_path / "a.TXT").write_text("First file.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("Nested file.", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("Hidden folder.", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("Hidden file.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = load_paths([str(tmp_path)])
    assert [a.id for a in result.articles] == ["a", "b", "c"]
    assert result.errors == []
    assert [str(w) for w in result.warnings] == [
        f"{tmp_path / 'notes.docx'}: skipped: unsupported file type '.docx'; "
        "supported: .txt, .md, .html, .htm, .json, .jsonl, .csv"]


def test_a_single_path_string_is_not_iterated_by_character():
    result = load_paths(str(FIX / "plain.txt"))
    assert [a.id for a in result.articles] == ["plain"]


def test_iter_paths_streams_in_file_order_with_warning_types():
    items = list(iter_paths([FIX / "records.jsonl", FIX / "bad" / "empty.txt", FIX / "plain.txt"]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "IngestWarning", "Article", "IngestError", "Article"]
    assert isinstance(items[1], IngestWarning) and not isinstance(items[3], IngestWarning)


# --- duplicates ----------------------------------------------------------------------------------


def test_duplicate_texts_keep_the_first(tmp_path):
    (tmp_path / "a.txt").write_text("Leaders met in Paris.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Leaders met in Paris.", encoding="utf-8")  # same text once stripped
    (tmp_path / "c.jsonl").write_text('{"id": "x", "text": "Leaders met in Paris."}\n', encoding="utf-8")
    result = load_paths([tmp_path])
    assert [a.id for a in result.articles] == ["a"]
    assert result.duplicates == [("b", "a"), ("x", "a")]
    assert all(isinstance(w, DuplicateWarning) for w in result.warnings)
    assert str(result.warnings[1]) == f"{tmp_path / 'c.jsonl'}: same text as article 'a'; 'x' left out"


def test_duplicate_ids_with_different_text_get_suffixes():
    data = b'{"id": "s", "text": "One."}\n{"id": "s", "text": "Two."}\n{"id": "s", "text": "Three."}\n'
    result = load_bytes("ids.jsonl", data)
    assert [(a.id, a.text) for a in result.articles] == [("s", "One."), ("s-2", "Two."), ("s-3", "Three.")]
    assert [w.message for w in result.warnings] == [
        "id 's' is already used by an article with different text; loaded as 's-2'",
        "id 's' is already used by an article with different text; loaded as 's-3'",
    ]
    assert result.duplicates == []


def test_content_hash_is_nfc_insensitive():
    assert content_hash("Gene\u0300ve") == content_hash("Genève")
    assert content_hash("Genève") != content_hash("Geneve")
    assert len(content_hash("x")) == 64


# --- acceptance: the bad/ folder ----------------------------------------------------------------


def test_bad_folder_one_error_per_bad_item_and_all_good_records():
    bad = FIX / "bad"
    result = load_paths([bad])
    errors = {(Path(e.path).name, e.line): e for e in result.errors}
    assert set(errors) == {("empty.txt", None), ("scan.txt", None), ("mixed.jsonl", 2), ("no_text.csv", None)}
    assert errors[("empty.txt", None)].message == "empty file"
    assert errors[("scan.txt", None)].message == "binary file, not text"
    assert errors[("mixed.jsonl", 2)].message.startswith("not valid JSON")
    assert errors[("no_text.csv", None)].message == "no 'text' column (found: title, body2)"
    for (name, _), e in errors.items():
        assert name in str(e)

    articles = by_id(result)
    assert sorted(articles) == ["42", "good", "latin1", "m1", "m3"]
    latin = articles["latin1"]
    assert latin.title == "Talks in Zürich"
    assert "délégation from Genève" in latin.text and "« Progress »" in latin.text
    assert [(Path(w.path).name, w.message) for w in result.warnings] == [
        ("latin1.txt", "not valid UTF-8; read as cp1252 (Windows-1252)")]
    assert (articles["good"].title, articles["good"].date) == ("Summit in Nairobi", "2024-02-01")
    assert articles["m3"].date == "2024-01-12"


# --- real data -----------------------------------------------------------------------------------


def test_seed_article_matches_the_eval_seed():
    seed = shared_dir("eval", "seed-article.jsonl")
    gold = json.loads(seed.read_text(encoding="utf-8").splitlines()[0])
    a = only_article(load_paths([ROOT / "data" / "articles" / "seed-starmer-ukraine.txt"]))
    assert (a.id, a.date) == ("seed-starmer-ukraine", "2025-02-16")
    assert a.title == gold["title"]
    assert a.text == gold["text"]


CORPUS = ("reuters21578_diplomacy.jsonl", "voa_stories.jsonl", "wikinews_diplomacy.jsonl")


def test_shared_corpus_loads_without_errors():
    paths = [shared_dir("corpus", name) for name in CORPUS]
    result = load_paths(paths)
    assert result.errors == []
    assert result.warnings == [] and result.duplicates == []
    lines = sum(1 for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(result.articles) == lines
    voa = [a for a in result.articles if a.path.endswith("voa_stories.jsonl")]
    assert voa and all(a.date for a in voa)
    assert all(isinstance(a, Article) and a.text.strip() for a in result.articles)


def test_a_warning_is_not_an_error():
    assert not issubclass(IngestWarning, IngestError) and not issubclass(IngestError, IngestWarning)
    assert issubclass(DuplicateWarning, IngestWarning)
    assert str(IngestWarning("a.csv", "odd", line=2)) == str(IngestError("a.csv", "odd", line=2)) == "a.csv:2: odd"


def _mixed_folder(folder: Path) -> Path:
    """One good article, one unreadable file, one record with an unreadable date, one duplicate text."""
    folder.mkdir()
    (folder / "good.txt").write_text("actor a | Alpha | person | FRA |\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "dated.jsonl").write_text('{"id": "d", "date": "someday", "text": "Other text."}\n', encoding="utf-8")
    (folder / "copy.txt").write_text("actor a | Alpha | person | FRA |\n", encoding="utf-8")
    return folder


def test_errors_and_warnings_are_counted_apart(tmp_path):
    result = load_paths(_mixed_folder(tmp_path / "in"))
    assert [type(e).__name__ for e in result.errors] == ["IngestError"]
    assert [type(w).__name__ for w in result.warnings] == ["IngestWarning", "DuplicateWarning"]  # dated.jsonl, good.txt
    assert result.duplicates == [("good", "copy")]


def test_the_store_report_and_the_cli_count_errors_and_warnings_apart(tmp_path, monkeypatch, capsys):
    from test_store import FakeExtractor

    from diplomap.cli import main
    from diplomap.corpus import sync
    from diplomap.corpus.store import Store
    from diplomap.extract import pipeline

    folder = _mixed_folder(tmp_path / "in")
    with Store(tmp_path / "s.db") as store:
        report = sync.ingest_paths(store, folder, extractor=FakeExtractor())
    assert (report.added, len(report.errors), len(report.warnings)) == (2, 1, 2)
    assert all(isinstance(e, IngestError) for e in report.errors)
    assert all(isinstance(w, IngestWarning) for w in report.warnings)
    assert " 1 duplicates, 1 errors " in report.summary()

    monkeypatch.setattr(pipeline, "extract_articles", FakeExtractor())
    assert main(["ingest", str(folder), "--store", str(tmp_path / "cli.db")]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: ") == 2 and "1 errors" in err


def test_folder_documentation_files_are_skipped_with_a_warning(tmp_path):
    (tmp_path / "README.md").write_text("# About these articles\n\nCollected by hand.\n")
    (tmp_path / "PROVENANCE-voa.md").write_text("Where they come from.\n")
    (tmp_path / "story.md").write_text("Putin met Xi in Beijing on Monday.\n")
    result = load_paths([tmp_path])
    assert [a.id for a in result.articles] == ["story"]
    assert sorted(Path(w.path).name for w in result.warnings) == ["PROVENANCE-voa.md", "README.md"]
    named = load_paths([tmp_path / "README.md"])  # named explicitly, it is read
    assert [a.id for a in named.articles] == ["README"]


def test_a_named_file_without_a_known_extension_is_read_by_its_content(tmp_path):
    collection = tmp_path / "tmp.Xq3b9"  # what mktemp makes
    collection.write_text('{"id": "a1", "text": "Putin met Xi in Beijing."}\n'
                          '{"id": "a2", "text": "Modi visited Mauritius."}\n', encoding="utf-8")
    plain = tmp_path / "notes"
    plain.write_text("Starmer met Macron in Paris.", encoding="utf-8")
    result = load_paths([collection, plain])
    assert [a.id for a in result.articles] == ["a1", "a2", "notes"]
    assert any("read as .jsonl" in w.message for w in result.warnings)
