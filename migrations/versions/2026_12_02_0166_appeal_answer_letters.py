"""The print log knows appeal answer letters (kind ``appeal_answer``)

A reprinted letter says «ДУБЛИКАТ», as every other document does.

Revision ID: 0166
Revises: 0165
Create Date: 2026-12-02 17:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0166"
down_revision: str | None = "0165"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = "'bill', 'payment_receipt', 'statement', 'shift_report'"
AFTER = BEFORE + ", 'appeal_answer'"


def _kinds(kinds: str) -> None:
    op.execute("ALTER TABLE billing.document_print DROP CONSTRAINT ck_document_print_kind")
    op.execute(
        "ALTER TABLE billing.document_print ADD CONSTRAINT ck_document_print_kind"
        f" CHECK (kind IN ({kinds}))"
    )


def upgrade() -> None:
    _kinds(AFTER)


def downgrade() -> None:
    _kinds(BEFORE)
