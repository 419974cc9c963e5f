"""A supplier's VAT rate is one a fiscal cheque can carry.

``set_supplier_details`` accepts 0, 5, 7, 10, 20 or 22 %, as ``set_supplier_fiscal`` does.

SQL files (frozen in migrations/sql/0240/, applied by migrations.sql_files):
* set_supplier_details.sql

Revision ID: 0240
Revises: 0230
Create Date: 2026-12-03 06:56:01
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0240"
down_revision: str | None = "0230"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_snapshot(op, "0240")


def downgrade() -> None:
    revert_snapshot(op, "0240")
