"""Functions changed by both 0090 and 0120 (take_payment: reused keys refused and debtors can pay)

SQL files (frozen in migrations/sql/0140/, applied by migrations.sql_files):
* take_payment.sql

Revision ID: 0140
Revises: 0130
Create Date: 2026-12-02 15:04:44
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0140"
down_revision: str | None = "0130"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_snapshot(op, "0140")


def downgrade() -> None:
    revert_snapshot(op, "0140")
