"""A newcomer's first run, in whatever environment runs the tests (CI: a fresh venv from requirements.txt).

Every module of ``diplomap/`` and ``components/`` imports, every third-party package they, ``app.py`` or ``dashboard.py``
import is declared, and the app's first page draws the graph of the seed article. Modules are found
with ``pkgutil.walk_packages``, so the tests follow modules as they move between sub-packages.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import shutil
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from table_helpers import maps

import components
import diplomap

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (diplomap, components)
SOURCES = [ROOT / "app.py", ROOT / "dashboard.py", *(ROOT / "diplomap").rglob("*.py"), *(ROOT / "components").rglob("*.py")]
LOCAL = {"diplomap", "components", "dashboard"}  # dashboard.py: the page app.py serves
SEED = ROOT / "data" / "articles" / "seed-starmer-ukraine.txt"


def _modules() -> list[str]:
    """Every module and package under ``PACKAGES``, without the ``__main__`` entry points (they run the CLI).

    A sub-package that cannot be imported is listed too (walk_packages would skip it silently), so
    its import test fails with the real error.
    """
    names: list[str] = []
    for package in PACKAGES:
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + ".",
                                          onerror=names.append):
            names.append(info.name)
    return sorted({name for name in names if not name.endswith(".__main__")})


@pytest.mark.parametrize("name", _modules())
def test_every_module_imports(name):
    importlib.import_module(name)


def test_modules_are_found_in_sub_packages():
    names = _modules()
    assert "diplomap.models" in names and "components.state" in names
    assert any(name.count(".") >= 2 for name in names if name.startswith("diplomap.")), names


def _normalize(distribution: str) -> str:
    return re.sub(r"[-_.]+", "-", distribution).lower()


def _requirement_name(line: str) -> str | None:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line.split("#", 1)[0])
    return _normalize(match.group(1)) if match else None


def _declared_in_requirements() -> set[str]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return {name for line in lines if (name := _requirement_name(line))}


def _declared_in_pyproject() -> set[str]:
    """``[project] dependencies``: what ``pip install -e .`` installs."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {name for spec in project["dependencies"] if (name := _requirement_name(spec))}


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level module → the files that import it: ``import x``, ``from x import``, and the literal
    names given to ``importlib.import_module`` / ``importlib.util.find_spec``."""
    found: dict[str, set[str]] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in ("import_module", "find_spec") and node.args
                  and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                names = [node.args[0].value]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in LOCAL and top != "__future__":
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_import_scan_sees_the_dependencies():
    imports = _third_party_imports()
    assert {"spacy", "streamlit", "networkx", "pyvis"} <= set(imports), sorted(imports)


@pytest.mark.parametrize("declared", [_declared_in_requirements, _declared_in_pyproject],
                         ids=["requirements.txt", "pyproject.toml"])
def test_every_third_party_import_is_declared(declared):
    distributions = packages_distributions()
    names = declared()
    undeclared = {}
    for module, files in sorted(_third_party_imports().items()):
        candidates = distributions.get(module)
        if not candidates:
            undeclared[module] = f"not installed, imported by {sorted(files)}"
        elif not any(_normalize(d) in names for d in candidates):
            undeclared[module] = f"{'/'.join(candidates)} is not declared, imported by {sorted(files)}"
    assert not undeclared, undeclared


def test_requirements_pin_every_declared_dependency():
    """requirements.txt is the pinned, complete set: every dependency of pyproject.toml, with ``==``."""
    lines = [line.split("#", 1)[0].strip() for line in
             (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()]
    unpinned = [line for line in lines if line and "==" not in line]
    assert not unpinned, unpinned
    assert _declared_in_pyproject() <= _declared_in_requirements()


@pytest.mark.slow
def test_the_first_page_shows_the_graph_of_the_seed_article(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles)
    monkeypatch.setenv("DIPLOMAP_STORE", str(tmp_path / "diplomap.db"))
    monkeypatch.setenv("DIPLOMAP_ARTICLES", str(articles))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180).run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    [data] = maps(at)  # the map component (components v2) and the page it shows
    assert data["title"] == "Who-met-whom graph"
    assert "Keir Starmer" in data["html"]
