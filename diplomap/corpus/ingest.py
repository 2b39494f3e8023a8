"""Files and folders of stored articles → ``Article`` records (the formats: ``formats``).

Reads ``.txt``/``.md`` (optional YAML front matter), ``.html``/``.htm`` (main text
via trafilatura, no network), and collections of records in ``.json``, ``.jsonl``
and ``.csv``. A bad file, line or row becomes an ``IngestError`` and everything
else still loads; things that loaded but not quite as written (a guessed encoding,
an unreadable date, a renamed id, a duplicate text) become ``IngestWarning``.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from ..models import Article, IngestError, IngestNote, IngestWarning
from .formats import (
    PARSERS,
    BadRecord,
    DuplicateWarning,
    describe_error,
    normalise_text,
)
from .safe_read import ReadRefused, read_regular, scrub, too_big

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
BINARY_SAMPLE = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (dup article id, first id)


def load_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Load every article under ``paths``, collecting errors and warnings instead of raising."""
    return _collect(iter_paths(paths, max_bytes=max_bytes))


def iter_paths(paths: Iterable[str | Path] | str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | IngestNote]:
    """Stream articles, errors and warnings (``IngestWarning``) in file order, for progress on big piles.

    Files and folders (recursive, sorted, hidden entries skipped) are read one at a time;
    duplicate texts are dropped and clashing ids renamed as in ``load_paths``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _deduplicate(_iter_given(paths, max_bytes))


def load_bytes(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Load an uploaded file; ``name`` gives the format (by extension), the default id and ``path``."""
    return _collect(_deduplicate(_guarded(name, _load_data(name, data, max_bytes))))


# --- Paths ---------------------------------------------------------------------------------------


def _guarded(name: str, items: Iterator[Article | IngestNote]) -> Iterator[Article | IngestNote]:
    """Everything ``items`` yields; an exception (a bug, a RecursionError...) becomes this file's error."""
    try:
        yield from items
    except Exception as e:  # noqa: BLE001 - one bad file never stops the others
        yield IngestError(scrub(name), f"cannot read: {describe_error(e)}")


def _iter_given(paths: Iterable[str | Path], max_bytes: int) -> Iterator[Article | IngestNote]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, max_bytes, set())
        elif path.is_file():
            yield from _guarded(str(path), _load_file(path, max_bytes))
        elif path.exists():
            yield IngestError(str(given), "not a regular file or folder")
        else:
            yield IngestError(str(given), "no such file or folder")


# README.md, PROVENANCE.md, LICENSE.txt ... describe a folder of articles; they are not articles.
FOLDER_DOCS = ("README", "PROVENANCE", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "COPYING", "CONTRIBUTING")


def _walk(folder: Path, max_bytes: int, visited: set) -> Iterator[Article | IngestNote]:
    """A folder, recursively; ``visited`` holds the (device, inode) of folders already read, so
    links to a folder (a link to itself, two links to each other) are read at most once."""
    try:
        info = folder.stat()
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as e:
        yield IngestError(str(folder), f"cannot list folder: {e.strerror or e}")
        return
    if (info.st_dev, info.st_ino) in visited:
        yield IngestWarning(str(folder), "skipped: a link to a folder that is already read")
        return
    visited.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:  # a link loop, a name too long
            is_dir = False
        if is_dir:
            yield from _walk(entry, max_bytes, visited)
        elif entry.stem.upper() in FOLDER_DOCS or entry.stem.upper().startswith(FOLDER_DOCS):
            yield IngestWarning(str(entry), "skipped: a folder's documentation file, not an article "
                                            "(name the file to read it)")
        elif entry.suffix.lower() in SUPPORTED:
            yield from _guarded(str(entry), _load_file(entry, max_bytes))
        else:
            yield IngestWarning(str(entry), f"skipped: {_unsupported(entry.suffix)}")


def _load_file(path: Path, max_bytes: int) -> Iterator[Article | IngestNote]:
    """A file named by the user. One with an unknown extension (a temp file such as
    ``tmp.x7Fq2``) is read when its content is JSON Lines, JSON or HTML, with a warning;
    anything else (a PDF, a picture) is refused."""
    name = str(path)
    suffix = path.suffix.lower()
    unknown = suffix not in SUPPORTED
    if unknown:
        suffix = ""
    try:  # only a regular file, never more than max_bytes + 1 bytes (a link to /dev/zero, a FIFO)
        data = read_regular(path, max_bytes)
    except ReadRefused as e:
        yield IngestError(name, str(e))
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


_too_big = too_big


# --- Bytes → text ----------------------------------------------------------------------------------


def _load_data(name: str, data: bytes, max_bytes: int, suffix: str | None = None) -> Iterator[Article | IngestNote]:
    suffix = PurePath(name).suffix.lower() if suffix is None else suffix
    if suffix and suffix not in SUPPORTED:
        yield IngestError(name, _unsupported(suffix))
        return
    if len(data) > max_bytes:
        yield IngestError(name, _too_big(len(data), max_bytes))
        return
    try:
        text, encoding = _decode(data)
    except BadRecord as e:
        yield IngestError(name, str(e))
        return
    if encoding:
        yield IngestWarning(name, f"not valid UTF-8; read as {encoding}")
    if not suffix:  # a file named without an extension (a temp file, a pipe): tell by its content
        suffix = _sniff(text)
    try:
        yield from PARSERS[suffix](name, PurePath(name).stem, normalise_text(text))
    except BadRecord as e:
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
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: same first bytes
        try:
            text = data.decode("utf-32")
        except UnicodeDecodeError as e:
            raise BadRecord(f"starts like UTF-32 but cannot be decoded: {e.reason}") from None
        return _nonempty(text), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise BadRecord(f"starts like UTF-16 but cannot be decoded: {e.reason}") from None
        return _nonempty(text), None
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample or (sample and sum(sample.count(b) for b in _CONTROL_BYTES) > len(sample) // 10):
        raise BadRecord("binary file, not text")
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
        raise BadRecord("empty file")
    return text


# --- Duplicates and results ------------------------------------------------------------------------


def _deduplicate(items: Iterable[Article | IngestNote]) -> Iterator[Article | IngestNote]:
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


def _collect(items: Iterable[Article | IngestNote]) -> LoadResult:
    result = LoadResult()
    for item in items:
        if isinstance(item, Article):
            result.articles.append(item)
        elif isinstance(item, DuplicateWarning):
            result.warnings.append(item)
            result.duplicates.append((item.article_id, item.first_id))
        elif isinstance(item, IngestWarning):
            result.warnings.append(item)
        elif isinstance(item, IngestError):
            result.errors.append(item)
        else:
            raise TypeError(f"not an article, error or warning: {item!r}")
    return result
