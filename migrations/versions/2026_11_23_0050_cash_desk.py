"""Cash desk: shifts, cash-desk payments, reversals and the print log.

Cashiers open a shift with the float in the drawer, take payments only in their open
shift (one press = one payment: the form's idempotency key is unique) and close it
with the counted cash; the expected cash and the difference are recorded. Supervisors
reverse a payment with a new negative entry naming it. Payments are append-only:
nobody updates or deletes them, not even the schema owner. Every print is logged so
a reprint is marked «ДУБЛИКАТ».

Revision ID: 0050
Revises: 0040
Create Date: 2026-11-23 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0050"
down_revision: str | None = "0040"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
OPERATORS = "billing_agent, billing_cashier, billing_supervisor"
MAX_PAYMENT = "1000000.00"
"""A sane upper bound for one payment at the cash desk, in roubles."""

FUNCTIONS = f"""
CREATE FUNCTION billing.open_shift(p_opening_float numeric) RETURNS billing.cash_shift
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    shift billing.cash_shift;
BEGIN
    IF p_opening_float IS NULL OR p_opening_float < 0 OR p_opening_float > {MAX_PAYMENT}
       OR p_opening_float <> round(p_opening_float, 2) THEN
        RAISE EXCEPTION 'cash_shift.float_range' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT FROM billing.cash_shift
               WHERE cashier = session_user AND closed_at IS NULL) THEN
        RAISE EXCEPTION 'cash_shift.already_open' USING ERRCODE = 'P0001';
    END IF;
    INSERT INTO billing.cash_shift (cashier, opening_float)
    VALUES (session_user, p_opening_float)
    RETURNING * INTO shift;
    RETURN shift;
END
$$;

CREATE FUNCTION billing.take_payment(
    p_account_id bigint, p_amount numeric, p_method text, p_bill_id bigint,
    p_idempotency_key uuid
) RETURNS billing.payment
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    existing billing.payment;
    v_shift_id bigint;
    account_status text;
    bill_account bigint;
    taken billing.payment;
BEGIN
    IF p_idempotency_key IS NULL THEN
        RAISE EXCEPTION 'payment.key_required' USING ERRCODE = 'P0001';
    END IF;
    SELECT * INTO existing FROM billing.payment WHERE idempotency_key = p_idempotency_key;
    IF FOUND THEN
        IF existing.account_id <> p_account_id OR existing.amount <> p_amount THEN
            RAISE EXCEPTION 'payment.key_reused' USING ERRCODE = 'P0001';
        END IF;
        RETURN existing;
    END IF;
    IF p_amount IS NULL OR p_amount <= 0 OR p_amount > {MAX_PAYMENT}
       OR p_amount <> round(p_amount, 2) THEN
        RAISE EXCEPTION 'payment.amount_range' USING ERRCODE = 'check_violation';
    END IF;
    IF p_method IS NULL OR p_method NOT IN ('cash', 'card') THEN
        RAISE EXCEPTION 'payment.method' USING ERRCODE = 'check_violation';
    END IF;
    SELECT s.id INTO v_shift_id FROM billing.cash_shift s
     WHERE s.cashier = session_user AND s.closed_at IS NULL
       FOR UPDATE;
    IF v_shift_id IS NULL THEN
        RAISE EXCEPTION 'cash_shift.not_open' USING ERRCODE = 'P0001';
    END IF;
    SELECT status INTO account_status FROM billing.account WHERE id = p_account_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payment.account_unknown' USING ERRCODE = 'P0001';
    END IF;
    IF account_status <> 'open' THEN
        RAISE EXCEPTION 'payment.account_not_open' USING ERRCODE = 'P0001';
    END IF;
    IF p_bill_id IS NOT NULL THEN
        SELECT account_id INTO bill_account FROM billing.bill WHERE id = p_bill_id FOR UPDATE;
        IF bill_account IS DISTINCT FROM p_account_id THEN
            RAISE EXCEPTION 'payment.bill_of_other_account' USING ERRCODE = 'P0001';
        END IF;
    END IF;
    INSERT INTO billing.payment (account_id, amount, paid_on, channel, idempotency_key,
                                 bill_id, shift_id, method)
    VALUES (p_account_id, p_amount, current_date, 'cash_desk', p_idempotency_key,
            p_bill_id, v_shift_id, p_method)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING * INTO taken;
    IF taken.id IS NULL THEN
        -- The same key committed meanwhile by a concurrent press: that is the payment.
        SELECT * INTO taken FROM billing.payment WHERE idempotency_key = p_idempotency_key;
        RETURN taken;
    END IF;
    IF p_bill_id IS NOT NULL THEN
        UPDATE billing.bill b SET paid_on = current_date
         WHERE b.id = p_bill_id AND b.paid_on IS NULL
           AND (SELECT sum(p.amount) FROM billing.payment p WHERE p.bill_id = b.id) >= b.amount;
    END IF;
    RETURN taken;
