"""Every console hears every write: statement-level triggers NOTIFY billing_change

Each table an open view shows gets three statement-level triggers (insert, update,
delete) calling ``billing.announce_change``, which sends one NOTIFY per statement
naming the accounts and customers it touched. The console listens on a worker
connection and refreshes the views showing them (issue 13).

SQL files (frozen in migrations/sql/0167/, applied by migrations.sql_files):
* announce_change.sql

Revision ID: 0167
Revises: 0166
Create Date: 2026-12-02 17:04:37
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0167"
down_revision: str | None = "0166"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


ANNOUNCED = (
    "payment",
    "bill",
    "reading",
    "account_link",
    "link_request",
    "registration_review",
    "portal_user",
    "appeal",
    "interaction",
    "cash_shift",
)
"""The tables whose writes are announced."""

EVENTS = {"insert": "NEW", "update": "NEW", "delete": "OLD"}


def upgrade() -> None:
    apply_snapshot(op, "0167")
    for table in ANNOUNCED:
        for event, rows in EVENTS.items():
            op.execute(
                f"CREATE TRIGGER announce_{event} AFTER {event.upper()} ON billing.{table}"
                f" REFERENCING {rows} TABLE AS changed_rows"
                " FOR EACH STATEMENT EXECUTE FUNCTION billing.announce_change()"
            )


def downgrade() -> None:
    for table in ANNOUNCED:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS announce_{event} ON billing.{table}")
    revert_snapshot(op, "0167")
