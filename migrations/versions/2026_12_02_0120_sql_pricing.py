"""SQL prices every reading; recalculation of estimates; corrections

SQL files (frozen in migrations/sql/0120/, applied by migrations.sql_files):
* add_recalculation_lines.sql
* confirm_readings.sql
* correct_reading.sql
* price_reading.sql
* split_consumption.sql
* take_payment.sql
* zone_charge.sql
* drops billing.check_priced_parts(jsonb, bigint, integer, text, date, date, numeric)

Revision ID: 0120
Revises: 0090
Create Date: 2026-12-02 14:24:41
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0120"
down_revision: str | None = "0090"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


OLD_SIGNATURES = (
    "billing.confirm_readings(bigint, date, jsonb, text[], text, bigint, date, jsonb, uuid)",
    "billing.correct_reading(bigint, numeric, boolean, text, jsonb, uuid)",
)
NEW_SIGNATURES = (
    "billing.confirm_readings(bigint, date, jsonb, text[], text, bigint, date, numeric, uuid)",
    "billing.correct_reading(bigint, numeric, boolean, text, numeric, uuid)",
)


def upgrade() -> None:
    # Recalculation lines: a credit of an estimated line (once: credits_line_id is unique),
    # with a negative quantity and amount.
    op.execute(
        "ALTER TABLE billing.bill_line ADD COLUMN credits_line_id bigint"
        " CONSTRAINT fk_bill_line_credits_line_id_bill_line REFERENCES billing.bill_line (id),"
        " ADD CONSTRAINT uq_bill_line_credits_line_id UNIQUE (credits_line_id),"
        " DROP CONSTRAINT ck_bill_line_kind,"
        " ADD CONSTRAINT ck_bill_line_kind CHECK (kind IN ('electricity', 'debt_schedule',"
        " 'act', 'service', 'penalty', 'correction', 'recalculation')),"
        " DROP CONSTRAINT ck_bill_line_amount_non_negative,"
        " ADD CONSTRAINT ck_bill_line_amount_non_negative"
        " CHECK (amount >= 0 OR kind IN ('correction', 'recalculation')),"
        " DROP CONSTRAINT ck_bill_line_quantity_non_negative,"
        " ADD CONSTRAINT ck_bill_line_quantity_non_negative"
        " CHECK (quantity IS NULL OR quantity >= 0 OR kind = 'recalculation'),"
        " ADD CONSTRAINT ck_bill_line_credit_is_recalculation"
        " CHECK (credits_line_id IS NULL OR kind = 'recalculation')"
    )
    # The callers' prices are gone from the signatures: the database prices readings.
    for signature in OLD_SIGNATURES:
        op.execute(f"DROP FUNCTION {signature}")
    apply_snapshot(op, "0120")


def downgrade() -> None:
    for signature in NEW_SIGNATURES:
        op.execute(f"DROP FUNCTION {signature}")
    revert_snapshot(op, "0120")
    op.execute("DELETE FROM billing.bill_line WHERE kind = 'recalculation'")
    op.execute(
        "ALTER TABLE billing.bill_line DROP CONSTRAINT ck_bill_line_credit_is_recalculation,"
        " DROP COLUMN credits_line_id,"
        " DROP CONSTRAINT ck_bill_line_kind,"
        " ADD CONSTRAINT ck_bill_line_kind CHECK (kind IN ('electricity', 'debt_schedule',"
        " 'act', 'service', 'penalty', 'correction')),"
        " DROP CONSTRAINT ck_bill_line_amount_non_negative,"
        " ADD CONSTRAINT ck_bill_line_amount_non_negative"
        " CHECK (amount >= 0 OR kind = 'correction'),"
        " DROP CONSTRAINT ck_bill_line_quantity_non_negative,"
        " ADD CONSTRAINT ck_bill_line_quantity_non_negative"
        " CHECK (quantity IS NULL OR quantity >= 0)"
    )
