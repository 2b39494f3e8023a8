"""The layers of docs/architecture.md, checked from the code's own imports.

- ``diplomap`` never imports Streamlit; ``components``, ``app.py`` and ``dashboard.py`` are the only UI, and they
  never import the CLI (``diplomap.commands``, ``diplomap.cli``): what both need lives below.
- Layers only import downwards: extract → corpus → views → commands (see ``LAYERS``).
- No import circles between modules of ``diplomap``.
- No module over 400 lines; no function over 50 lines unless a ``# long:`` comment in
  its first lines says why (complexity is gated by ruff's C901 in the same way).
"""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "diplomap"
# Lower floors never import higher ones. Top-level modules (models, ids, gc_pause, deferred) are floor 0.
LAYERS = {"models": 0, "ids": 0, "gc_pause": 0, "deferred": 0, "extract": 1, "corpus": 2, "views": 3, "commands": 4, "cli": 4, "__main__": 5}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute, including imports inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def package_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def layer(module: str) -> int:
    return LAYERS[module.split(".")[1]] if "." in module else 0


def test_the_core_never_imports_streamlit():
    offenders = [name for name, path in package_modules().items()
                 if any(m.split(".")[0] == "streamlit" for m in imports_of(path))]
    assert offenders == []


def test_the_dashboard_never_imports_the_cli():
    ui = [*(ROOT / "components").glob("*.py"), ROOT / "app.py", ROOT / "dashboard.py"]
    offenders = [f"{path.name} → {m}" for path in ui for m in imports_of(path)
                 if m.startswith(("diplomap.commands", "diplomap.cli"))]
    assert offenders == []


def test_layers_only_import_downwards():
    modules = package_modules()
    upward = []
    for name, path in modules.items():
        for target in imports_of(path) & modules.keys():
            if target != "diplomap" and layer(target) > layer(name):
                upward.append(f"{name} → {target}")
    assert upward == []


def test_no_import_circles():
    modules = package_modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_edges_from((name, t) for t in imports_of(path) & modules.keys()
                             if t != name and not name.startswith(t + "."))
    assert list(nx.simple_cycles(graph)) == []


def test_modules_and_functions_stay_small():
    too_long = []
    for name, path in package_modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_MODULE_LINES:
            too_long.append(f"{name}: {len(lines)} lines")
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                head = "\n".join(lines[node.lineno - 1: node.lineno + 3])
                if length > MAX_FUNCTION_LINES and "# long:" not in head:
                    too_long.append(f"{name}.{node.name}: {length} lines")
    assert too_long == []
