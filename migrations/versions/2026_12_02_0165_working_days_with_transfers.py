"""Working days count the government's transfers (billing.calendar_day)

SQL files (frozen in migrations/sql/0165/, applied by migrations.sql_files):
* add_working_days.sql

Revision ID: 0165
Revises: 0160
Create Date: 2026-12-02 16:43:59
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0165"
down_revision: str | None = "0160"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_snapshot(op, "0165")


def downgrade() -> None:
    revert_snapshot(op, "0165")