END
$$;

CREATE FUNCTION billing.close_shift(p_counted_cash numeric) RETURNS billing.cash_shift
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    shift billing.cash_shift;
    expected numeric(14, 2);
BEGIN
    IF p_counted_cash IS NULL OR p_counted_cash < 0 OR p_counted_cash > 100 * {MAX_PAYMENT}
       OR p_counted_cash <> round(p_counted_cash, 2) THEN
        RAISE EXCEPTION 'cash_shift.counted_range' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO shift FROM billing.cash_shift
     WHERE cashier = session_user AND closed_at IS NULL
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'cash_shift.not_open' USING ERRCODE = 'P0001';
    END IF;
    SELECT shift.opening_float + coalesce(sum(p.amount), 0) INTO expected
      FROM billing.payment p
     WHERE p.shift_id = shift.id AND p.method = 'cash';
    UPDATE billing.cash_shift
       SET closed_at = now(), counted_cash = p_counted_cash, expected_cash = expected,
           difference = p_counted_cash - expected
     WHERE id = shift.id
    RETURNING * INTO shift;
    RETURN shift;
END
$$;

CREATE FUNCTION billing.reverse_payment(p_payment_id bigint, p_reason text)
RETURNS billing.payment
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    original billing.payment;
    reversal billing.payment;
    v_open_shift bigint;
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 3 THEN
        RAISE EXCEPTION 'payment.reason_required' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO original FROM billing.payment WHERE id = p_payment_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payment.unknown' USING ERRCODE = 'P0001';
    END IF;
    IF original.reverses_id IS NOT NULL THEN
        RAISE EXCEPTION 'payment.is_reversal' USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT FROM billing.payment WHERE reverses_id = p_payment_id) THEN
        RAISE EXCEPTION 'payment.already_reversed' USING ERRCODE = 'P0001';
    END IF;
    -- Cash handed back from a drawer that is still open counts in that shift.
    SELECT s.id INTO v_open_shift FROM billing.cash_shift s
     WHERE s.id = original.shift_id AND s.closed_at IS NULL
       FOR UPDATE;
    INSERT INTO billing.payment (account_id, amount, paid_on, channel, bill_id,
                                 reverses_id, reason, shift_id, method)
    VALUES (original.account_id, -original.amount, current_date, original.channel,
            original.bill_id, original.id, btrim(p_reason), v_open_shift,
            CASE WHEN v_open_shift IS NOT NULL THEN original.method END)
    RETURNING * INTO reversal;
    IF original.bill_id IS NOT NULL THEN
        UPDATE billing.bill b SET paid_on = NULL
         WHERE b.id = original.bill_id AND b.paid_on IS NOT NULL
           AND (SELECT coalesce(sum(p.amount), 0) FROM billing.payment p
                 WHERE p.bill_id = b.id) < b.amount;
    END IF;
    RETURN reversal;
END
$$;

CREATE FUNCTION billing.record_print(p_kind text, p_document_key text, p_account_id bigint)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    v_copy integer;
BEGIN
    IF p_document_key IS NULL OR p_document_key = '' THEN
        RAISE EXCEPTION 'print.key_required' USING ERRCODE = 'P0001';
    END IF;
    -- One print at a time per document, so two prints never get the same copy number.
    PERFORM pg_advisory_xact_lock(hashtext(p_kind || ':' || p_document_key));
    SELECT coalesce(max(copy_number), 0) + 1 INTO v_copy FROM billing.document_print
     WHERE kind = p_kind AND document_key = p_document_key;
    INSERT INTO billing.document_print (kind, document_key, copy_number, account_id)
    VALUES (p_kind, p_document_key, v_copy, p_account_id);
    RETURN v_copy;
