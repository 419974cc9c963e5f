"""Write the next migration for the SQL files that changed since the last snapshot.

    python -m migrations.new_sql_migration REVISION DOWN_REVISION SLUG [-m MESSAGE]

compares ``models/sql/functions`` (and ``models/sql/guard``) with the newest frozen copy
of each file in the snapshots of ``DOWN_REVISION`` and older, copies every new or changed
file to ``migrations/sql/REVISION/`` (``guard/`` for the guard files), lists functions
whose file was deleted in ``migrations/sql/REVISION/dropped.txt``, and writes
``migrations/versions/<date>_REVISION_SLUG.py``, which applies that snapshot. Review the
copied files with ``git diff``; add hand-written steps (a ``DROP FUNCTION`` before a
signature change, a table change) to the migration where needed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from migrations.sql_files import (
    DROPPED,
    GUARD,
    MIGRATIONS,
    latest_versions,
    revisions_before,
    signature_of,
    snapshot_dir,
    snapshot_files,
)
from models.sql import FUNCTIONS_DIR, GUARD_DIR

_TEMPLATE = '''"""{message}

SQL files (frozen in migrations/sql/{revision}/, applied by migrations.sql_files):
{listing}

Revision ID: {revision}
Revises: {down_revision}
Create Date: {created}
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "{revision}"
down_revision: str | None = "{down_revision}"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_snapshot(op, "{revision}")


def downgrade() -> None:
    revert_snapshot(op, "{revision}")
'''


@dataclass(frozen=True)
class Changes:
    """What differs between ``models/sql`` and the newest snapshots."""

    functions: list[Path]
    guard: list[Path]
    dropped: list[str]

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.functions or self.guard or self.dropped)


def _changed(current: list[Path], latest: dict[str, Path]) -> list[Path]:
    return [
        path
        for path in current
        if path.name not in latest or latest[path.name].read_text() != path.read_text()
    ]


def changes_since(down_revision: str) -> Changes:
    """Files of ``models/sql`` that differ from the snapshots up to ``down_revision``."""
    chain = [*revisions_before(down_revision), down_revision]
    latest = latest_versions(chain)
    latest_guard = latest_versions(chain, GUARD)
    current = snapshot_files(FUNCTIONS_DIR)
    names = {path.name for path in current}
    dropped = [
        signature_of(path.read_text()) for name, path in sorted(latest.items()) if name not in names
    ]
    return Changes(
        _changed(current, latest), _changed(snapshot_files(GUARD_DIR), latest_guard), dropped
    )


def write_migration(revision: str, down_revision: str, slug: str, message: str) -> Path:
    """Freeze the changed files and write the migration; returns the migration's path."""
    if not re.fullmatch(r"[0-9A-Za-z_]+", revision) or not re.fullmatch(r"[a-z0-9_]+", slug):
        raise ValueError("revision: letters, digits, _; slug: lower-case letters, digits, _")
    target = snapshot_dir(revision)
    if target.exists():
        raise FileExistsError(f"{target} exists already: snapshots are never rewritten")
    changes = changes_since(down_revision)
    if changes.empty:
        raise ValueError("models/sql matches the newest snapshots: nothing to migrate")
    target.mkdir(parents=True)
    for path in changes.functions:
        shutil.copyfile(path, target / path.name)
    if changes.guard:
        (target / GUARD).mkdir()
        for path in changes.guard:
            shutil.copyfile(path, target / GUARD / path.name)
    if changes.dropped:
        (target / DROPPED).write_text("".join(f"{signature}\n" for signature in changes.dropped))
    names = [path.name for path in changes.functions]
    names += [f"{GUARD}/{path.name}" for path in changes.guard]
    names += [f"drops {signature}" for signature in changes.dropped]
    now = datetime.now(tz=UTC)
    migration = MIGRATIONS / "versions" / f"{now:%Y_%m_%d}_{revision}_{slug}.py"
    migration.write_text(
        _TEMPLATE.format(
            message=message,
            listing="\n".join(f"* {name}" for name in names),
            revision=revision,
            down_revision=down_revision,
            created=f"{now:%Y-%m-%d %H:%M:%S}",
        )
    )
    return migration


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m migrations.new_sql_migration")
    parser.add_argument("revision")
    parser.add_argument("down_revision")
    parser.add_argument("slug")
    parser.add_argument("-m", "--message", help="the migration's first line")
    args = parser.parse_args(argv)
    try:
        path = write_migration(
            args.revision,
            args.down_revision,
            args.slug,
            args.message or args.slug.replace("_", " ").capitalize(),
        )
    except (ValueError, FileExistsError) as error:
        print(error, file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
