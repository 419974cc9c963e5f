"""Announcements name the moderation items a statement changed

A change of a link request, registration review or merge request names the rows it
wrote, so an open moderation queue reloads those rows instead of the whole queue.

SQL files (frozen in migrations/sql/0253/, applied by migrations.sql_files):
* announce_change.sql

Revision ID: 0253
Revises: 0252
Create Date: 2026-12-04 06:04:48
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0253"
down_revision: str | None = "0252"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_snapshot(op, "0253")


def downgrade() -> None:
    revert_snapshot(op, "0253")
