"""initial billing schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 13:32:00.048182
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


AUDITED_TABLES = (
    "region",
    "customer",
    "contract",
    "account",
    "metering_point",
    "meter",
    "tariff",
    "reading",
    "bill",
    "bill_line",
    "payment",
    "portal_user",
    "account_link",
    "link_request",
    "registration_review",
    "notification",
)
"""Every business table: the audit trigger records each insert, update and delete."""

AUDIT_FUNCTION = """
CREATE FUNCTION billing.audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    key_columns text[] := TG_ARGV;
    source jsonb := coalesce(new_row, old_row);
    row_key text;
BEGIN
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NEW;
    END IF;
    SELECT string_agg(source ->> column_name, ',' ORDER BY ordinality)
      INTO row_key
      FROM unnest(key_columns) WITH ORDINALITY AS k(column_name, ordinality);
    INSERT INTO billing.audit_log (operator, table_name, row_key, action, old_values, new_values)
    VALUES (session_user, TG_TABLE_NAME, coalesce(row_key, ''), TG_OP, old_row, new_row);
    RETURN coalesce(NEW, OLD);
END
$$;
"""

READING_ZONE_FUNCTION = """
CREATE FUNCTION billing.reading_zone_within_meter() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
DECLARE
    meter_zones smallint;
BEGIN
    SELECT zones INTO meter_zones FROM billing.meter WHERE id = NEW.meter_id;
    IF meter_zones IS NOT NULL AND substr(NEW.zone, 2)::int > meter_zones THEN
        RAISE EXCEPTION 'zone % is beyond the % zone(s) of meter %', NEW.zone, meter_zones, NEW.meter_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_reading_zone_within_meter';
    END IF;
    RETURN NEW;
