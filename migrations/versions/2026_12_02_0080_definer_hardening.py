"""Definer functions can't be hijacked; protected tables; disable is final; passwords set outside.

Every function of schema ``billing`` now lives in ``models/sql/functions/<name>.sql``;
this migration applies their frozen copy ``migrations/sql/0080/`` (see
``migrations/sql_files.py``):

* every SECURITY DEFINER function (and every other one that sets a search_path) has
  ``SET search_path = pg_catalog, billing, pg_temp`` — the session's temporary schema
  last, so a temporary view named like a table can never stand in for it — and names
  every relation, type, sequence, function and catalog with its schema;
* every console function first runs ``billing.assert_operator_active()``: a disabled
  operator, or one whose password was set outside the console, is refused;
* ``billing.disable_operator`` also takes the operator out of their group and holds the
  registry row, so a session opened in the instant before the admin's commit can do
  nothing once it lands.

Tables are no longer owned by the role the functions run as: ``billing_data_owner``
(NOLOGIN, no function runs as it) owns the schema, every table and sequence and every
function that is not SECURITY DEFINER; ``billing_owner`` keeps only the SECURITY DEFINER
functions and the grants they need, so it can neither disable a trigger nor replace the
audit trigger function.

When the migration runs as a superuser (the embedded and test servers do) it also
installs schema ``billing_guard`` (owned by that superuser): the password fingerprint
that notices ``ALTER ROLE … PASSWORD`` and the event triggers that keep the triggers of
payments, readings, bills, bill lines, the audit log and the print log (refused to
non-superusers; a superuser's DDL is audited). Without a superuser neither exists
(docs/privileges.md says what to do on a real server).

``TEMPORARY`` on the database is revoked from PUBLIC and the groups.

Revision ID: 0080
Revises: 0070
Create Date: 2026-12-02 13:24:24
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, is_superuser, revert_snapshot

revision: str = "0080"
down_revision: str | None = "0070"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
DATA_OWNER = "billing_data_owner"
LOGIN_CHECK_ROLE = "billing_login_check"
LOGIN_CHECK_PASSWORD = "billing-login-check"
GROUPS = ("billing_agent", "billing_cashier", "billing_supervisor", "billing_admin")
SENDER = "billing_sender"

OWNER_WRITES = {
    "account_link": "INSERT, DELETE",
    "audit_log": "INSERT",
    "bill": "INSERT, UPDATE",
    "bill_line": "INSERT",
    "cash_shift": "INSERT, UPDATE",
    "document_print": "INSERT",
    "link_request": "INSERT, UPDATE",
    "login_fingerprint": "INSERT, UPDATE",
    "notification": "INSERT, UPDATE",
    "operator": "INSERT, UPDATE",
    "portal_action": "INSERT",
    "portal_user": "UPDATE, DELETE",
    "reading": "INSERT",
    "registration_review": "UPDATE, DELETE",
    # Row locks only (SELECT … FOR UPDATE needs UPDATE on one column); the rows
    # themselves never change (payments: billing.forbid_change refuses).
    "meter": "UPDATE (id)",
    "payment": "INSERT, UPDATE (id)",
}
"""What billing_owner may write besides reading every table: exactly what its functions do."""
OWNER_SEQUENCES = ("link_request_number_seq", "receipt_number_seq")

LOGIN_FINGERPRINT_TABLE = """
CREATE TABLE billing.login_fingerprint (
    login text NOT NULL,
    fingerprint text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_login_fingerprint PRIMARY KEY (login)
)
"""

ALL_OBJECTS = """
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname, c.relkind FROM pg_catalog.pg_class c
              WHERE c.relnamespace = 'billing'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                                 WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')
                                   AND d.classid = 'pg_catalog.pg_class'::regclass
                                   AND d.refclassid = 'pg_catalog.pg_class'::regclass)
    LOOP
        EXECUTE pg_catalog.format('ALTER %s billing.%I OWNER TO {owner}',
            CASE t.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                           WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, t.relname);
    END LOOP;
END
$$
"""
"""Gives every table, view and free-standing sequence of the schema to ``{owner}``."""

TEMPORARY = """
DO $$ BEGIN
    EXECUTE pg_catalog.format('{verb} TEMPORARY ON DATABASE %I {direction} PUBLIC{groups}',
                              pg_catalog.current_database());
