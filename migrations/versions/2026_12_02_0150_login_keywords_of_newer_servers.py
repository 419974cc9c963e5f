"""Operator logins: the keywords PostgreSQL 16-18 added are refused on 15 too

SQL files (frozen in migrations/sql/0150/, applied by migrations.sql_files):
* operator_login_is_valid.sql

Revision ID: 0150
Revises: 0140
Create Date: 2026-12-02 15:29:39
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0150"
down_revision: str | None = "0140"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_snapshot(op, "0150")


def downgrade() -> None:
    revert_snapshot(op, "0150")
