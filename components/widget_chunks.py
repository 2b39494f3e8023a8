"""Streamlit's own scripts for the widgets of the rest of a first page, fetched once the map is drawn.

Streamlit loads each widget's code when a page first shows that widget (a lazy import, then its
imports, then the next widget's): the rest of a session's first page (``map_drawn``) requested its
scripts in six to eight waves, 0.8-1.0 s from the first to the last at 100,000 articles, each wave a
round trip and a compile while the rest was being drawn. The map's component imports them all at once
the moment its map is drawn, while the server runs the page again for that rest (0.1-0.4 s it would
otherwise wait through): Streamlit's lazy imports of the same addresses then find them loaded. Only
names found in Streamlit's build are listed (they carry a hash that changes with its version); none
found, nothing is fetched early.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import streamlit

STATIC_JS = Path(streamlit.__file__).resolve().parent / "static" / "static" / "js"
# the sidebar's widgets and the quotes' search box and page number; the libraries their code loads later
CHUNKS = ("TextInput", "Multiselect", "NumberInput", "Radio", "Checkbox", "Slider", "Button",
          "moment", "numbro", "formatNumber", "formatMoment", "withCalculatedWidth")


@lru_cache(maxsize=1)
def widget_chunks() -> tuple[str, ...]:
    """The scripts' addresses relative to the page (``static/js/Multiselect.<hash>.js``), each with the
    scripts it imports (as Streamlit's build lists them for its own lazy import, when it can be read):
    fetched together, not a level of imports at a time."""
    listed = _build_deps()
    found: dict[str, None] = {}
    for name in CHUNKS:
        files = [f.name for f in STATIC_JS.glob(f"{name}.*.js") if f.name.count(".") == 2]  # not Name.x.hash.js
        if len(files) == 1:
            found.update(dict.fromkeys([files[0], *listed.get(files[0], ())]))
    return tuple(f"static/js/{name}" for name in found)


_ENTRY = re.compile(r'src="\./static/js/([\w.-]+\.js)"')  # the page's main script
_FILES = re.compile(r"m\.f=\[([^\]]*)\]")
_LAZY = re.compile(r"import\(`\./([\w.-]+\.js)`\),__vite__mapDeps\(\[([\d,]*)\]\)")


def _build_deps() -> dict[str, tuple[str, ...]]:
    """Each lazily imported script of Streamlit's main script → the scripts it needs (Vite's ``__vite__mapDeps``
    table); empty if the build is not laid out so."""
    try:
        page = (STATIC_JS.parent.parent / "index.html").read_text(encoding="utf-8")
        entry = _ENTRY.search(page)
        main = (STATIC_JS / entry.group(1)).read_text(encoding="utf-8") if entry else ""
    except (OSError, UnicodeDecodeError):
        return {}
    table = _FILES.search(main)
    if not table:
        return {}
    files = [f.strip().strip('"`\'').removeprefix("./") for f in table.group(1).split(",")]
    deps = {}
    for chunk, indices in _LAZY.findall(main):
        deps[chunk] = tuple(files[int(i)] for i in indices.split(",") if i and int(i) < len(files))
    return deps
