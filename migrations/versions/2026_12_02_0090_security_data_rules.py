"""Security data rules: contacts need a reason, text has limits, operators have timeouts.

* **Contacts.** Agents, cashiers and supervisors lose ``SELECT`` on the phones and
  e-mails of customers and portal users (and on ``email_key``, their lower-case copy),
  on notification recipients and on the old/new contacts portal actions record
  (``portal_action.details``). What the console shows comes masked from the database:
  generated columns ``phone_masked``/``email_masked`` (``+7 (***) ***-**-67``,
  ``iv***@mail.ru``) and ``notification.recipient_masked``, readable by agents and
  supervisors; cashiers read no contacts at all, not even masked ones. Search by phone
  or e-mail goes through ``billing.find_by_contact`` (agents and supervisors), which
  returns the matching customers' and portal logins' ids with the contact masked. ``billing.reveal_contact`` stays the only way to
  a whole contact, and it writes a ``REVEAL`` audit row; cashiers may no longer call it.
* **Text rules.** Every text a person types has a maximum length and may contain no
  control or invisible formatting characters (``billing.text_ok``; the same rules as
  ``models.domain.text``); stored e-mails are valid and normalised
  (``billing.email_is_valid``: ``models.domain.emails``), portal logins follow the
  portal's rule, operator logins are no SQL keyword (``billing.operator_login_is_valid``).
  Existing e-mails are trimmed and get a lower-case domain first; a constraint that
  existing rows still break is left ``NOT VALID`` with a warning (new and changed rows
  are checked anyway) rather than failing the upgrade of a real server.
* **Portal phones are unique** (``uq_portal_user_phone``; a server whose logins already
  share a phone keeps its plain index, with a warning).
* **Reused payment keys** are refused (``take_payment``, ``payment.key_reused``) unless
  every parameter is the same; **no advisory locks**: ``record_print`` lets the unique
  index decide the copy number, ``portal_change_phone`` the unique phone index;
  ``create_operator`` refuses SQL keywords and gives new operators the timeouts;
  ``history_of`` masks contacts in the history operators read.
* **Timeouts.** Every operator's login role gets ``statement_timeout``,
  ``lock_timeout`` and ``idle_in_transaction_session_timeout`` (role settings; the
  groups' own settings would not reach their members), as does ``billing_login_check``.

SQL files (frozen in migrations/sql/0090/, applied by migrations.sql_files):
* create_operator.sql
* email_is_normal.sql
* email_is_valid.sql
* find_by_contact.sql
* history_of.sql
* mask_contacts.sql
* mask_email.sql
* mask_phone.sql
* operator_login_is_valid.sql
* portal_change_email.sql
* portal_change_phone.sql
* record_print.sql
* replayed_payment.sql
* reveal_contact.sql
* take_payment.sql
* text_is_clean.sql
* text_ok.sql
* texts_ok.sql

Revision ID: 0090
Revises: 0080
Create Date: 2026-12-02 13:30:00
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0090"
down_revision: str | None = "0080"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVING = ("billing_agent", "billing_cashier", "billing_supervisor")
CONTACT_READERS = ("billing_agent", "billing_supervisor")
LOGIN_CHECK_ROLE = "billing_login_check"

TIMEOUTS = {
    "statement_timeout": "60s",
    "lock_timeout": "5s",
    "idle_in_transaction_session_timeout": "60s",
}
"""Per operator login role (see docs/privileges.md, "Locks and timeouts")."""

TEXT_LIMITS: tuple[tuple[str, str, int], ...] = (
    ("customer", "last_name", 100),
    ("customer", "first_name", 100),
    ("customer", "middle_name", 100),
    ("customer", "name", 500),
    ("contract", "number", 50),
    ("account", "settlement", 200),
    ("account", "street", 200),
    ("account", "house", 20),
    ("account", "flat", 20),
    ("metering_point", "name", 200),
    ("meter", "serial_number", 32),
    ("meter", "model", 100),
    ("portal_user", "block_reason", 500),
    ("portal_action", "reason", 500),
    ("link_request", "account_number", 32),
    ("link_request", "proof_value", 100),
    ("link_request", "reason", 1000),
    ("registration_review", "organisation_type", 20),
    ("registration_review", "organisation_name", 500),
    ("registration_review", "inn", 20),
    ("registration_review", "kpp", 20),
    ("registration_review", "ogrn", 20),
    ("registration_review", "account_number", 32),
    ("registration_review", "reason", 1000),
    ("payment", "reason", 500),
    ("payment", "external_id", 100),
    ("reading", "reason", 500),
    ("operator", "full_name", 200),
    ("document_print", "document_key", 100),
    ("rejection_reason", "title", 200),
)
"""(table, column, max length): the column's CHECK is ``billing.text_ok(column, max)``.

