"""The map page's scripts and stylesheets: vis-network's as pyvis ships them, and the page's own
(``frontend/``), each script with its SHA-256 (``sha256-…``): its subresource integrity and,
quoted, the source the page's Content-Security-Policy admits it by."""
from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

VIS_VERSION = "vis-9.1.2"
FRONTEND = Path(__file__).parent / "frontend"


@lru_cache(maxsize=1)
def vis_network() -> tuple[str, str, str]:
    """vis-network's JS, its SHA-256 and its CSS as shipped by pyvis, checked safe to inline."""
    spec = importlib.util.find_spec("pyvis")  # not imported: it pulls in IPython
    if spec is None or spec.origin is None:
        raise ImportError("diplomap.render needs pyvis 0.3.2, which ships vis-network")
    vis_dir = Path(spec.origin).parent / "templates" / "lib" / VIS_VERSION
    js = (vis_dir / "vis-network.min.js").read_text(encoding="utf-8")
    css = _without_button_images((vis_dir / "vis-network.css").read_text(encoding="utf-8"))
    if "</script" in js.lower() or "<!--" in js or "</style" in css.lower():
        raise RuntimeError(f"{vis_dir} cannot be inlined: it would close its own tag")
    return js, integrity(js), css


def _without_button_images(css: str) -> str:
    """vis-network's stylesheet without the rules that draw its own buttons from inline images.

    They style the edit, navigation and configurator buttons, which the map never turns on (it has
    its own toolbar), and are 207 of the sheet's 220 kB: every map page would carry them."""
    return re.sub(r"[^{}]*\{[^{}]*url\(\s*[\"']?data:[^{}]*\}", "", css)


@lru_cache(maxsize=1)
def vis_network_file() -> tuple[str, str]:
    """vis-network's script and a file name for a server to send it under: the name holds the
    content's hash, so a browser may keep it for good (``render_html(..., vis_src=...)``)."""
    js = vis_network()[0]
    return js, f"vis-network-{hashlib.sha256(js.encode('utf-8')).hexdigest()[:16]}.min.js"


def integrity(script: str) -> str:
    """The script's SHA-256 as subresource integrity writes it (quoted, a CSP source)."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()


@lru_cache(maxsize=1)
def map_frontend() -> tuple[str, str, str]:
    """The map page's own script, its SHA-256, and its stylesheet (diplomap/views/frontend/)."""
    js = (FRONTEND / "map.js").read_text(encoding="utf-8")
    css = (FRONTEND / "map.css").read_text(encoding="utf-8")
    return js, integrity(js), css


def vis_script_tag(src: str | None) -> str:
    """vis-network's script tag: inline, or loaded from ``src`` and run only if its hash matches
    (``crossorigin``: the sandboxed frame's origin is opaque, so every load is cross-origin)."""
    js, sha, _ = vis_network()
    if src is None:
        return f"<script>{js}</script>"
    return f'<script src="{html.escape(src)}" integrity="{sha}" crossorigin="anonymous"></script>'
