"""Analyst corrections: a human-editable YAML file applied at resolve time.

Corrections are never baked into stored extractions, so they survive re-ingest and
``--rebuild``. Loading never raises on a bad file: every malformed entry becomes a
message in ``Corrections.errors`` and the other entries still apply. Ids that do not
exist can only be found when resolving; ``resolve.resolve_with_problems`` reports them. A file that cannot be parsed at all
(bad YAML, ``!!python`` tags, a list at the top, over ``MAX_BYTES``, an alias bomb) sets
``Corrections.unreadable``: the command line exits 1 on it, the dashboard warns.
The format is documented in ``data/corrections.example.yaml``.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..ids import slug
from .safe_read import ReadRefused, read_regular

DEFAULT_CORRECTIONS = Path("data/corrections.yaml")
SECTIONS = ("split", "merge", "rename", "set", "hide")  # also the order they are applied in
SET_FIELDS = ("country", "role")

MAX_BYTES = 1_000_000  # a corrections file is typed by people: a bigger one is a mistake or an attack
MAX_COLLECTION_ALIASES = 10  # ``*name`` pointing at a list or mapping; more would allow an exponential blow-up

_COUNTRY = re.compile(r"[A-Z]{3}")
_ITEM_ID = re.compile(r".+#[iq][1-9][0-9]*")


class CorrectionsError(ValueError):
    """The corrections file cannot be edited without losing what it holds."""


@dataclass
class Merge:
    into: str
    ids: list[str]


@dataclass
class Split:
    id: str
    article: str
    new_id: str
    name: str | None = None


@dataclass
class SetFields:
    id: str
    fields: dict[str, str | None]  # keys from SET_FIELDS; None clears the value


@dataclass
class Corrections:
    merges: list[Merge] = field(default_factory=list)
    splits: list[Split] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)
    sets: list[SetFields] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # malformed entries, left out
    path: str | None = None
    unreadable: str | None = None  # why the whole file could not be parsed (also in ``errors``)

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits or self.renames or self.sets or self.hidden)


def load_corrections(path: str | Path = DEFAULT_CORRECTIONS) -> Corrections:
    """The corrections in ``path``; a missing file is no corrections, a bad one is reported in ``errors``."""
    return read_corrections(path)[1]


def read_corrections(path: str | Path) -> tuple[bytes, Corrections]:
    """The file's bytes (``b""`` if there is none) and what they say; never raises, never reads over ``MAX_BYTES``."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return b"", Corrections(path=str(path))
    try:
        data = read_regular(path, MAX_BYTES)
        text = data.decode("utf-8")
    except (ReadRefused, UnicodeDecodeError) as e:
        bad = _unreadable(str(path), f"cannot read: {e}")
        return f"?{bad.unreadable}".encode(), bad
    return data, parse_corrections(text, source=str(path))


def _unreadable(source: str, why: str) -> Corrections:
    message = f"{source}: {why}; no correction in it is applied"
    return Corrections(path=source, errors=[message], unreadable=message)


class _Loader(yaml.SafeLoader):
    """``yaml.safe_load``'s loader, refusing documents whose aliases could expand exponentially."""

    collection_aliases = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            node = self.anchors.get(self.peek_event().anchor)
            if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
                self.collection_aliases += 1
                if self.collection_aliases > MAX_COLLECTION_ALIASES:
                    raise yaml.YAMLError(f"more than {MAX_COLLECTION_ALIASES} aliases (*name) of lists or mappings; "
                                         f"refused, as they can make a small file expand to gigabytes")
        return super().compose_node(parent, index)


def safe_load(text: str):
    """``yaml.safe_load`` with a size cap and no alias bombs; ``yaml.YAMLError`` for what it refuses."""
    if len(text) > MAX_BYTES:
        raise yaml.YAMLError(f"{len(text):,} characters, over the limit of {MAX_BYTES:,}")
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def parse_corrections(text: str, *, source: str = "corrections") -> Corrections:
    result = Corrections(path=source)
    try:
        data = safe_load(text)
    except yaml.YAMLError as e:
        return _unreadable(source, f"not valid YAML: {' '.join(str(e).split())[:500]}")
    except RecursionError:
        return _unreadable(source, "not valid YAML: nested too deeply")
    if data is None:
        return result
    if not isinstance(data, dict):
        return _unreadable(source, f"expected sections ({', '.join(SECTIONS)}), found a {type(data).__name__}")
    for key in data:
        if key not in SECTIONS:
            result.errors.append(f"{source}: unknown section {key!r}; known: {', '.join(SECTIONS)}")
    for key, parse in _SECTION_PARSERS.items():
        if data.get(key) is not None:
            parse(data[key], result, f"{source}: {key}")
    return result


