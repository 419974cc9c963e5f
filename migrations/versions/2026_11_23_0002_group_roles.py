"""Group roles and schema ownership: PostgreSQL is the guard.

The schema and every table belong to ``billing_owner``, a role nobody logs in as.
Operators are login roles, members of exactly one group role: ``billing_agent``,
``billing_cashier``, ``billing_supervisor`` or ``billing_admin``. This migration
creates the groups and the read access they share; each capability's migration
grants its own writes (mostly EXECUTE on SECURITY DEFINER functions).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:55:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
GROUPS = ("billing_agent", "billing_cashier", "billing_supervisor", "billing_admin")
READABLE = (
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
    "account_link",
    "link_request",
    "registration_review",
    "notification",
)


def _create_role(name: str, options: str) -> None:
    op.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {name} {options}; END IF; END $$"
    )


def upgrade() -> None:
    _create_role(OWNER, "NOLOGIN")
    for group in GROUPS:
        _create_role(group, "NOLOGIN NOINHERIT" if group == "billing_admin" else "NOLOGIN")
    op.execute(f"ALTER SCHEMA billing OWNER TO {OWNER}")
    op.execute(
        f"""DO $$ DECLARE t record; BEGIN
            FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'billing' LOOP
                EXECUTE format('ALTER TABLE billing.%I OWNER TO {OWNER}', t.tablename);
            END LOOP;
            FOR t IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'billing' LOOP
                EXECUTE format('ALTER SEQUENCE billing.%I OWNER TO {OWNER}', t.sequencename);
            END LOOP;
        END $$"""
    )
    op.execute(f"ALTER FUNCTION billing.audit_row() OWNER TO {OWNER}")
    op.execute(f"ALTER FUNCTION billing.reading_zone_within_meter() OWNER TO {OWNER}")
    op.execute("REVOKE ALL ON SCHEMA billing FROM PUBLIC")
    op.execute("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA billing FROM PUBLIC")
    for group in GROUPS:
        op.execute(f"GRANT USAGE ON SCHEMA billing TO {group}")
    operators = ", ".join(g for g in GROUPS if g != "billing_admin")
    op.execute(f"GRANT SELECT ON {', '.join('billing.' + t for t in READABLE)} TO {operators}")
    # Portal password hashes are never readable by operators: every column but the hash.
    op.execute(
        "GRANT SELECT (id, login, login_key, email, email_key, phone, kind, status, block_reason,"
        f" customer_id, created_at, email_confirmed_at, version) ON billing.portal_user TO {operators}"
    )
    op.execute("GRANT SELECT ON billing.alembic_version TO " + ", ".join(GROUPS))


def downgrade() -> None:
    operators = ", ".join(g for g in GROUPS if g != "billing_admin")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA billing FROM {', '.join(GROUPS)}")
    op.execute(f"REVOKE USAGE ON SCHEMA billing FROM {', '.join(GROUPS)}")
    del operators
