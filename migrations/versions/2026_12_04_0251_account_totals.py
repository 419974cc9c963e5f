"""Stored account totals: the debt badges read one row per account

A result page's debt badges summed each account's bills and payments on every search:
at 1,000,000 accounts a common surname's 50 rows read ~1,200 bills and ~1,150 payments,
mostly from disk (issue 14: p95 137-205 ms against 50). ``billing.account_total`` keeps
those sums, maintained by statement-level triggers on ``bill`` and ``payment`` and filled
here from the history; the badges read one row per account.

SQL files (frozen in migrations/sql/0251/, applied by migrations.sql_files):
* account_total_change.sql
* rebuild_account_totals.sql

Revision ID: 0251
Revises: 0250
Create Date: 2026-12-04 02:59:55
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0251"
down_revision: str | None = "0250"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


SERVING = "billing_agent, billing_cashier, billing_supervisor"
"""Who reads the totals: whoever reads the bills and payments they sum."""

EVENTS = {
    "insert": "REFERENCING NEW TABLE AS new_rows",
    "update": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "REFERENCING OLD TABLE AS old_rows",
    "truncate": "",
}
SUMMED = ("bill", "payment")


def upgrade() -> None:
    op.execute("""
        CREATE TABLE billing.account_total (
            account_id bigint NOT NULL,
            charged numeric(14, 2) NOT NULL,
            paid numeric(14, 2) NOT NULL,
            dated_until date NOT NULL,
            CONSTRAINT pk_account_total PRIMARY KEY (account_id),
            CONSTRAINT fk_account_total_account_id_account FOREIGN KEY (account_id)
                REFERENCES billing.account (id) ON DELETE CASCADE
        )
    """)
    op.execute("ALTER TABLE billing.account_total OWNER TO billing_data_owner")
    op.execute(f"GRANT SELECT ON billing.account_total TO {SERVING}")
    # The console's functions write bills and payments as billing_owner; their triggers
    # keep the totals as that writer.
    op.execute("GRANT SELECT, INSERT, UPDATE ON billing.account_total TO billing_owner")
    apply_snapshot(op, "0251")
    for table in SUMMED:
        for event, referencing in EVENTS.items():
            op.execute(
                f"CREATE TRIGGER account_total_{event} AFTER {event.upper()} ON billing.{table}"
                f" {referencing} FOR EACH STATEMENT"
                " EXECUTE FUNCTION billing.account_total_change()"
            )
    op.execute("SELECT billing.rebuild_account_totals()")


def downgrade() -> None:
    for table in SUMMED:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS account_total_{event} ON billing.{table}")
    revert_snapshot(op, "0251")
    op.execute("DROP TABLE billing.account_total")
