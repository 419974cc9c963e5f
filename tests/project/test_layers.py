"""Layering the reviewers check: no tab imports another tab (tabs talk through the
Navigator), ``models/`` never imports Qt, ``widgets/`` never runs SQL."""

from __future__ import annotations

import ast
import re
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


_SQL_START = re.compile(
    r"^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|GRANT|REVOKE|LISTEN|NOTIFY"
    r"|TRUNCATE|COPY|CALL|DO|SET|SHOW|LOCK|VACUUM|ANALYZE)\s+\S"
)
"""A string that starts like a statement (a keyword and more: a bare ``"UPDATE"`` is an
audit action's name, not SQL)."""
_SQL_BUILDERS = {"text", "select", "insert", "update", "delete", "func", "literal_column", "table"}


def _sql_in(path: Path) -> list[str]:
    """SQL a module holds: statement-like string literals and SQLAlchemy's SQL builders."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            found += [f"imports {a.name}" for a in node.names if a.name in _SQL_BUILDERS]
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and _SQL_START.match(node.value)
        ):
            found.append(f"line {node.lineno}: {node.value.strip()[:40]!r}")
    return found


def test_no_sql_outside_models() -> None:
    """Every statement lives in ``models/``: the console's views, services, commands and
    widgets call model functions and never write SQL (or build it) themselves."""
    offenders = [
        f"{_module(path)}: {what}"
        for top in ("console", "widgets")
        for path in sorted((ROOT / top).rglob("*.py"))
        for what in _sql_in(path)
    ] + [f"app: {what}" for what in _sql_in(ROOT / "app.py")]
    assert offenders == []
