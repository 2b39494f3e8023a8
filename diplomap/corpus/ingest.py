"""Files and folders of stored articles → ``Article`` records.

Reads ``.txt``/``.md`` (optional YAML front matter), ``.html``/``.htm`` (main text
via trafilatura, no network), and collections of records in ``.json``, ``.jsonl``
and ``.csv``. A bad file, line or row becomes an ``IngestError`` and everything
else still loads; things that loaded but not quite as written (a guessed encoding,
an unreadable date, a renamed id, a duplicate text) become ``IngestWarning``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePath
from urllib.parse import urlsplit

import yaml

from ..models import Article, IngestError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")

# Record fields, in order of preference; keys are matched case-insensitively.
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("date", "published", "published_at", "datetime")
TITLE_MAX_CHARS = 200  # a longer first line is a paragraph, not a title
BINARY_SAMPLE = 8192

_FRONT_MATTER = re.compile(r"---[ \t]*\n(?:(.*?)\n)?---[ \t]*(?:\n|$)", re.S)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"


@dataclass
class IngestWarning(IngestError):
    """Loaded, but not quite as written. A subclass, so check for it before ``IngestError``."""


@dataclass
class DuplicateWarning(IngestWarning):
    """An article whose text was already loaded under another id; it is left out."""

    article_id: str = ""
    first_id: str = ""


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (dup article id, first id)


class _Bad(Exception):
    """A whole file cannot be read; the message is shown to the user."""


def content_hash(text: str) -> str:
    """Identity of an article's text, the same however its accents were composed and its words spaced
    (leading, trailing and repeated whitespace and newlines do not count)."""
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


def site_of(url: str | None) -> str | None:
    """The site of an article's address, as its source when none is given: ``www.voanews.com`` → ``voanews.com``."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def load_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Load every article under ``paths``, collecting errors and warnings instead of raising."""
    return _collect(iter_paths(paths, max_bytes=max_bytes))


def iter_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | IngestError]:
    """Stream articles, errors and warnings (``IngestWarning``) in file order, for progress on big piles.

    Files and folders (recursive, sorted, hidden entries skipped) are read one at a time;
    duplicate texts are dropped and clashing ids renamed as in ``load_paths``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _deduplicate(_iter_given(paths, max_bytes))


def load_bytes(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Load an uploaded file; ``name`` gives the format (by extension), the default id and ``path``."""
    return _collect(_deduplicate(_load_data(name, data, max_bytes)))


# --- Paths ---------------------------------------------------------------------------------------


def _iter_given(paths: Iterable[str | Path], max_bytes: int) -> Iterator[Article | IngestError]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, max_bytes)
        elif path.is_file():
            yield from _load_file(path, max_bytes)
        elif path.exists():
            yield IngestError(str(given), "not a regular file or folder")
        else:
            yield IngestError(str(given), "no such file or folder")


# README.md, PROVENANCE.md, LICENSE.txt ... describe a folder of articles; they are not articles.
FOLDER_DOCS = ("README", "PROVENANCE", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "COPYING", "CONTRIBUTING")