END
$$;
"""

SIGNATURES = {
    "open_shift(numeric)": "billing_cashier",
    "take_payment(bigint, numeric, text, bigint, uuid)": "billing_cashier",
    "close_shift(numeric)": "billing_cashier",
    "reverse_payment(bigint, text)": "billing_supervisor",
    "record_print(text, text, bigint)": OPERATORS,
}


def upgrade() -> None:
    op.create_table(
        "cash_shift",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cashier", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False),
        sa.Column(
            "opened_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("opening_float", sa.Numeric(14, 2), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counted_cash", sa.Numeric(14, 2), nullable=True),
        sa.Column("expected_cash", sa.Numeric(14, 2), nullable=True),
        sa.Column("difference", sa.Numeric(14, 2), nullable=True),
        sa.CheckConstraint(
            "opening_float >= 0", name=op.f("ck_cash_shift_opening_float_non_negative")
        ),
        sa.CheckConstraint(
            "(closed_at IS NULL AND counted_cash IS NULL AND expected_cash IS NULL"
            " AND difference IS NULL) OR (closed_at IS NOT NULL AND counted_cash >= 0"
            " AND expected_cash IS NOT NULL AND difference = counted_cash - expected_cash)",
            name=op.f("ck_cash_shift_closed_consistently"),
        ),
        sa.CheckConstraint(
            "closed_at IS NULL OR closed_at >= opened_at",
            name=op.f("ck_cash_shift_closed_after_opened"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_shift")),
        schema="billing",
    )
    op.create_index(
        "uq_cash_shift_cashier_open",
        "cash_shift",
        ["cashier"],
        unique=True,
        schema="billing",
        postgresql_where=sa.text("closed_at IS NULL"),
    )
    op.create_index("ix_cash_shift_opened_at", "cash_shift", ["opened_at"], schema="billing")

    op.add_column(
        "payment", sa.Column("shift_id", sa.BigInteger(), nullable=True), schema="billing"
    )
    op.add_column("payment", sa.Column("method", sa.Text(), nullable=True), schema="billing")
    op.create_foreign_key(
        op.f("fk_payment_shift_id_cash_shift"),
        "payment",
        "cash_shift",
        ["shift_id"],
        ["id"],
        source_schema="billing",
        referent_schema="billing",
    )
    op.create_index(op.f("ix_payment_shift_id"), "payment", ["shift_id"], schema="billing")
    op.create_check_constraint(
        op.f("ck_payment_method"),
        "payment",
        "method IS NULL OR method IN ('cash', 'card')",
        schema="billing",
    )
    op.create_check_constraint(
        op.f("ck_payment_method_only_at_cash_desk"),
        "payment",
        "method IS NULL OR channel = 'cash_desk'",
        schema="billing",
    )
    op.create_check_constraint(
        op.f("ck_payment_shift_payment_has_method"),
        "payment",
        "shift_id IS NULL OR method IS NOT NULL",
        schema="billing",
    )

    op.create_table(
        "document_print",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("document_key", sa.Text(), nullable=False),
        sa.Column("copy_number", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.BigInteger(), nullable=True),
        sa.Column("printed_by", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False),
        sa.Column(
            "printed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('bill', 'payment_receipt', 'statement', 'shift_report')",
            name=op.f("ck_document_print_kind"),
        ),
        sa.CheckConstraint("copy_number >= 1", name=op.f("ck_document_print_copy_number_positive")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["billing.account.id"],
            name=op.f("fk_document_print_account_id_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_print")),
        schema="billing",
    )
    op.create_index(
        "uq_document_print_kind_document_key_copy_number",
        "document_print",
        ["kind", "document_key", "copy_number"],
        unique=True,
        schema="billing",
    )
    op.create_index(
        op.f("ix_document_print_account_id"), "document_print", ["account_id"], schema="billing"
    )

    for table in ("cash_shift", "document_print"):
        op.execute(f"ALTER TABLE billing.{table} OWNER TO {OWNER}")
        op.execute(
            f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.{table} "
            "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('id')"
        )
        op.execute(f"GRANT SELECT ON billing.{table} TO {OPERATORS}")
    op.execute(FUNCTIONS)
    # Payments are append-only: migration 0010's forbid_change trigger already guards them.
    for signature, groups in SIGNATURES.items():
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {groups}")


def downgrade() -> None:
    for signature in SIGNATURES:
        op.execute(f"DROP FUNCTION billing.{signature}")
    op.drop_table("document_print", schema="billing")
    op.drop_constraint(op.f("ck_payment_shift_payment_has_method"), "payment", schema="billing")
    op.drop_constraint(op.f("ck_payment_method_only_at_cash_desk"), "payment", schema="billing")
    op.drop_constraint(op.f("ck_payment_method"), "payment", schema="billing")
    op.drop_index(op.f("ix_payment_shift_id"), table_name="payment", schema="billing")
    op.drop_constraint(op.f("fk_payment_shift_id_cash_shift"), "payment", schema="billing")
    op.drop_column("payment", "method", schema="billing")
    op.drop_column("payment", "shift_id", schema="billing")
    op.drop_table("cash_shift", schema="billing")
