"""Layering the reviewers check: no tab imports another tab (tabs talk through the
Navigator), ``models/`` never imports Qt, ``widgets/`` never runs SQL."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _is_tab(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return last == "tab" or last.endswith("_tab")


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_no_tab_imports_another_tab() -> None:
    offenders = []
    for path in sorted((ROOT / "console").rglob("*.py")):
        module = _module(path)
        if not _is_tab(module):
            continue
        for imported in _imports(path):
            if imported.startswith("console.") and _is_tab(imported) and imported != module:
                offenders.append(f"{module} imports {imported}")
    assert offenders == []


def test_models_know_nothing_of_qt() -> None:
    offenders = [
        f"{_module(path)} imports {name}"
        for path in sorted((ROOT / "models").rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "widgets", "console"}
    ]
    assert offenders == []


def test_widgets_run_no_sql() -> None:
    offenders = [
        f"{_module(path)} imports {name}"
        for path in sorted((ROOT / "widgets").rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in {"sqlalchemy", "psycopg", "models"}
    ]
    assert offenders == []
