"""The SQL functions of schema ``billing``, one per file (see ``migrations/sql_files.py``).

``functions/<name>.sql`` is the current definition of ``billing.<name>`` with its owner
and grants; ``guard/`` holds what only a superuser can install (schema
``billing_guard``). Migrations never read these files: they apply frozen snapshots
written by ``python -m migrations.new_sql_migration``.
"""

from __future__ import annotations

from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent
FUNCTIONS_DIR = SQL_DIR / "functions"
GUARD_DIR = SQL_DIR / "guard"
