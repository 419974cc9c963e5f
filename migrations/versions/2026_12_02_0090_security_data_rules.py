"""Security data rules: contacts need a reason, text has limits, operators have timeouts.

* **Contacts.** Agents, cashiers and supervisors lose ``SELECT`` on the phones and
  e-mails of customers and portal users (and on ``email_key``, their lower-case copy),
  on notification recipients and on the old/new contacts portal actions record
  (``portal_action.details``). What the console shows comes masked from the database:
  generated columns ``phone_masked``/``email_masked`` (``+7 (***) ***-**-67``,
  ``iv***@mail.ru``) and ``notification.recipient_masked``, readable by agents and
  supervisors; cashiers read no contacts at all, not even masked ones. Search by phone
  or e-mail goes through ``billing.find_customers_by_contact`` /
  ``billing.find_portal_users_by_contact`` (agents and supervisors), which return the
  matching ids with the contact masked. ``billing.reveal_contact`` stays the only way to
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
* **Timeouts.** Every operator's login role gets ``statement_timeout``,
  ``lock_timeout`` and ``idle_in_transaction_session_timeout`` (role settings; the
  groups' own settings would not reach their members), as does ``billing_login_check``.

Revision ID: 0090
Revises: 0070
Create Date: 2026-12-02 13:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0090"
down_revision: str | None = "0070"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
SERVING = ("billing_agent", "billing_cashier", "billing_supervisor")
CONTACT_READERS = ("billing_agent", "billing_supervisor")
LOGIN_CHECK_ROLE = "billing_login_check"

FORBIDDEN_CHARACTERS = (
    r"\x01-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    r"\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
)
"""models.domain.text.FORBIDDEN_CHARACTERS (PostgreSQL text cannot hold U+0000 at all)."""
EMAIL_LETTERS = r"A-Za-z\u0400-\u045f"
"""models.domain.emails.EMAIL_LETTERS."""

TIMEOUTS = {
    "statement_timeout": "60s",
    "lock_timeout": "5s",
    "idle_in_transaction_session_timeout": "60s",
}
"""Per operator login role (see docs/privileges.md, "Locks and timeouts")."""

RULE_FUNCTIONS = rf"""
CREATE FUNCTION billing.text_is_clean(p text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p OPERATOR(pg_catalog.!~) '[{FORBIDDEN_CHARACTERS}]';

CREATE FUNCTION billing.text_ok(p text, p_max_length integer) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p IS NULL OR (pg_catalog.length(p) <= p_max_length AND billing.text_is_clean(p));

CREATE FUNCTION billing.texts_ok(p text[], p_max_length integer, p_max_items integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p IS NULL OR (
    pg_catalog.cardinality(p) <= p_max_items
    AND NOT EXISTS (SELECT FROM pg_catalog.unnest(p) AS t(v)
                     WHERE v IS NULL OR NOT billing.text_ok(v, p_max_length)));

-- models.domain.emails.validate_email of an address in its stored (normal) form.
CREATE FUNCTION billing.email_is_valid(p text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.length(p) <= 254
   AND p OPERATOR(pg_catalog.~) '^[{EMAIL_LETTERS}0-9!#$%&''*+/=?^_`{{|}}~.-]{{1,64}}@[^@]+$'
   AND pg_catalog.split_part(p, '@', 1) OPERATOR(pg_catalog.!~) '^\.|\.$|\.\.'
   AND pg_catalog.split_part(p, '@', 2)
       OPERATOR(pg_catalog.~) '^([{EMAIL_LETTERS}0-9-]{{1,63}}\.)+[{EMAIL_LETTERS}0-9-]{{1,63}}$'
   AND pg_catalog.split_part(p, '@', 2) OPERATOR(pg_catalog.!~) '(^|\.)-|-(\.|$)|\.[0-9]+$';

-- The stored form: what models.domain.emails.normalize_email returns.
CREATE FUNCTION billing.email_is_normal(p text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN billing.email_is_valid(p)
   AND pg_catalog.split_part(p, '@', 2) = pg_catalog.lower(pg_catalog.split_part(p, '@', 2));

-- models.domain.phones.mask_phone
CREATE FUNCTION billing.mask_phone(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN CASE WHEN p OPERATOR(pg_catalog.~) '^\+7[0-9]{{10}}$'
            THEN '+7 (***) ***-**-' OPERATOR(pg_catalog.||) pg_catalog.right(p, 2)
            ELSE pg_catalog.regexp_replace(p, '[0-9](?=([^0-9]*[0-9]){{2}})', '*', 'g') END;

-- models.domain.emails.mask_email: two characters of the mailbox name (never all of it)
CREATE FUNCTION billing.mask_email(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN CASE WHEN pg_catalog.strpos(p, '@') = 0 THEN '***'
            ELSE pg_catalog.left(pg_catalog.substring(p, '^(.*)@'),
                                 CASE WHEN pg_catalog.length(pg_catalog.substring(p, '^(.*)@')) > 2
                                      THEN 2
                                      ELSE pg_catalog.length(pg_catalog.substring(p, '^(.*)@')) - 1
                                 END)
                 OPERATOR(pg_catalog.||) '***@'
                 OPERATOR(pg_catalog.||) pg_catalog.substring(p, '@([^@]*)$') END;

-- models.domain.operator_rules.validate_operator_login (the server's own keyword list)
CREATE FUNCTION billing.operator_login_is_valid(p text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
RETURN p OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{{2,39}}$'
   AND p OPERATOR(pg_catalog.!~) '^(pg_|billing_)'
   AND p <> ALL (ARRAY['postgres', 'public', 'none'])
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_get_keywords() k WHERE k.word = p);
"""
RULE_SIGNATURES = (
    "text_is_clean(text)",
    "text_ok(text, integer)",
    "texts_ok(text[], integer, integer)",
    "email_is_valid(text)",
    "email_is_normal(text)",
    "mask_phone(text)",
    "mask_email(text)",
    "operator_login_is_valid(text)",
)

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

SEARCH_FUNCTIONS = r"""
-- Customers whose phone (+7 and ten digits) or e-mail (any case) is p_value; masked.
CREATE FUNCTION billing.find_customers_by_contact(p_field text, p_value text)
RETURNS TABLE (customer_id bigint, matched text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, billing, pg_temp
ROWS 5 AS $$
BEGIN
    IF p_field = 'phone' THEN
        RETURN QUERY SELECT c.id, c.phone_masked FROM billing.customer c
                      WHERE c.phone = p_value;
    ELSIF p_field = 'email' THEN
        RETURN QUERY SELECT c.id, c.email_masked FROM billing.customer c
                      WHERE c.email_key = pg_catalog.lower(p_value);
    ELSE
        RAISE EXCEPTION 'contact.unknown_field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- Portal logins whose phone or e-mail is p_value; masked.
CREATE FUNCTION billing.find_portal_users_by_contact(p_field text, p_value text)
RETURNS TABLE (portal_user_id bigint, login text, matched text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, billing, pg_temp
ROWS 5 AS $$
BEGIN
    IF p_field = 'phone' THEN
        RETURN QUERY SELECT u.id, u.login, u.phone_masked FROM billing.portal_user u
                      WHERE u.phone = p_value;
    ELSIF p_field = 'email' THEN
        RETURN QUERY SELECT u.id, u.login, u.email_masked FROM billing.portal_user u
                      WHERE u.email_key = pg_catalog.lower(p_value);
    ELSE
        RAISE EXCEPTION 'contact.unknown_field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;
"""
SEARCH_SIGNATURES = (
    "find_customers_by_contact(text, text)",
    "find_portal_users_by_contact(text, text)",
)


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
    op.execute(RULE_FUNCTIONS)
    for signature in RULE_SIGNATURES:
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")

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

    op.execute(SEARCH_FUNCTIONS)
    for signature in SEARCH_SIGNATURES:
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {readers}")
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
    for signature in SEARCH_SIGNATURES:
        op.execute(f"DROP FUNCTION billing.{signature}")
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
    for signature in reversed(RULE_SIGNATURES):
        op.execute(f"DROP FUNCTION billing.{signature}")