The limits are those of ``models.domain.text.MAX_LENGTHS`` (a test compares them)."""

OTHER_RULES: tuple[tuple[str, str, str], ...] = (
    ("customer", "ck_customer_email_rules", "email IS NULL OR billing.email_is_normal(email)"),
    ("portal_user", "ck_portal_user_email_rules", "billing.email_is_normal(email)"),
    (
        "portal_user",
        "ck_portal_user_login_charset",
        "login ~ '^[A-Za-z0-9._@-]{8,64}$'",
    ),
    (
        "registration_review",
        "ck_registration_review_contract_numbers_text",
        "billing.texts_ok(contract_numbers, 50, 20)",
    ),
    ("operator", "ck_operator_login_valid", "billing.operator_login_is_valid(login)"),
)
"""(table, constraint, condition): the rules that are more than a length."""

MASKED_COLUMNS = (
    ("customer", "phone_masked", "billing.mask_phone(phone)"),
    ("customer", "email_masked", "billing.mask_email(email)"),
    ("portal_user", "phone_masked", "billing.mask_phone(phone)"),
    ("portal_user", "email_masked", "billing.mask_email(email)"),
    (
        "notification",
        "recipient_masked",
        "CASE channel WHEN 'sms' THEN billing.mask_phone(recipient)"
        " ELSE billing.mask_email(recipient) END",
    ),
)

READABLE_COLUMNS = {
    "customer": (
        "id, kind, last_name, first_name, middle_name, name, inn, kpp, ogrn, name_key,"
        " lookup_name_key, created_at"
    ),
    "portal_user": (
        "id, login, login_key, kind, status, block_reason, customer_id, created_at,"
        " email_confirmed_at, version"
    ),
    "notification": (
        "id, portal_user_id, channel, template, subject, body, status, attempts,"
        " next_attempt_at, last_error, idempotency_key, created_by, created_at, sent_at"
    ),
    "portal_action": "id, portal_user_id, login, action, reason, performed_by, performed_at",
}
"""What every serving group reads of the tables holding contacts (no contact columns)."""
MASKED_READABLE = {
    "customer": "phone_masked, email_masked",
    "portal_user": "phone_masked, email_masked",
    "notification": "recipient_masked",
}
"""The masked contacts, for agents and supervisors only."""


def _check(table: str, name: str, condition: str) -> None:
    """Add a CHECK without failing on old rows: validated if they pass, else left NOT VALID."""
    op.execute(f"ALTER TABLE billing.{table} ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID")
    op.execute(
        f"""DO $$ BEGIN
            ALTER TABLE billing.{table} VALIDATE CONSTRAINT {name};
        EXCEPTION WHEN check_violation THEN
            RAISE WARNING 'existing rows of billing.{table} break {name}: it checks new and '
                          'changed rows only until they are fixed (then VALIDATE CONSTRAINT)';
        END $$"""
    )


def _set_timeouts(role_sql: str) -> str:
    return " ".join(
        f"EXECUTE format('ALTER ROLE %I SET {name} = %L', {role_sql}, '{value}');"
        for name, value in TIMEOUTS.items()
    )


def upgrade() -> None:
    # The rule and masking functions the constraints and columns below use, the contact
    # searches and the changed functions (models/sql/functions, frozen in migrations/sql/0090).
    apply_snapshot(op, "0090")

    # Normal form of the e-mails already stored: trimmed, domain in lower case.
    for table in ("customer", "portal_user"):
        op.execute(
            f"UPDATE billing.{table} SET email = split_part(btrim(email), '@', 1) || '@'"
            " || lower(substring(btrim(email) FROM '@([^@]*)$'))"
            " WHERE email IS NOT NULL AND btrim(email) ~ '^[^@]+@[^@]+$'"
            " AND email <> split_part(btrim(email), '@', 1) || '@'"
            " || lower(substring(btrim(email) FROM '@([^@]*)$'))"
        )
    for table, column, limit in TEXT_LIMITS:
        _check(table, f"ck_{table}_{column}_text", f"billing.text_ok({column}, {limit})")
    for table, name, condition in OTHER_RULES:
        _check(table, name, condition)

    for table, column, expression in MASKED_COLUMNS:
        op.execute(
            f"ALTER TABLE billing.{table} ADD COLUMN {column} text"
            f" GENERATED ALWAYS AS ({expression}) STORED"
        )

    # Portal logins' phones are unique (portal_change_phone relied on an advisory lock any
    # role could take); a server whose logins already share a phone keeps the plain index.
    op.execute(
        """DO $$ BEGIN
            CREATE UNIQUE INDEX uq_portal_user_phone ON billing.portal_user (phone)
             WHERE phone IS NOT NULL;
            DROP INDEX billing.ix_portal_user_phone;
        EXCEPTION WHEN unique_violation THEN
            RAISE WARNING 'portal logins share phones: uq_portal_user_phone not created, '
                          'phone changes are serialised by the function''s check only';
        END $$"""
    )

    groups = ", ".join(SERVING)
    readers = ", ".join(CONTACT_READERS)
    for table, columns in READABLE_COLUMNS.items():
        op.execute(f"REVOKE SELECT ON billing.{table} FROM {groups}")
        op.execute(f"GRANT SELECT ({columns}) ON billing.{table} TO {groups}")
    for table, columns in MASKED_READABLE.items():
        op.execute(f"GRANT SELECT ({columns}) ON billing.{table} TO {readers}")

    # The file grants reveal_contact to agents and supervisors; cashiers had it since 0010.
    op.execute(
        "REVOKE EXECUTE ON FUNCTION billing.reveal_contact(text, bigint, text) FROM billing_cashier"
    )

    # Timeouts on every operator's login role (and the login-check role).
    op.execute(
        "DO $$ DECLARE o record; BEGIN"
        " FOR o IN SELECT r.rolname FROM billing.operator op"
        "   JOIN pg_catalog.pg_roles r ON r.rolname = op.login LOOP "
        + _set_timeouts("o.rolname")
        + " END LOOP;"
        f" IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{LOGIN_CHECK_ROLE}') THEN "
        + _set_timeouts(f"'{LOGIN_CHECK_ROLE}'")
        + " END IF; END $$"
    )


def downgrade() -> None:
    op.execute(
        "DO $$ DECLARE o record; BEGIN"
        " FOR o IN SELECT r.rolname FROM billing.operator op"
        "   JOIN pg_catalog.pg_roles r ON r.rolname = op.login"
        f"  UNION SELECT '{LOGIN_CHECK_ROLE}' LOOP "
        + " ".join(f"EXECUTE format('ALTER ROLE %I RESET {name}', o.rolname);" for name in TIMEOUTS)
        + " END LOOP; END $$"
    )
    op.execute(
        "GRANT EXECUTE ON FUNCTION billing.reveal_contact(text, bigint, text) TO billing_cashier"
    )
    groups = ", ".join(SERVING)
    for table in READABLE_COLUMNS:
        op.execute(f"REVOKE SELECT ON billing.{table} FROM {groups}")
    for table in ("customer", "notification"):
        op.execute(f"GRANT SELECT ON billing.{table} TO {groups}")
    op.execute(
        "GRANT SELECT (id, login, login_key, email, email_key, phone, kind, status, block_reason,"
        f" customer_id, created_at, email_confirmed_at, version) ON billing.portal_user TO {groups}"
    )
    op.execute(f"GRANT SELECT ON billing.portal_action TO {groups}")
    op.execute("CREATE INDEX IF NOT EXISTS ix_portal_user_phone ON billing.portal_user (phone)")
    op.execute("DROP INDEX IF EXISTS billing.uq_portal_user_phone")
    for table, column, _expression in MASKED_COLUMNS:
        op.execute(f"ALTER TABLE billing.{table} DROP COLUMN {column}")
    for table, name, _condition in OTHER_RULES:
        op.execute(f"ALTER TABLE billing.{table} DROP CONSTRAINT {name}")
    for table, column, _limit in TEXT_LIMITS:
        op.execute(f"ALTER TABLE billing.{table} DROP CONSTRAINT ck_{table}_{column}_text")
    revert_snapshot(op, "0090")
