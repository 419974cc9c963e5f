"""SQL functions as files: migrations apply frozen snapshots of ``models/sql``.

* ``models/sql/functions/<name>.sql`` holds the current definition of ``billing.<name>``:
  ``CREATE OR REPLACE FUNCTION`` with its ``SET search_path``, then its owner and its
  grants (``ALTER FUNCTION … OWNER TO``, ``REVOKE ALL … FROM PUBLIC``, ``GRANT EXECUTE``).
* ``models/sql/guard/<name>.sql`` holds objects only a superuser can create (schema
  ``billing_guard``: the password fingerprint, the event trigger guarding the protected
  tables). They are installed only when the migration runs as a superuser.
* ``migrations/sql/<revision>/`` is a frozen copy of the files that revision changed
  (``guard/`` beside them; ``dropped.txt`` lists the signatures of functions it drops).
  A migration never reads ``models/sql``, so editing a file never changes history:
  ``python -m migrations.new_sql_migration`` writes the next migration and its snapshot.
* ``migrations/sql/legacy/`` holds the definitions migrations 0001–0070 created from
  Python strings, as they stood before 0080 (at 0070); downgrading 0080 re-applies them.

A test (``tests/models/test_sql_files.py``) proves that at head every function of
schema ``billing`` in the database is exactly its file, and has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent
SNAPSHOTS = MIGRATIONS / "sql"
LEGACY = SNAPSHOTS / "legacy"
GUARD = "guard"
DROPPED = "dropped.txt"

_SIGNATURE = re.compile(
    r"^REVOKE ALL ON FUNCTION (?P<signature>\S+\(.*\)) FROM PUBLIC;$", re.MULTILINE
)


def signature_of(sql: str) -> str:
    """The function's signature from its file's ``REVOKE ALL … FROM PUBLIC`` line."""
    match = _SIGNATURE.search(sql)
    if match is None:
        raise ValueError("a function file must end with REVOKE ALL ON FUNCTION … FROM PUBLIC;")
    return match.group("signature")


def snapshot_dir(revision: str) -> Path:
    """Where ``revision``'s frozen files live."""
    return SNAPSHOTS / revision


def snapshot_files(folder: Path) -> list[Path]:
    """The ``.sql`` files of one snapshot folder, in the order they are applied."""
    return sorted(folder.glob("*.sql")) if folder.is_dir() else []


def dropped_signatures(revision: str) -> list[str]:
    """Signatures of the functions ``revision`` drops."""
    listing = snapshot_dir(revision) / DROPPED
    if not listing.exists():
        return []
    return [line.strip() for line in listing.read_text().splitlines() if line.strip()]


def revisions_before(revision: str) -> list[str]:
    """Every revision older than ``revision`` on its chain, oldest first."""
    scripts = ScriptDirectory(str(MIGRATIONS))
    script = scripts.get_revision(revision)
    if script is None:
        raise ValueError(f"unknown revision {revision}")
    older: list[str] = []
    down = script.down_revision
    while down is not None:
        if not isinstance(down, str):
            raise ValueError(f"revision {revision} descends from a merge; pass a single chain")
        older.append(down)
        parent = scripts.get_revision(down)
        down = parent.down_revision if parent is not None else None
    return list(reversed(older))


def latest_versions(revisions: Iterable[str], subfolder: str = "") -> dict[str, Path]:
    """For each file name, the newest frozen copy among ``revisions`` (oldest first)."""
    latest: dict[str, Path] = {}
    for revision in revisions:
        folder = snapshot_dir(revision) / subfolder if subfolder else snapshot_dir(revision)
        for path in snapshot_files(folder):
            latest[path.name] = path
        if not subfolder:
            for signature in dropped_signatures(revision):
                for name, path in list(latest.items()):
                    if signature_of(path.read_text()) == signature:
                        del latest[name]
    return latest


@contextmanager
def _driver_cursor(op: Any) -> Iterator[Any]:
    """A psycopg cursor on the migration's own connection (inside its transaction)."""
    raw = op.get_bind().connection.driver_connection
    with raw.cursor() as cursor:
        yield cursor


def execute_file(op: Any, path: Path) -> None:
    """Run one SQL file as it is (no bind parameters: ``%`` and ``:`` stay literal)."""
    with _driver_cursor(op) as cursor:
        cursor.execute(path.read_text())


def is_superuser(op: Any) -> bool:
    """Whether the migration runs as a superuser (it may then install the guard)."""
    with _driver_cursor(op) as cursor:
        cursor.execute("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user")
        row = cursor.fetchone()
    return bool(row and row[0])


def _apply(op: Any, files: Iterable[Path]) -> None:
    # Bodies are checked by the test suite; with the check off here, files may refer to
    # each other in any order (LANGUAGE sql bodies are otherwise parsed at creation).
    with _driver_cursor(op) as cursor:
        cursor.execute("SELECT pg_catalog.current_setting('check_function_bodies')")
        row = cursor.fetchone()
        previous = row[0] if row else "on"
        cursor.execute("SELECT pg_catalog.set_config('check_function_bodies', 'off', true)")
        try:
            for path in files:
                cursor.execute(path.read_text())
        finally:
            cursor.execute(
                "SELECT pg_catalog.set_config('check_function_bodies', %s, true)", (previous,)
            )


def apply_snapshot(op: Any, revision: str) -> bool:
    """Apply ``migrations/sql/<revision>``: drop what it drops, run its files in name order.

    The files of ``guard/`` run too when the migration runs as a superuser; returns
    whether they did.
    """
    for signature in dropped_signatures(revision):
        op.execute(f"DROP FUNCTION {signature}")
    _apply(op, snapshot_files(snapshot_dir(revision)))
    guard_files = snapshot_files(snapshot_dir(revision) / GUARD)
    if guard_files and is_superuser(op):
        _apply(op, guard_files)
        return True
    return False


def revert_snapshot(op: Any, revision: str) -> None:
    """Undo :func:`apply_snapshot` for a downgrade.

    Each function ``revision`` changed gets its previous definition back (the newest
    earlier snapshot, else ``legacy/``); a function it created is dropped; a function it
    dropped is re-created. Guard files get their previous version back where there is
    one (the migration that first installed the guard removes it itself).
    """
    older = revisions_before(revision)
    previous = {path.name: path for path in snapshot_files(LEGACY)}
    previous.update(latest_versions(older))
    restore: list[Path] = []
    for path in snapshot_files(snapshot_dir(revision)):
        if path.name in previous:
            restore.append(previous[path.name])
        else:
            op.execute(f"DROP FUNCTION IF EXISTS {signature_of(path.read_text())}")
    for signature in dropped_signatures(revision):
        for path in previous.values():
            if signature_of(path.read_text()) == signature:
                restore.append(path)
    _apply(op, restore)
    previous_guard = latest_versions(older, GUARD)
    guard_restore = [
        previous_guard[path.name]
        for path in snapshot_files(snapshot_dir(revision) / GUARD)
        if path.name in previous_guard
    ]
    if guard_restore and is_superuser(op):
        _apply(op, guard_restore)
