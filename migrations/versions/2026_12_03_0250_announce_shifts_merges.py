"""Changes name their cash shifts; merge requests and correction cheques are announced too

A payment or cash-shift change names its shifts, so the cash desk and the overview know
which shift moved; the merge-request queue (issue 17) and the correction cheques
(issue 15) came after the announcements (0167) and get the same statement triggers.

SQL files (frozen in migrations/sql/0250/, applied by migrations.sql_files):
* announce_change.sql

Revision ID: 0250
Revises: 0240
Create Date: 2026-12-03 08:26:40
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0250"
down_revision: str | None = "0240"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


ANNOUNCED = ("merge_request", "fiscal_correction")
"""The tables announced from now on (besides 0167's)."""

EVENTS = {"insert": "NEW", "update": "NEW", "delete": "OLD"}


def upgrade() -> None:
    apply_snapshot(op, "0250")
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
    revert_snapshot(op, "0250")
