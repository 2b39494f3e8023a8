"""One decoded file → ``Article`` records, by format: text with front matter, HTML, JSON,
JSON Lines and CSV. Each bad record becomes its own ``IngestError``."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

import yaml

from ..models import Article, IngestError, IngestNote, IngestWarning
from .safe_read import scrub

# Record fields, in order of preference; keys are matched case-insensitively.
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("date", "published", "published_at", "datetime")
TITLE_MAX_CHARS = 200  # a longer first line is a paragraph, not a title

_FRONT_MATTER = re.compile(r"---[ \t]*\n(?:(.*?)\n)?---[ \t]*(?:\n|$)", re.S)


@dataclass(frozen=True)
class DuplicateWarning(IngestWarning):
    """An article whose text was already loaded under another id; it is left out."""

    article_id: str = ""
    first_id: str = ""


class BadRecord(Exception):
    """A whole file cannot be read; the message is shown to the user."""


def content_hash(text: str) -> str:
    """Identity of an article's text, the same however its accents were composed and its words spaced
    (leading, trailing and repeated whitespace and newlines do not count)."""
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", scrub(text)).split()).encode("utf-8")).hexdigest()


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


def describe_error(e: BaseException) -> str:
    text = one_line(e)
    return f"{type(e).__name__}: {text[:300]}" if text else type(e).__name__


def normalise_text(text: str) -> str:
    """NFC and ``\\n`` line ends, so offsets and hashes do not depend on the writer's platform;
    lone surrogates (from JSON escapes such as ``\\ud800``) become U+FFFD before hashing and storing."""
    return unicodedata.normalize("NFC", scrub(text).replace("\r\n", "\n").replace("\r", "\n"))


# --- Formats -----------------------------------------------------------------------------------------


def _parse_text(name: str, stem: str, text: str) -> Iterator[Article | IngestNote]:
    """A ``.txt``/``.md`` article: optional YAML front matter, then the body as the text."""
    meta, body = _split_front_matter(text)
    body = body.strip()
    if not body:
        raise BadRecord("no article text after the front matter")
    record = {**meta, "text": body}
    if not _first(record, ("title",)):
        record["title"] = _title_line(body, markdown=name.lower().endswith(".md"))
    yield from _article(record, name=name, default_id=stem)


def _split_front_matter(text: str) -> tuple[dict, str]:
    if not re.match(r"---[ \t]*\n", text):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if not match:
        raise BadRecord("front matter opened with '---' on line 1 is never closed by another '---' line")
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as e:
        raise BadRecord(f"front matter is not valid YAML: {one_line(e)}") from None
    if not isinstance(meta, dict):
        raise BadRecord(f"front matter must be 'key: value' lines, found {type(meta).__name__}")
    return meta, text[match.end():]


def _title_line(body: str, *, markdown: bool) -> str | None:
    """The first line, when it is short and more text follows; metadata only, it stays in the text."""
    first, _, rest = body.partition("\n")
    first = first.lstrip("#").strip() if markdown else first.strip()
    if first and len(first) < TITLE_MAX_CHARS and rest.strip():
        return first
    return None


def _parse_html(name: str, stem: str, text: str) -> Iterator[Article | IngestNote]:
    """Main text, title and date of a saved web page; scripts, styles and navigation never reach the text."""
    import trafilatura  # slow import, only needed for HTML

    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, as_dict=False)
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        raise BadRecord(f"cannot extract text from HTML: {one_line(e)}") from None
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():  # a Document, as asked
        raise BadRecord("no article text found in the HTML")
    record = {"text": doc.text, "title": doc.title, "date": doc.date, "url": doc.url, "source": doc.sitename}
    yield from _article(record, name=name, default_id=stem)


def _parse_json(name: str, stem: str, text: str) -> Iterator[Article | IngestNote]:
    """One record (an object) or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadRecord(f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except RecursionError:
        raise BadRecord(_TOO_DEEP) from None
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
        raise BadRecord(f"expected an object or a list of objects, found a {_json_type(data)}")


_TOO_DEEP = "JSON nested too deeply (lists or objects inside each other hundreds of levels deep)"


def _parse_jsonl(name: str, stem: str, text: str) -> Iterator[Article | IngestNote]:
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
        except RecursionError:
            yield IngestError(name, _TOO_DEEP, line=line_no)
            continue
        if isinstance(record, dict):
            yield from _article(record, name=name, default_id=f"{stem}:{n}", line=line_no)
        else:
            yield IngestError(name, f"line is a {_json_type(record)}, not an object", line=line_no)


def _parse_csv(name: str, stem: str, text: str) -> Iterator[Article | IngestNote]:
    """A header row naming the columns (any case), then one record per row."""
    if csv.field_size_limit() < len(text):  # a whole article fits in one field
        csv.field_size_limit(len(text))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as e:
        raise BadRecord(f"cannot read the CSV header: {e}") from None
    if not any(key in header for key in TEXT_KEYS):
        raise BadRecord(f"no 'text' column (found: {', '.join(h for h in header if h) or 'no column names'})")
    n = 0
    start = reader.line_num + 1
    lines = text.split("\n")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise BadRecord(f"line {start}: cannot read CSV ({e}); rows after it were not loaded") from None
        if reader.line_num > start and "\n".join(lines[start - 1:reader.line_num]).count('"') % 2:
            # an odd number of quotes over several lines: a quoted field that is never closed swallowed the rest
            yield IngestError(name, f"a quoted field is never closed: lines {start}-{reader.line_num} (the rest "
                                    f"of the file) were not loaded; add the missing '\"'", line=start)
            return
        if any(cell.strip() for cell in row):
            n += 1
            record = {key: value for key, value in zip(header, row, strict=False) if key}
            yield from _article(record, name=name, default_id=f"{stem}:{n}", line=start)
        start = reader.line_num + 1
    if n == 0:
        yield IngestWarning(name, "the CSV has a header but no rows")


PARSERS = {".txt": _parse_text, ".md": _parse_text, ".html": _parse_html, ".htm": _parse_html,
            ".json": _parse_json, ".jsonl": _parse_jsonl, ".csv": _parse_csv}


# --- Record → Article ------------------------------------------------------------------------------


def _article(record: dict, *, name: str, default_id: str, line: int | None = None) -> Iterator[Article | IngestNote]:
    """Warnings about the record, then its ``Article`` or the error saying why there is none;
    an unexpected exception is this record's error, and the next records still load."""
    try:
        yield from _record_article(record, name=scrub(name), default_id=scrub(default_id), line=line)
    except Exception as e:  # noqa: BLE001
        yield IngestError(scrub(name), f"cannot read this record: {describe_error(e)}", line=line)


def _record_article(record: dict, *, name: str, default_id: str, line: int | None) -> Iterator[Article | IngestNote]:
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
    text = normalise_text(text)
    raw_date = _first(record, DATE_KEYS)
    iso_date = _iso_date(raw_date)
    if raw_date is not None and iso_date is None:
        yield IngestWarning(name, f"unreadable date {scrub(str(raw_date))[:100]!r}; left empty", line=line)
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
    return scrub(str(value)).strip() or None


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


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
