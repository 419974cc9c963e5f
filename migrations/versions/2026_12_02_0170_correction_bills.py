"""confirm_readings refuses a billing period other than the one the region's acceptance window opens today (closed or not open yet)

SQL files (frozen in migrations/sql/0170/, applied by migrations.sql_files):
* confirm_readings.sql

Revision ID: 0170
Revises: 0167
Create Date: 2026-12-02 16:51:17
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0170"
down_revision: str | None = "0167"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_snapshot(op, "0170")


def downgrade() -> None:
    revert_snapshot(op, "0170")