def _walk(folder: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as e:
        yield IngestError(str(folder), f"cannot list folder: {e.strerror or e}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, max_bytes)
        elif entry.stem.upper() in FOLDER_DOCS or entry.stem.upper().startswith(FOLDER_DOCS):
            yield IngestWarning(str(entry), "skipped: a folder's documentation file, not an article "
                                            "(name the file to read it)")
        elif entry.suffix.lower() in SUPPORTED:
            yield from _load_file(entry, max_bytes)
        else:
            yield IngestWarning(str(entry), f"skipped: {_unsupported(entry.suffix)}")


def _load_file(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    """A file named by the user. One with an unknown extension (a temp file such as
    ``tmp.x7Fq2``) is read when its content is JSON Lines, JSON or HTML, with a warning;
    anything else (a PDF, a picture) is refused."""
    name = str(path)
    suffix = path.suffix.lower()
    unknown = suffix not in SUPPORTED
    if unknown:
        suffix = ""
    try:
        size = path.stat().st_size
        if size > max_bytes:  # checked before reading: a huge file is never loaded into memory
            yield IngestError(name, _too_big(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as e:
        yield IngestError(name, f"cannot read file: {e.strerror or e}")
        return
    if unknown:
        sniffed = _sniff(data.decode("utf-8", errors="replace"))
        if sniffed == ".txt" and path.suffix:
            yield IngestError(name, _unsupported(path.suffix))
            return
        if path.suffix:
            yield IngestWarning(name, f"unknown extension '{path.suffix}': read as {sniffed} by its content")
    yield from _load_data(name, data, max_bytes, suffix=suffix)


def _unsupported(suffix: str) -> str:
    kind = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {kind}; supported: {', '.join(SUPPORTED)}"


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes"


# --- Bytes → text ----------------------------------------------------------------------------------


def _load_data(name: str, data: bytes, max_bytes: int, suffix: str | None = None) -> Iterator[Article | IngestError]:
    suffix = PurePath(name).suffix.lower() if suffix is None else suffix
    if suffix and suffix not in SUPPORTED:
        yield IngestError(name, _unsupported(suffix))
        return
    if len(data) > max_bytes:
        yield IngestError(name, _too_big(len(data), max_bytes))
        return
    try:
        text, encoding = _decode(data)
    except _Bad as e:
        yield IngestError(name, str(e))
        return
    if encoding:
        yield IngestWarning(name, f"not valid UTF-8; read as {encoding}")
    if not suffix:  # a file named without an extension (a temp file, a pipe): tell by its content
        suffix = _sniff(text)
    try:
        yield from _PARSERS[suffix](name, PurePath(name).stem, _normalise(text))
    except _Bad as e:
        yield IngestError(name, str(e))


def _sniff(text: str) -> str:
    """The format of a text without a file extension: JSON Lines, JSON, HTML or plain text."""
    head = text.lstrip()[:1]
    if head == "{":
        first = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
            return ".jsonl"
        except ValueError:
            return ".json"
    if head == "[":
        return ".json"
    if head == "<":
        return ".html"
    return ".txt"


def _decode(data: bytes) -> tuple[str, str | None]:
    """The file's text, and the fallback encoding used if it was not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise _Bad(f"starts like UTF-16 but cannot be decoded: {e.reason}") from None
        return _nonempty(text), None
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample or (sample and sum(sample.count(b) for b in _CONTROL_BYTES) > len(sample) // 10):
        raise _Bad("binary file, not text")
    try:
        return _nonempty(data.decode("utf-8-sig")), None
    except UnicodeDecodeError:
        pass
    try:
        return _nonempty(data.decode("cp1252")), "cp1252 (Windows-1252)"
    except UnicodeDecodeError:
        return _nonempty(data.decode("latin-1")), "latin-1"


def _nonempty(text: str) -> str:
    if not text.strip():
        raise _Bad("empty file")
    return text


def _normalise(text: str) -> str:
    """NFC and ``\\n`` line ends, so offsets and hashes do not depend on the writer's platform."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# --- Formats -----------------------------------------------------------------------------------------


def _parse_text(name: str, stem: str, text: str) -> Iterator[Article | IngestError]:
    """A ``.txt``/``.md`` article: optional YAML front matter, then the body as the text."""
    meta, body = _split_front_matter(text)
    body = body.strip()
    if not body:
        raise _Bad("no article text after the front matter")
    record = {**meta, "text": body}
    if not _first(record, ("title",)):
        record["title"] = _title_line(body, markdown=name.lower().endswith(".md"))
    yield from _article(record, name=name, default_id=stem)


def _split_front_matter(text: str) -> tuple[dict, str]:
    if not re.match(r"---[ \t]*\n", text):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if not match:
        raise _Bad("front matter opened with '---' on line 1 is never closed by another '---' line")
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as e:
        raise _Bad(f"front matter is not valid YAML: {_one_line(e)}") from None
    if not isinstance(meta, dict):
        raise _Bad(f"front matter must be 'key: value' lines, found {type(meta).__name__}")
    return meta, text[match.end():]


def _title_line(body: str, *, markdown: bool) -> str | None:
    """The first line, when it is short and more text follows; metadata only, it stays in the text."""
    first, _, rest = body.partition("\n")
    first = first.lstrip("#").strip() if markdown else first.strip()
    if first and len(first) < TITLE_MAX_CHARS and rest.strip():
        return first
    return None


def _parse_html(name: str, stem: str, text: str) -> Iterator[Article | IngestError]:
    """Main text, title and date of a saved web page; scripts, styles and navigation never reach the text."""
    import trafilatura  # slow import, only needed for HTML

    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        raise _Bad(f"cannot extract text from HTML: {_one_line(e)}") from None
    if doc is None or not (doc.text or "").strip():
        raise _Bad("no article text found in the HTML")
    record = {"text": doc.text, "title": doc.title, "date": doc.date, "url": doc.url, "source": doc.sitename}
    yield from _article(record, name=name, default_id=stem)


def _parse_json(name: str, stem: str, text: str) -> Iterator[Article | IngestError]:
    """One record (an object) or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise _Bad(f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    if isinstance(data, dict):
        yield from _article(data, name=name, default_id=stem)
    elif isinstance(data, list):
        if not data:
            yield IngestWarning(name, "the list holds no records")
        for n, record in enumerate(data, 1):
            if isinstance(record, dict):
                yield from _article(record, name=name, default_id=f"{stem}:{n}", line=n)
            else:
                yield IngestError(name, f"record {n} is a {_json_type(record)}, not an object", line=n)
    else:
        raise _Bad(f"expected an object or a list of objects, found a {_json_type(data)}")


def _parse_jsonl(name: str, stem: str, text: str) -> Iterator[Article | IngestError]:
    """One record per line; blank lines are skipped and a bad line does not stop the others."""
    n = 0
    for line_no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        n += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield IngestError(name, f"not valid JSON (column {e.colno}: {e.msg})", line=line_no)
            continue
        if isinstance(record, dict):
            yield from _article(record, name=name, default_id=f"{stem}:{n}", line=line_no)
        else:
            yield IngestError(name, f"line is a {_json_type(record)}, not an object", line=line_no)


def _parse_csv(name: str, stem: str, text: str) -> Iterator[Article | IngestError]:
    """A header row naming the columns (any case), then one record per row."""
    if csv.field_size_limit() < len(text):  # a whole article fits in one field
        csv.field_size_limit(len(text))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as e:
        raise _Bad(f"cannot read the CSV header: {e}") from None
    if not any(key in header for key in TEXT_KEYS):
        raise _Bad(f"no 'text' column (found: {', '.join(h for h in header if h) or 'no column names'})")
    n = 0
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise _Bad(f"line {start}: cannot read CSV ({e}); rows after it were not loaded") from None
        if any(cell.strip() for cell in row):
            n += 1
            record = {key: value for key, value in zip(header, row, strict=False) if key}
            yield from _article(record, name=name, default_id=f"{stem}:{n}", line=start)
        start = reader.line_num + 1
    if n == 0:
        yield IngestWarning(name, "the CSV has a header but no rows")


_PARSERS = {".txt": _parse_text, ".md": _parse_text, ".html": _parse_html, ".htm": _parse_html,
            ".json": _parse_json, ".jsonl": _parse_jsonl, ".csv": _parse_csv}


# --- Record → Article ------------------------------------------------------------------------------


def _article(record: dict, *, name: str, default_id: str, line: int | None = None) -> Iterator[Article | IngestError]:
    """Warnings about the record, then its ``Article`` or the error saying why there is none."""
    record = {str(k).lower(): v for k, v in record.items()}
    text = _first(record, TEXT_KEYS)
    if text is None:
        if any(key in record for key in TEXT_KEYS):
            yield IngestError(name, "empty text", line=line)
        else:
            found = ", ".join(record) or "no fields"
            yield IngestError(name, f"no 'text' field (found: {found})", line=line)
        return
    if not isinstance(text, str):
        yield IngestError(name, f"text is a {_json_type(text)}, not a string", line=line)
        return
    if not text.strip():
        yield IngestError(name, "empty text", line=line)
        return
    text = _normalise(text)
    raw_date = _first(record, DATE_KEYS)
    iso_date = _iso_date(raw_date)
    if raw_date is not None and iso_date is None:
        yield IngestWarning(name, f"unreadable date {str(raw_date)!r}; left empty", line=line)
    yield Article(
        id=_string(_first(record, ("id",))) or default_id,
        text=text,
        title=_string(_first(record, ("title",))),
        date=iso_date,
        source=_string(_first(record, ("source",))) or site_of(_string(_first(record, ("url",)))),
        url=_string(_first(record, ("url",))),
        path=name,
        content_hash=content_hash(text),
    )


def _first(record: dict, keys: tuple[str, ...]):
    """The first of ``keys`` with a value; empty strings count as missing."""
    for key in keys:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def _string(value) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return str(value).strip() or None


def _iso_date(value) -> str | None:
    """``YYYY-MM-DD`` from an ISO string, a YAML date or a written date with day, month and year."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text).date().isoformat()  # the date as written, not moved to UTC
    except ValueError:
        pass
    import dateparser  # slow first parse, only for dates that are not ISO

    settings = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        parsed = dateparser.parse(text, settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def _json_type(value) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


# --- Duplicates and results ------------------------------------------------------------------------


def _deduplicate(items: Iterable[Article | IngestError]) -> Iterator[Article | IngestError]:
    """Drop repeated texts (first one wins) and rename clashing ids (``-2``, ``-3``), with warnings."""
    first_by_hash: dict[str, str] = {}
    ids: set[str] = set()
    for item in items:
        if not isinstance(item, Article):
            yield item
            continue
        if item.content_hash in first_by_hash:
            first = first_by_hash[item.content_hash]
            yield DuplicateWarning(item.path or "", f"same text as article '{first}'; '{item.id}' left out",
                                   article_id=item.id, first_id=first)
            continue
        if item.id in ids:
            n = 2
            while f"{item.id}-{n}" in ids:
                n += 1
            new_id = f"{item.id}-{n}"
            yield IngestWarning(item.path or "", f"id '{item.id}' is already used by an article with "
                                                 f"different text; loaded as '{new_id}'")
            item.id = new_id
        ids.add(item.id)
        first_by_hash[item.content_hash] = item.id
        yield item


def _collect(items: Iterable[Article | IngestError]) -> LoadResult:
    result = LoadResult()
    for item in items:
        if isinstance(item, Article):
            result.articles.append(item)
        elif isinstance(item, DuplicateWarning):
            result.warnings.append(item)
            result.duplicates.append((item.article_id, item.first_id))
        elif isinstance(item, IngestWarning):
            result.warnings.append(item)
        else:
            result.errors.append(item)
    return result