END $$
"""


def _create_role(name: str, options: str) -> None:
    op.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {name} {options}; END IF; END $$"
    )


def _version_at_least(version_num: int) -> bool:
    bind = op.get_bind()
    current = bind.exec_driver_sql("SELECT current_setting('server_version_num')::int").scalar()
    return int(current or 0) >= version_num


def upgrade() -> None:
    _create_role(DATA_OWNER, "NOLOGIN")

    # Tables: owned by billing_data_owner; billing_owner reads all and writes what its
    # functions write.
    op.execute(f"ALTER SCHEMA billing OWNER TO {DATA_OWNER}")
    op.execute(ALL_OBJECTS.replace("{owner}", DATA_OWNER))
    op.execute(LOGIN_FINGERPRINT_TABLE)
    op.execute(f"ALTER TABLE billing.login_fingerprint OWNER TO {DATA_OWNER}")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.login_fingerprint "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('login')"
    )
    op.execute("ALTER TABLE billing.operator ADD COLUMN password_bypassed_at timestamptz")
    op.execute("ALTER TABLE billing.audit_log DROP CONSTRAINT ck_audit_log_action")
    op.execute(
        "ALTER TABLE billing.audit_log ADD CONSTRAINT ck_audit_log_action "
        "CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'REVEAL', 'DDL'))"
    )
    op.execute(f"REVOKE ALL ON SCHEMA billing FROM {OWNER}")
    op.execute(f"GRANT USAGE ON SCHEMA billing TO {OWNER}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA billing FROM {OWNER}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA billing FROM {OWNER}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA billing TO {OWNER}")
    for table, privileges in OWNER_WRITES.items():
        op.execute(f"GRANT {privileges} ON billing.{table} TO {OWNER}")
    for sequence in OWNER_SEQUENCES:
        op.execute(f"GRANT USAGE ON SEQUENCE billing.{sequence} TO {OWNER}")
    # Administrators keep reading the registry (0010); nobody reads the fingerprints.

    # billing_owner may give billing_login_check its published password back
    # (billing.detect_password_bypasses); PostgreSQL 16+ needs ADMIN on the role for that.
    if _version_at_least(160000):
        op.execute(f"GRANT {LOGIN_CHECK_ROLE} TO {OWNER} WITH ADMIN TRUE, INHERIT FALSE, SET FALSE")

    guarded = apply_snapshot(op, "0080")

    if guarded:
        # Trust on first use: the passwords as they are now are the console's. The login
        # check role gets its published password back first (anyone could have changed it).
        op.execute(f"ALTER ROLE {LOGIN_CHECK_ROLE} PASSWORD '{LOGIN_CHECK_PASSWORD}'")
        op.execute(f"SELECT billing.record_password_fingerprint('{LOGIN_CHECK_ROLE}')")
        op.execute(
            "SELECT billing.record_password_fingerprint(o.login) FROM billing.operator o "
            "JOIN pg_catalog.pg_roles r ON r.rolname = o.login"
        )

    # Disabled operators keep no group (billing.disable_operator now revokes it).
    op.execute(
        """
        DO $$ DECLARE m record; BEGIN
            FOR m IN SELECT g.rolname AS grp, r.rolname AS login
                       FROM billing.operator o
                       JOIN pg_catalog.pg_roles r ON r.rolname = o.login
                       JOIN pg_catalog.pg_auth_members am ON am.member = r.oid
                       JOIN pg_catalog.pg_roles g ON g.oid = am.roleid
                      WHERE o.disabled AND g.rolname LIKE 'billing\\_%'
            LOOP
                EXECUTE pg_catalog.format('REVOKE %I FROM %I', m.grp, m.login);
            END LOOP;
        END $$
        """
    )

    groups = ", ".join((*GROUPS, SENDER, LOGIN_CHECK_ROLE))
    op.execute(
        TEMPORARY.replace("{verb}", "REVOKE")
        .replace("{direction}", "FROM")
        .replace("{groups}", f", {groups}")
    )


def downgrade() -> None:
    op.execute(
        TEMPORARY.replace("{verb}", "GRANT").replace("{direction}", "TO").replace("{groups}", "")
    )
    if is_superuser(op):
        op.execute("DROP SCHEMA IF EXISTS billing_guard CASCADE")
    revert_snapshot(op, "0080")
    if _version_at_least(160000):
        op.execute(f"REVOKE {LOGIN_CHECK_ROLE} FROM {OWNER}")
    op.execute(f"ALTER SCHEMA billing OWNER TO {OWNER}")
    op.execute(ALL_OBJECTS.replace("{owner}", OWNER))
    op.execute("DROP TABLE billing.login_fingerprint")
    op.execute("ALTER TABLE billing.operator DROP COLUMN password_bypassed_at")
    op.execute("ALTER TABLE billing.audit_log DROP CONSTRAINT ck_audit_log_action")
    op.execute(
        "ALTER TABLE billing.audit_log ADD CONSTRAINT ck_audit_log_action "
        "CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'REVEAL')) NOT VALID"
    )
    # Disabled operators stay without a group: the old enable_operator does not grant one.
    # The old functions need nothing the owner lost: it owns every table again.