END
$$;
"""

PRIMARY_KEYS = {"account_link": ("portal_user_id", "account_id")}


def upgrade() -> None:
    op.execute(
        sa.schema.CreateSequence(
            sa.Sequence("link_request_number_seq", start=100001, schema="billing")
        )
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.Column("operator", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False),
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("old_values", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("new_values", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.CheckConstraint(
            "action IN ('INSERT', 'UPDATE', 'DELETE')", name=op.f("ck_audit_log_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        schema="billing",
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"], unique=False, schema="billing")
    op.create_index(
        "ix_audit_log_operator_at", "audit_log", ["operator", "at"], unique=False, schema="billing"
    )
    op.create_index(
        "ix_audit_log_table_name_row_key",
        "audit_log",
        ["table_name", "row_key"],
        unique=False,
        schema="billing",
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("last_name", sa.Text(), nullable=True),
        sa.Column("first_name", sa.Text(), nullable=True),
        sa.Column("middle_name", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("inn", sa.Text(), nullable=True),
        sa.Column("kpp", sa.Text(), nullable=True),
        sa.Column("ogrn", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column(
            "name_key",
            sa.Text(),
            sa.Computed("translate(lower(coalesce(last_name, name)), 'ё', 'е')", persisted=True),
            nullable=False,
        ),
        sa.Column(
            "email_key", sa.Text(), sa.Computed("lower(email)", persisted=True), nullable=True
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "email IS NULL OR email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'",
            name=op.f("ck_customer_email_format"),
        ),
        sa.CheckConstraint(
            "inn IS NULL OR inn ~ '^([0-9]{10}|[0-9]{12})$'", name=op.f("ck_customer_inn_format")
        ),
        sa.CheckConstraint(
            "kind <> 'organisation' OR (name IS NOT NULL AND inn IS NOT NULL)",
            name=op.f("ck_customer_organisation_has_name_and_inn"),
        ),
        sa.CheckConstraint(
            "kind <> 'person' OR (last_name IS NOT NULL AND first_name IS NOT NULL)",
            name=op.f("ck_customer_person_has_name"),
        ),
        sa.CheckConstraint("kind IN ('person', 'organisation')", name=op.f("ck_customer_kind")),
        sa.CheckConstraint(
            "kpp IS NULL OR kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'",
            name=op.f("ck_customer_kpp_format"),
        ),
        sa.CheckConstraint(
            "ogrn IS NULL OR ogrn ~ '^([0-9]{13}|[0-9]{15})$'", name=op.f("ck_customer_ogrn_format")
        ),
        sa.CheckConstraint(
            "phone IS NULL OR phone ~ '^\\+7[0-9]{10}$'", name=op.f("ck_customer_phone_format")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        schema="billing",
    )
    op.create_index(
        "ix_customer_email_key", "customer", ["email_key"], unique=False, schema="billing"
    )
    op.create_index("ix_customer_inn", "customer", ["inn"], unique=False, schema="billing")
    op.create_index(
        "ix_customer_name_key",
        "customer",
        ["name_key"],
        unique=False,
        schema="billing",
        postgresql_ops={"name_key": "text_pattern_ops"},
    )
    op.create_index("ix_customer_phone", "customer", ["phone"], unique=False, schema="billing")
    op.create_table(
        "region",
        sa.Column("id", sa.SmallInteger(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("settlement", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region")),
        sa.UniqueConstraint("code", name=op.f("uq_region_code")),
        sa.UniqueConstraint("name", name=op.f("uq_region_name")),
        schema="billing",
    )
    op.create_table(
        "contract",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("customer_id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["billing.customer.id"], name=op.f("fk_contract_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
        sa.UniqueConstraint("number", name=op.f("uq_contract_number")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_contract_customer_id"), "contract", ["customer_id"], unique=False, schema="billing"
    )
    op.create_table(
        "portal_user",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("login", sa.Text(), nullable=False),
        sa.Column(
            "login_key", sa.Text(), sa.Computed("lower(login)", persisted=True), nullable=False
        ),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column(
            "email_key", sa.Text(), sa.Computed("lower(email)", persisted=True), nullable=False
        ),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), server_default="person", nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("block_reason", sa.Text(), nullable=True),
        sa.Column("customer_id", sa.BigInteger(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("email_confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", name=op.f("ck_portal_user_email_format")
        ),
        sa.CheckConstraint("kind IN ('person', 'organisation')", name=op.f("ck_portal_user_kind")),
        sa.CheckConstraint(
            "length(login) >= 8 AND login !~ '\\s'", name=op.f("ck_portal_user_login_rules")
        ),
        sa.CheckConstraint(
            "phone IS NULL OR phone ~ '^\\+7[0-9]{10}$'", name=op.f("ck_portal_user_phone_format")
        ),
        sa.CheckConstraint(
            "status <> 'blocked' OR block_reason IS NOT NULL",
            name=op.f("ck_portal_user_blocked_has_reason"),
        ),
        sa.CheckConstraint(
            "status IN ('email_unconfirmed', 'awaiting_review', 'active', 'blocked')",
            name=op.f("ck_portal_user_status"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["billing.customer.id"],
            name=op.f("fk_portal_user_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_user")),
        sa.UniqueConstraint("email_key", name=op.f("uq_portal_user_email_key")),
        sa.UniqueConstraint("login_key", name=op.f("uq_portal_user_login_key")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_portal_user_customer_id"),
        "portal_user",
        ["customer_id"],
        unique=False,
        schema="billing",
    )
    op.create_index(
        "ix_portal_user_phone", "portal_user", ["phone"], unique=False, schema="billing"
    )
    op.create_table(
        "tariff",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("region_id", sa.SmallInteger(), nullable=False),
        sa.Column("zones", sa.SmallInteger(), nullable=False),
        sa.Column("zone", sa.Text(), nullable=False),
        sa.Column("rate", sa.Numeric(precision=10, scale=4), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint("zone IN ('T1', 'T2', 'T3')", name=op.f("ck_tariff_zone")),
        sa.CheckConstraint("rate > 0", name=op.f("ck_tariff_rate_positive")),
        sa.CheckConstraint(
            "substr(zone, 2)::int <= zones", name=op.f("ck_tariff_zone_within_zones")
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to > valid_from", name=op.f("ck_tariff_valid_range")
        ),
        sa.CheckConstraint("zones BETWEEN 1 AND 3", name=op.f("ck_tariff_zones")),
        sa.ForeignKeyConstraint(
            ["region_id"], ["billing.region.id"], name=op.f("fk_tariff_region_id_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tariff")),
        sa.UniqueConstraint(
            "region_id",
            "zones",
            "zone",
            "valid_from",
            name=op.f("uq_tariff_region_id_zones_zone_valid_from"),
        ),
        schema="billing",
    )
    op.create_table(
        "account",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("region_id", sa.SmallInteger(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("customer_id", sa.BigInteger(), nullable=False),
        sa.Column("contract_id", sa.BigInteger(), nullable=True),
        sa.Column("settlement", sa.Text(), nullable=False),
        sa.Column("street", sa.Text(), nullable=False),
        sa.Column("house", sa.Text(), nullable=False),
        sa.Column("flat", sa.Text(), nullable=True),
        sa.Column(
            "address_key",
            sa.Text(),
            sa.Computed(
                "translate(lower(street || ' ' || house || coalesce(' ' || flat, '')), 'ё', 'е')",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("status", sa.Text(), server_default="open", nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("number ~ '^[0-9]{6,14}$'", name=op.f("ck_account_number_format")),
        sa.CheckConstraint(
            "status IN ('open', 'suspended', 'closed')", name=op.f("ck_account_status")
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= opened_on",
            name=op.f("ck_account_closed_after_opened"),
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["billing.contract.id"], name=op.f("fk_account_contract_id_contract")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["billing.customer.id"], name=op.f("fk_account_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["billing.region.id"], name=op.f("fk_account_region_id_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("region_id", "number", name=op.f("uq_account_region_id_number")),
        schema="billing",
    )
    op.create_index(
        "ix_account_address_key",
        "account",
        ["address_key"],
        unique=False,
        schema="billing",
        postgresql_ops={"address_key": "text_pattern_ops"},
    )
    op.create_index(
        op.f("ix_account_contract_id"), "account", ["contract_id"], unique=False, schema="billing"
    )
    op.create_index(
        op.f("ix_account_customer_id"), "account", ["customer_id"], unique=False, schema="billing"
    )
    op.create_index("ix_account_number", "account", ["number"], unique=False, schema="billing")
    op.create_table(
        "notification",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("portal_user_id", sa.BigInteger(), nullable=True),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default="queued", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "next_attempt_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column(
            "idempotency_key",
            sa.Uuid(),
            server_default=sa.text("gen_random_uuid()"),
            nullable=False,
        ),
        sa.Column("created_by", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("channel IN ('email', 'sms')", name=op.f("ck_notification_channel")),
        sa.CheckConstraint(
            "status IN ('queued', 'sent', 'failed', 'dead')", name=op.f("ck_notification_status")
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_notification_attempts_non_negative")),
        sa.ForeignKeyConstraint(
            ["portal_user_id"],
            ["billing.portal_user.id"],
            name=op.f("fk_notification_portal_user_id_portal_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_notification_idempotency_key")),
        schema="billing",
    )
    op.create_index(
        "ix_notification_due",
        "notification",
        ["next_attempt_at"],
        unique=False,
        schema="billing",
        postgresql_where=sa.text("status IN ('queued', 'failed')"),
    )
    op.create_index(
        op.f("ix_notification_portal_user_id"),
        "notification",
        ["portal_user_id"],
        unique=False,
        schema="billing",
    )
    op.create_table(
        "registration_review",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("portal_user_id", sa.BigInteger(), nullable=False),
        sa.Column("customer_kind", sa.Text(), nullable=False),
        sa.Column("organisation_type", sa.Text(), nullable=True),
        sa.Column("organisation_name", sa.Text(), nullable=True),
        sa.Column("inn", sa.Text(), nullable=True),
        sa.Column("kpp", sa.Text(), nullable=True),
        sa.Column("ogrn", sa.Text(), nullable=True),
        sa.Column("contract_numbers", sa.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("account_number", sa.Text(), nullable=True),
        sa.Column("region_id", sa.SmallInteger(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("claimed_by", sa.Text(), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("attempt", sa.SmallInteger(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "customer_kind IN ('person', 'organisation')",
            name=op.f("ck_registration_review_customer_kind"),
        ),
        sa.CheckConstraint(
            "status <> 'rejected' OR reason IS NOT NULL",
            name=op.f("ck_registration_review_rejection_has_reason"),
        ),
        sa.CheckConstraint(
            "status = 'pending' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)",
            name=op.f("ck_registration_review_decision_recorded"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected')",
            name=op.f("ck_registration_review_status"),
        ),
        sa.ForeignKeyConstraint(
            ["portal_user_id"],
            ["billing.portal_user.id"],
            name=op.f("fk_registration_review_portal_user_id_portal_user"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["billing.region.id"],
            name=op.f("fk_registration_review_region_id_region"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_review")),
        sa.UniqueConstraint("portal_user_id", name=op.f("uq_registration_review_portal_user_id")),
        schema="billing",
    )
    op.create_index(
        "ix_registration_review_status_created_at",
        "registration_review",
        ["status", "created_at"],
        unique=False,
        schema="billing",
    )
    op.create_table(
        "bill",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("account_id", sa.BigInteger(), nullable=False),
        sa.Column("billing_period", sa.Date(), nullable=False),
        sa.Column("receipt_number", sa.Text(), nullable=False),
        sa.Column("formed_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("corrects_bill_id", sa.BigInteger(), nullable=True),
        sa.Column("formed_by", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "receipt_number ~ '^R[0-9]{8,18}$'", name=op.f("ck_bill_receipt_number_format")
        ),
        sa.CheckConstraint("due_on >= formed_on", name=op.f("ck_bill_due_after_formed")),
        sa.CheckConstraint(
            "extract(day FROM billing_period) = 1", name=op.f("ck_bill_period_is_month")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["billing.account.id"], name=op.f("fk_bill_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["corrects_bill_id"], ["billing.bill.id"], name=op.f("fk_bill_corrects_bill_id_bill")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill")),
        sa.UniqueConstraint("receipt_number", name=op.f("uq_bill_receipt_number")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_bill_corrects_bill_id"),
        "bill",
        ["corrects_bill_id"],
        unique=False,
        schema="billing",
    )
    op.create_index(
        "uq_bill_account_id_billing_period",
        "bill",
        ["account_id", "billing_period"],
        unique=True,
        schema="billing",
        postgresql_where=sa.text("corrects_bill_id IS NULL"),
    )
    op.create_table(
        "link_request",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "number",
            sa.BigInteger(),
            server_default=sa.text("nextval('billing.link_request_number_seq')"),
            nullable=False,
        ),
        sa.Column("portal_user_id", sa.BigInteger(), nullable=False),
        sa.Column("region_id", sa.SmallInteger(), nullable=False),
        sa.Column("account_number", sa.Text(), nullable=False),
        sa.Column("account_id", sa.BigInteger(), nullable=True),
        sa.Column("proof_kind", sa.Text(), nullable=False),
        sa.Column("proof_value", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("check_code", sa.Text(), nullable=True),
        sa.Column("check_details", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("decided_by", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("claimed_by", sa.Text(), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "proof_kind IN ('last_payment_amount', 'surname_prefix', 'meter_serial', 'receipt_number')",
            name=op.f("ck_link_request_proof_kind"),
        ),
        sa.CheckConstraint(
            "status <> 'rejected' OR reason IS NOT NULL",
            name=op.f("ck_link_request_rejection_has_reason"),
        ),
        sa.CheckConstraint(
            "status IN ('new', 'auto_approved', 'pending', 'approved', 'rejected', 'cancelled')",
            name=op.f("ck_link_request_status"),
        ),
        sa.CheckConstraint(
            "status NOT IN ('approved', 'rejected') OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)",
            name=op.f("ck_link_request_decision_recorded"),
        ),
        sa.CheckConstraint(
            "length(btrim(proof_value)) > 0", name=op.f("ck_link_request_proof_value_present")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["billing.account.id"], name=op.f("fk_link_request_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["portal_user_id"],
            ["billing.portal_user.id"],
            name=op.f("fk_link_request_portal_user_id_portal_user"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["billing.region.id"], name=op.f("fk_link_request_region_id_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_request")),
        sa.UniqueConstraint("number", name=op.f("uq_link_request_number")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_link_request_account_id"),
        "link_request",
        ["account_id"],
        unique=False,
        schema="billing",
    )
    op.create_index(
        op.f("ix_link_request_portal_user_id"),
        "link_request",
        ["portal_user_id"],
        unique=False,
        schema="billing",
    )
    op.create_index(
        "ix_link_request_status_created_at",
        "link_request",
        ["status", "created_at"],
        unique=False,
        schema="billing",
    )
    op.create_table(
        "metering_point",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("account_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["billing.account.id"],
            name=op.f("fk_metering_point_account_id_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metering_point")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_metering_point_account_id"),
        "metering_point",
        ["account_id"],
        unique=False,
        schema="billing",
    )
    op.create_table(
        "account_link",
        sa.Column("portal_user_id", sa.BigInteger(), nullable=False),
        sa.Column("account_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "linked_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("link_request_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["billing.account.id"], name=op.f("fk_account_link_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["link_request_id"],
            ["billing.link_request.id"],
            name=op.f("fk_account_link_link_request_id_link_request"),
        ),
        sa.ForeignKeyConstraint(
            ["portal_user_id"],
            ["billing.portal_user.id"],
            name=op.f("fk_account_link_portal_user_id_portal_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("portal_user_id", "account_id", name=op.f("pk_account_link")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_account_link_account_id"),
        "account_link",
        ["account_id"],
        unique=False,
        schema="billing",
    )
    op.create_table(
        "meter",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("metering_point_id", sa.BigInteger(), nullable=False),
        sa.Column("serial_number", sa.Text(), nullable=False),
        sa.Column(
            "serial_key",
            sa.Text(),
            sa.Computed("upper(serial_number)", persisted=True),
            nullable=False,
        ),
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("digits", sa.SmallInteger(), nullable=False),
        sa.Column("zones", sa.SmallInteger(), nullable=False),
        sa.Column("installed_on", sa.Date(), nullable=False),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("calibration_due", sa.Date(), nullable=False),
        sa.CheckConstraint("digits BETWEEN 4 AND 9", name=op.f("ck_meter_digits")),
        sa.CheckConstraint(
            "length(serial_number) BETWEEN 4 AND 32", name=op.f("ck_meter_serial_length")
        ),
        sa.CheckConstraint(
            "removed_on IS NULL OR removed_on >= installed_on",
            name=op.f("ck_meter_removed_after_installed"),
        ),
        sa.CheckConstraint("zones BETWEEN 1 AND 3", name=op.f("ck_meter_zones")),
        sa.ForeignKeyConstraint(
            ["metering_point_id"],
            ["billing.metering_point.id"],
            name=op.f("fk_meter_metering_point_id_metering_point"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meter")),
        sa.UniqueConstraint("serial_key", name=op.f("uq_meter_serial_key")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_meter_metering_point_id"),
        "meter",
        ["metering_point_id"],
        unique=False,
        schema="billing",
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("account_id", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("idempotency_key", sa.Uuid(), nullable=True),
        sa.Column("bill_id", sa.BigInteger(), nullable=True),
        sa.Column("reverses_id", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("entered_by", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "channel IN ('cash_desk', 'bank', 'online', 'portal')", name=op.f("ck_payment_channel")
        ),
        sa.CheckConstraint(
            "(reverses_id IS NULL AND amount > 0) OR (reverses_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL)",
            name=op.f("ck_payment_amount_sign"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["billing.account.id"], name=op.f("fk_payment_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["billing.bill.id"], name=op.f("fk_payment_bill_id_bill")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["billing.payment.id"], name=op.f("fk_payment_reverses_id_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("channel", "external_id", name=op.f("uq_payment_channel_external_id")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_payment_idempotency_key")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_payment_reverses_id")),
        schema="billing",
    )
    op.create_index(
        "ix_payment_account_id_paid_on",
        "payment",
        ["account_id", "paid_on"],
        unique=False,
        schema="billing",
    )
    op.create_index(
        op.f("ix_payment_bill_id"), "payment", ["bill_id"], unique=False, schema="billing"
    )
    op.create_table(
        "reading",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("meter_id", sa.BigInteger(), nullable=False),
        sa.Column("zone", sa.Text(), nullable=False),
        sa.Column("value", sa.Numeric(precision=12, scale=3), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("entered_by", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("corrects_id", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "source IN ('customer', 'customer_anonymous', 'operator', 'inspector', 'smart_meter', 'estimated')",
            name=op.f("ck_reading_source"),
        ),
        sa.CheckConstraint("zone IN ('T1', 'T2', 'T3')", name=op.f("ck_reading_zone")),
        sa.CheckConstraint(
            "corrects_id IS NULL OR (reason IS NOT NULL AND length(btrim(reason)) > 0)",
            name=op.f("ck_reading_correction_has_reason"),
        ),
        sa.CheckConstraint("value >= 0", name=op.f("ck_reading_value_non_negative")),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["billing.reading.id"], name=op.f("fk_reading_corrects_id_reading")
        ),
        sa.ForeignKeyConstraint(
            ["meter_id"], ["billing.meter.id"], name=op.f("fk_reading_meter_id_meter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reading")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_reading_corrects_id"), "reading", ["corrects_id"], unique=False, schema="billing"
    )
    op.create_index(
        "ix_reading_meter_id_taken_on",
        "reading",
        ["meter_id", "taken_on"],
        unique=False,
        schema="billing",
    )
    op.create_index(
        "uq_reading_meter_id_zone_taken_on",
        "reading",
        ["meter_id", "zone", "taken_on"],
        unique=True,
        schema="billing",
        postgresql_where=sa.text("corrects_id IS NULL"),
    )
    op.create_table(
        "bill_line",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("bill_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("zone", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=3), nullable=True),
        sa.Column("rate", sa.Numeric(precision=10, scale=4), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("previous_reading_id", sa.BigInteger(), nullable=True),
        sa.Column("current_reading_id", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "amount >= 0 OR kind = 'correction'", name=op.f("ck_bill_line_amount_non_negative")
        ),
        sa.CheckConstraint(
            "kind <> 'electricity' OR zone IS NOT NULL",
            name=op.f("ck_bill_line_electricity_has_zone"),
        ),
        sa.CheckConstraint(
            "kind IN ('electricity', 'debt_schedule', 'act', 'service', 'penalty', 'correction')",
            name=op.f("ck_bill_line_kind"),
        ),
        sa.CheckConstraint(
            "zone IS NULL OR zone IN ('T1', 'T2', 'T3')", name=op.f("ck_bill_line_zone")
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_bill_line_quantity_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["bill_id"],
            ["billing.bill.id"],
            name=op.f("fk_bill_line_bill_id_bill"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["current_reading_id"],
            ["billing.reading.id"],
            name=op.f("fk_bill_line_current_reading_id_reading"),
        ),
        sa.ForeignKeyConstraint(
            ["previous_reading_id"],
            ["billing.reading.id"],
            name=op.f("fk_bill_line_previous_reading_id_reading"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_line")),
        schema="billing",
    )
    op.create_index(
        op.f("ix_bill_line_bill_id"), "bill_line", ["bill_id"], unique=False, schema="billing"
    )
    op.create_index(
        op.f("ix_bill_line_current_reading_id"),
        "bill_line",
        ["current_reading_id"],
        unique=False,
        schema="billing",
    )
    # ### end Alembic commands ###
    op.execute(READING_ZONE_FUNCTION)
    op.execute(
        "CREATE TRIGGER reading_zone_within_meter BEFORE INSERT OR UPDATE OF zone, meter_id "
        "ON billing.reading FOR EACH ROW EXECUTE FUNCTION billing.reading_zone_within_meter()"
    )
    op.execute(AUDIT_FUNCTION)
    for table in AUDITED_TABLES:
        keys = ", ".join(f"'{column}'" for column in PRIMARY_KEYS.get(table, ("id",)))
        op.execute(
            f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION billing.audit_row({keys})"
        )


def downgrade() -> None:
    op.execute("DROP FUNCTION billing.audit_row() CASCADE")
    op.execute("DROP FUNCTION billing.reading_zone_within_meter() CASCADE")
    op.drop_index(op.f("ix_bill_line_current_reading_id"), table_name="bill_line", schema="billing")
    op.drop_index(op.f("ix_bill_line_bill_id"), table_name="bill_line", schema="billing")
    op.drop_table("bill_line", schema="billing")
    op.drop_index(
        "uq_reading_meter_id_zone_taken_on",
        table_name="reading",
        schema="billing",
        postgresql_where=sa.text("corrects_id IS NULL"),
    )
    op.drop_index("ix_reading_meter_id_taken_on", table_name="reading", schema="billing")
    op.drop_index(op.f("ix_reading_corrects_id"), table_name="reading", schema="billing")
    op.drop_table("reading", schema="billing")
    op.drop_index(op.f("ix_payment_bill_id"), table_name="payment", schema="billing")
    op.drop_index("ix_payment_account_id_paid_on", table_name="payment", schema="billing")
    op.drop_table("payment", schema="billing")
    op.drop_index(op.f("ix_meter_metering_point_id"), table_name="meter", schema="billing")
    op.drop_table("meter", schema="billing")
    op.drop_index(op.f("ix_account_link_account_id"), table_name="account_link", schema="billing")
    op.drop_table("account_link", schema="billing")
    op.drop_index(
        op.f("ix_metering_point_account_id"), table_name="metering_point", schema="billing"
    )
    op.drop_table("metering_point", schema="billing")
    op.drop_index("ix_link_request_status_created_at", table_name="link_request", schema="billing")
    op.drop_index(
        op.f("ix_link_request_portal_user_id"), table_name="link_request", schema="billing"
    )
    op.drop_index(op.f("ix_link_request_account_id"), table_name="link_request", schema="billing")
    op.drop_table("link_request", schema="billing")
    op.drop_index(
        "uq_bill_account_id_billing_period",
        table_name="bill",
        schema="billing",
        postgresql_where=sa.text("corrects_bill_id IS NULL"),
    )
    op.drop_index(op.f("ix_bill_corrects_bill_id"), table_name="bill", schema="billing")
    op.drop_table("bill", schema="billing")
    op.drop_index(
        "ix_registration_review_status_created_at",
        table_name="registration_review",
        schema="billing",
    )
    op.drop_table("registration_review", schema="billing")
    op.drop_index(
        op.f("ix_notification_portal_user_id"), table_name="notification", schema="billing"
    )
    op.drop_index(
        "ix_notification_due",
        table_name="notification",
        schema="billing",
        postgresql_where=sa.text("status IN ('queued', 'failed')"),
    )
    op.drop_table("notification", schema="billing")
    op.drop_index("ix_account_number", table_name="account", schema="billing")
    op.drop_index(op.f("ix_account_customer_id"), table_name="account", schema="billing")
    op.drop_index(op.f("ix_account_contract_id"), table_name="account", schema="billing")
    op.drop_index(
        "ix_account_address_key",
        table_name="account",
        schema="billing",
        postgresql_ops={"address_key": "text_pattern_ops"},
    )
    op.drop_table("account", schema="billing")
    op.drop_table("tariff", schema="billing")
    op.drop_index("ix_portal_user_phone", table_name="portal_user", schema="billing")
    op.drop_index(op.f("ix_portal_user_customer_id"), table_name="portal_user", schema="billing")
    op.drop_table("portal_user", schema="billing")
    op.drop_index(op.f("ix_contract_customer_id"), table_name="contract", schema="billing")
    op.drop_table("contract", schema="billing")
    op.drop_table("region", schema="billing")
    op.drop_index("ix_customer_phone", table_name="customer", schema="billing")
    op.drop_index(
        "ix_customer_name_key",
        table_name="customer",
        schema="billing",
        postgresql_ops={"name_key": "text_pattern_ops"},
    )
    op.drop_index("ix_customer_inn", table_name="customer", schema="billing")
    op.drop_index("ix_customer_email_key", table_name="customer", schema="billing")
    op.drop_table("customer", schema="billing")
    op.drop_index("ix_audit_log_table_name_row_key", table_name="audit_log", schema="billing")
    op.drop_index("ix_audit_log_operator_at", table_name="audit_log", schema="billing")
    op.drop_index("ix_audit_log_at", table_name="audit_log", schema="billing")
    op.drop_table("audit_log", schema="billing")
    op.execute("DROP SEQUENCE billing.link_request_number_seq")
    # ### end Alembic commands ###