# --- One section each: append what is valid to ``result``, explain what is not --------------------------


def _parse_merge(value, result: Corrections, where: str) -> None:
    for n, entry in _entries(value, result, where):
        if _keys(entry, {"into", "ids"}, {"into", "ids"}, result, f"{where} #{n}"):
            into, ids = entry["into"], entry["ids"]
            if not _is_id(into):
                result.errors.append(f"{where} #{n}: 'into' must be an actor id, found {into!r}")
            elif not (isinstance(ids, list) and ids and all(_is_id(i) for i in ids)):
                result.errors.append(f"{where} #{n}: 'ids' must be a list of actor ids, found {ids!r}")
            else:
                result.merges.append(Merge(into=str(into), ids=[str(i) for i in ids]))


def _parse_split(value, result: Corrections, where: str) -> None:

    for n, entry in _entries(value, result, where):
        if not _keys(entry, {"id", "article"}, {"id", "article", "new_id", "name"}, result, f"{where} #{n}"):
            continue
        bad = [k for k in ("id", "article", "new_id", "name") if k in entry and not _is_id(entry[k])]
        if bad:
            result.errors.append(f"{where} #{n}: {', '.join(bad)} must be text")
        elif not (entry.get("new_id") or entry.get("name")):
            result.errors.append(f"{where} #{n}: give the split-off actor a 'name' or a 'new_id'")
        else:
            name = str(entry["name"]) if entry.get("name") else None
            new_id = str(entry.get("new_id") or slug(name or ""))
            result.splits.append(Split(id=str(entry["id"]), article=str(entry["article"]), new_id=new_id,
                                       name=name))


def _parse_rename(value, result: Corrections, where: str) -> None:
    if not isinstance(value, dict):
        result.errors.append(f"{where}: expected 'actor-id: New Name' lines, found a {type(value).__name__}")
        return
    for key, name in value.items():
        if not _is_id(key) or not _is_id(name):
            result.errors.append(f"{where}: {key!r}: expected 'actor-id: New Name', found {name!r}")
        else:
            result.renames[str(key)] = str(name)


def _parse_set(value, result: Corrections, where: str) -> None:
    for n, entry in _entries(value, result, where):
        if not _keys(entry, {"id"}, {"id", *SET_FIELDS}, result, f"{where} #{n}"):
            continue
        fields = {k: entry[k] for k in SET_FIELDS if k in entry}
        if not _is_id(entry["id"]):
            result.errors.append(f"{where} #{n}: 'id' must be an actor id, found {entry['id']!r}")
        elif not fields:
            result.errors.append(f"{where} #{n}: nothing to set; give {' and/or '.join(SET_FIELDS)}")
        elif fields.get("country") is not None and not _COUNTRY.fullmatch(str(fields["country"])):
            result.errors.append(f"{where} #{n}: country must be an ISO 3166-1 alpha-3 code such as USA, "
                                 f"found {fields['country']!r}")
        elif fields.get("role") is not None and not _is_id(fields["role"]):
            result.errors.append(f"{where} #{n}: role must be text, found {fields['role']!r}")
        else:
            result.sets.append(SetFields(id=str(entry["id"]), fields={k: _text(v) for k, v in fields.items()}))


def _parse_hide(value, result: Corrections, where: str) -> None:
    if not isinstance(value, list):
        result.errors.append(f"{where}: expected a list of item ids, found a {type(value).__name__}")
        return
    for n, item in enumerate(value, 1):
        if isinstance(item, str) and _ITEM_ID.fullmatch(item):
            result.hidden.append(item)
        else:
            result.errors.append(f"{where} #{n}: expected '<article id>#i<n>' (interaction) or "
                                 f"'<article id>#q<n>' (quote), found {item!r}")


