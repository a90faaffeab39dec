"""The layering of the packages, checked: every import of every module, including the imports
inside functions that a plain import graph misses, must go downwards.

The picture (README, developer section): ``webapp`` (with the CLI) sits on ``indexer``;
inside ``indexer``, ``search`` and ``ingest`` sit on ``query``/``engine`` and
``readers``/``metadata``, and ``engine`` on ``analysis`` and the top-level modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Importer (a package prefix) -> packages it must not import.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "indexer": ("webapp",),
    "indexer.engine": (
        "indexer.query", "indexer.search", "indexer.ingest", "indexer.metadata", "indexer.readers",
    ),
    "indexer.query": ("indexer.search", "indexer.ingest", "indexer.readers"),
    "indexer.search": ("indexer.ingest", "indexer.readers"),
    "indexer.ingest": ("indexer.search", "indexer.query"),
    "indexer.readers": ("indexer.ingest", "indexer.search", "indexer.query", "indexer.engine"),
    "indexer.metadata": ("indexer.ingest", "indexer.search", "indexer.query", "indexer.engine"),
    "indexer.analysis": (
        "indexer.engine", "indexer.query", "indexer.search", "indexer.ingest", "indexer.metadata",
        "indexer.readers",
    ),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Every module name an import statement anywhere in ``tree`` may load (for ``from a import
    b``, both ``a`` and ``a.b``, since ``b`` may be a submodule)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")
                package = package if is_package else package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def violations(module: str, names: set[str]) -> list[str]:
    found = []
    for importer, banned in FORBIDDEN.items():
        if not _within(module, importer):
            continue
        for name in sorted(names):
            for package in banned:
                if _within(name, package) and not _within(module, package):
                    found.append(f"{module} imports {name}")
    return found


def modules() -> list[Path]:
    return sorted([*(ROOT / "indexer").rglob("*.py"), *(ROOT / "webapp").rglob("*.py")])


def test_every_import_goes_down_the_layers() -> None:
    problems = []
    for path in modules():
        module = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        problems += violations(module, imported(tree, module, path.name == "__init__.py"))
    assert problems == []
    assert len(modules()) > 50  # the walk found the packages


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("indexer.engine.store", "def f():\n    from indexer.search import x\n",
         ["indexer.engine.store imports indexer.search",
          "indexer.engine.store imports indexer.search.x"]),
        ("indexer.given", "def serve():\n    import webapp.server\n",
         ["indexer.given imports webapp.server"]),
        ("indexer.engine.flat", "from . import postings\nfrom ..ingest import pipeline\n",
         ["indexer.engine.flat imports indexer.ingest",
          "indexer.engine.flat imports indexer.ingest.pipeline"]),
        ("indexer.readers.base", "from indexer import ingest\n",
         ["indexer.readers.base imports indexer.ingest"]),
        ("indexer.search.service", "from indexer.query import parse_query\n", []),
        ("webapp.cli", "from webapp import create_app\nfrom indexer.ingest import indexing\n", []),
    ],
)
def test_the_check_sees_imports_inside_functions_and_relative_ones(
    module: str, source: str, expected: list[str]
) -> None:
    assert violations(module, imported(ast.parse(source), module, False)) == expected


@pytest.mark.parametrize("layer", ["engine", "query", "search", "ingest"])
def test_each_layer_says_what_it_may_import(layer: str) -> None:
    init = ROOT / "indexer" / layer / "__init__.py"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    assert "May import" in doc, f"{layer}/__init__.py: say what the layer may import"


def test_few_modules_sit_directly_in_indexer() -> None:
    assert len(list((ROOT / "indexer").glob("*.py"))) <= 12
