"""What the application imports at run time is what ``pip install .`` installs.

The README's first command installs the runtime dependencies only; a package that is
imported by the console but declared only as a test extra crashes a new user's console
(it once did: pypdf, at login). This compares the third-party imports of ``console/``,
``models/`` and ``widgets/`` with ``[project].dependencies``.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPLICATION = ("console", "models", "widgets", "migrations", "resources")
FIRST_PARTY = {*APPLICATION, "app", "tests", "bench"}
BUNDLED = {"shiboken6": "pyside6-essentials"}
"""Modules that come inside a declared distribution without naming it."""


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normalise(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in project["dependencies"]}


def _imported_roots() -> dict[str, Path]:
    seen: dict[str, Path] = {}
    for folder in APPLICATION:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    root = name.split(".")[0]
                    if root not in FIRST_PARTY and root not in sys.stdlib_module_names:
                        seen.setdefault(root, path.relative_to(ROOT))
    return seen


def test_every_runtime_import_is_a_declared_dependency() -> None:
    declared = _declared()
    distributions = packages_distributions()
    missing = []
    for module, where in sorted(_imported_roots().items()):
        provided_by = {_normalise(d) for d in distributions.get(module, [])}
        if module in BUNDLED:
            provided_by.add(BUNDLED[module])
        if not provided_by & declared:
            missing.append(f"{module} (imported by {where}; provided by {sorted(provided_by)})")
    assert not missing, "runtime imports not in [project].dependencies: " + "; ".join(missing)


def test_the_check_sees_the_imports_it_guards() -> None:
    """A guard that finds nothing would pass for the wrong reason."""
    roots = _imported_roots()
    assert {"PySide6", "sqlalchemy", "psycopg", "reportlab", "pypdf"} <= set(roots)
