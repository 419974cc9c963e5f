"""A search by e-mail reads an index of every portal login's address

Since the portal lets family members share an address, ``uq_portal_user_email_key`` is
partial (``NOT email_shared``), and ``billing.find_by_contact`` (which must find shared
addresses too) cannot use it: at 1,000,000 accounts every e-mail search scanned the
500,000 portal logins (p50 152 ms, raw SQL 147, in the lookup bench of issue 14). A plain
index on ``email_key`` serves it.

Revision ID: 0252
Revises: 0251
Create Date: 2026-12-04 04:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0252"
down_revision: str | None = "0251"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_portal_user_email_key ON billing.portal_user (email_key)")


def downgrade() -> None:
    op.execute("DROP INDEX billing.ix_portal_user_email_key")