_SECTION_PARSERS = {"split": _parse_split, "merge": _parse_merge, "rename": _parse_rename,
                    "set": _parse_set, "hide": _parse_hide}


def _entries(value, result: Corrections, where: str):
    if not isinstance(value, list):
        result.errors.append(f"{where}: expected a list of entries ('- ...' lines), found a {type(value).__name__}")
        return
    for n, entry in enumerate(value, 1):
        if isinstance(entry, dict):
            yield n, entry
        else:
            result.errors.append(f"{where} #{n}: expected 'key: value' fields, found {entry!r}")


def _keys(entry: dict, required: set, allowed: set, result: Corrections, where: str) -> bool:
    missing = sorted(required - entry.keys())
    unknown = sorted(str(k) for k in entry.keys() - allowed)
    if missing:
        result.errors.append(f"{where}: missing {', '.join(missing)}")
    if unknown:
        result.errors.append(f"{where}: unknown field {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    return not missing and not unknown


def _text(value) -> str | None:
    return None if value is None else str(value)


def _is_id(value) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip() != ""


# --- Editing the file: append one entry, keeping every other line (comments included) ---------------------


def write_corrections(path: str | Path, text: str) -> None:
    """Replace the file at ``path`` with ``text`` in one step (a temporary file renamed over it), so a
    reader never sees half a file and a full disk leaves the old one whole."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def edit_text(text: str, section: str, entry, *, source: str = "corrections") -> tuple[str, bool]:
    """The corrections file ``text`` with ``entry`` appended to ``section``, and whether comments were kept.

    For ``rename`` the entry is ``{id: name}``; for ``hide`` an item id; else a dict.
    The new lines are inserted as text, so comments and layout stay; when the file's
    layout does not allow that, it is rewritten from its data (comments lost, entries kept).
    """
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}")
    try:
        data = safe_load(text)
    except (yaml.YAMLError, RecursionError) as e:
        raise CorrectionsError(f"{source}: not valid YAML, fix it first: {' '.join(str(e).split())[:500]}") from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise CorrectionsError(f"{source}: expected sections ({', '.join(SECTIONS)}); fix the file first")
    expected = copy.deepcopy(data)
    if section == "rename":
        if not isinstance(expected.get("rename") or {}, dict):
            raise CorrectionsError(f"{source}: 'rename' is not a mapping; fix the file first")
        expected["rename"] = {**(expected.get("rename") or {}), **entry}
    else:
        if not isinstance(expected.get(section) or [], list):
            raise CorrectionsError(f"{source}: '{section}' is not a list; fix the file first")
        expected[section] = [*(expected.get(section) or []), entry]
    candidate = _insert_text(text, section, entry)
    if candidate is not None and _loads(candidate) == expected:
        return candidate, True
    return yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, default_flow_style=False), False


def _insert_text(text: str, section: str, entry) -> str | None:
    """``text`` with ``entry`` added at the end of the block-style ``section``; None if it is not one."""
    lines = text.splitlines()
    head = next((n for n, line in enumerate(lines) if re.match(rf"{re.escape(section)}:\s*(#.*)?$", line)), None)
    if head is None:
        if any(re.match(rf"{re.escape(section)}\s*:", line) for line in lines):
            return None  # present in a form we do not edit as text (flow style, inline value)
        lines += ([""] if lines and lines[-1].strip() else []) + [f"{section}:"]
        head = len(lines) - 1
    end = head + 1  # the block runs to the next line that starts at column 0 and is not a comment
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t#-"):
        end += 1
    content = [n for n in range(head + 1, end) if lines[n].strip() and not lines[n].lstrip().startswith("#")]
    last = content[-1] if content else head
    indent = len(lines[content[0]]) - len(lines[content[0]].lstrip()) if content else 2
    body = yaml.safe_dump(entry if section == "rename" else [entry], sort_keys=False, allow_unicode=True,
                          default_flow_style=False).splitlines()
    new = [" " * indent + line for line in body]
    return "\n".join(lines[:last + 1] + new + lines[last + 1:]) + "\n"


def _loads(text: str):
    try:
        data = safe_load(text)
    except (yaml.YAMLError, RecursionError):
        return None
    return {} if data is None else data
