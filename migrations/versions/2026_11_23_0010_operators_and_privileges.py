"""Operators, their management by admins, audit immutability, history and contact reveals.

* ``billing.operator``: the registry of console operators (one PostgreSQL login role
  each, a member of exactly one group role). Only the SECURITY DEFINER functions below
  write it, together with the role itself, so the two stay consistent.
* ``billing_owner`` gets CREATEROLE and ADMIN OPTION (without INHERIT or SET) on the
  group roles: PostgreSQL 16+ lets a CREATEROLE role manage only the roles it created.
  Admins manage operators through ``billing.create_operator``, ``disable_operator``,
  ``enable_operator``, ``set_operator_group`` and ``reset_operator_password``; they
  are no superusers and hold no CREATEROLE themselves.
* Audit rows, payments and readings can be neither updated, deleted nor truncated by
  anyone but a superuser (maintenance), not even by the owner of the tables.
* The audit trigger no longer copies portal password hashes into the log.
* Agents, cashiers and supervisors read the history of one customer or account through
  ``billing.customer_history`` / ``billing.account_history``; admins read the audit log.
* ``billing.reveal_contact`` returns a phone or e-mail and writes a ``REVEAL`` audit row.
* ``billing_login_check``: a login role with a published password that may only ask
  ``billing.password_expired(login)``, so the login dialog can say "your password has
  expired" (PostgreSQL reports an expired password exactly like a wrong one).

Revision ID: 0010
Revises: 0003
Create Date: 2026-11-23 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
GROUPS = ("billing_agent", "billing_cashier", "billing_supervisor", "billing_admin")
OPERATORS = ("billing_agent", "billing_cashier", "billing_supervisor")
LOGIN_CHECK_ROLE = "billing_login_check"
LOGIN_CHECK_PASSWORD = "billing-login-check"
"""Published on purpose: the role can do nothing but ask whether a password has expired."""
IMMUTABLE_TABLES = ("audit_log", "payment", "reading")

OPERATOR_TABLE = """
CREATE TABLE billing.operator (
    login text NOT NULL,
    full_name text NOT NULL,
    group_name text NOT NULL,
    disabled boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT SESSION_USER,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    password_expires_on date,
    CONSTRAINT pk_operator PRIMARY KEY (login),
    CONSTRAINT ck_operator_login_rules CHECK (
        login ~ '^[a-z][a-z0-9_]{2,39}$' AND login !~ '^(pg_|billing_)' AND login <> 'postgres'
    ),
    CONSTRAINT ck_operator_full_name CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
    CONSTRAINT ck_operator_group_name CHECK (
        group_name IN ('agent', 'cashier', 'supervisor', 'admin')
    )
)
"""

AUDIT_FUNCTION = """
CREATE OR REPLACE FUNCTION billing.audit_row() RETURNS trigger
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
    -- Never copy a password hash into the log: record only that it changed.
    IF source ? 'password_hash' THEN
        IF TG_OP = 'UPDATE' AND old_row -> 'password_hash' IS DISTINCT FROM new_row -> 'password_hash' THEN
            old_row := old_row - 'password_hash' || '{"password_hash": "***"}';
            new_row := new_row - 'password_hash' || '{"password_hash": "*** (changed)"}';
        ELSE
            old_row := old_row - 'password_hash';
            new_row := new_row - 'password_hash';
        END IF;
    END IF;
    SELECT string_agg(source ->> column_name, ',' ORDER BY ordinality)
      INTO row_key
      FROM unnest(key_columns) WITH ORDINALITY AS k(column_name, ordinality);
    INSERT INTO billing.audit_log (operator, table_name, row_key, action, old_values, new_values)
    VALUES (session_user, TG_TABLE_NAME, coalesce(row_key, ''), TG_OP, old_row, new_row);
    RETURN coalesce(NEW, OLD);
END
$$
"""

FORBID_CHANGE_FUNCTION = """
CREATE FUNCTION billing.forbid_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
BEGIN
    -- Superusers may still repair data (maintenance); nobody else, not even the owner.
    -- current_user: a superuser working directly, not through the owner's functions
    -- and not after SET ROLE billing_owner.
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = current_user AND rolsuper) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION '%.immutable', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = format('%s rows are never updated or deleted: add a correcting row.', TG_TABLE_NAME);
END
$$
"""

PASSWORD_POLICY_FUNCTION = """
CREATE FUNCTION billing.check_operator_password(p_password text, p_login text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
BEGIN
    -- The same rules as models.domain.portal_rules.validate_operator_password.
    IF p_password IS NULL OR p_password = '' THEN
        RAISE EXCEPTION 'password.required' USING ERRCODE = 'check_violation';
    END IF;
    IF length(p_password) < 12 THEN
        RAISE EXCEPTION 'password.too_short' USING ERRCODE = 'check_violation';
    END IF;
    IF p_password !~ '[0-9]' THEN
        RAISE EXCEPTION 'password.no_digit' USING ERRCODE = 'check_violation';
    END IF;
    IF p_password = lower(p_password) THEN
        RAISE EXCEPTION 'password.no_uppercase' USING ERRCODE = 'check_violation';
    END IF;
    IF p_password = upper(p_password) THEN
        RAISE EXCEPTION 'password.no_lowercase' USING ERRCODE = 'check_violation';
    END IF;
    IF strpos(lower(p_password), lower(btrim(p_login))) > 0 THEN
        RAISE EXCEPTION 'password.contains_login' USING ERRCODE = 'check_violation';
    END IF;
END
$$
"""

MANAGED_OPERATOR_FUNCTION = """
CREATE FUNCTION billing.managed_operator(p_login text) RETURNS billing.operator
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
DECLARE
    target billing.operator;
BEGIN
    SELECT * INTO target FROM billing.operator WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'operator.unknown' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION 'operator.self' USING ERRCODE = 'insufficient_privilege',
            DETAIL = 'An administrator cannot disable, regroup or reset themselves.';
    END IF;
    RETURN target;
END
$$
"""

CREATE_OPERATOR_FUNCTION = """
CREATE FUNCTION billing.create_operator(
    p_login text, p_full_name text, p_group text, p_password text,
    p_valid_until timestamptz DEFAULT NULL
) RETURNS billing.operator
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    created billing.operator;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,39}$' THEN
        RAISE EXCEPTION 'operator_login.format' USING ERRCODE = 'check_violation';
    END IF;
    IF p_login ~ '^(pg_|billing_)' OR p_login = 'postgres' THEN
        RAISE EXCEPTION 'operator_login.reserved' USING ERRCODE = 'check_violation';
    END IF;
    IF p_group IS NULL OR p_group NOT IN ('agent', 'cashier', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'operator.group' USING ERRCODE = 'check_violation';
    END IF;
    IF p_full_name IS NULL OR length(btrim(p_full_name)) = 0 THEN
        RAISE EXCEPTION 'operator.full_name_required' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM billing.check_operator_password(p_password, p_login);
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'operator_login.taken' USING ERRCODE = 'unique_violation';
    END IF;
    EXECUTE format(
        'CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L VALID UNTIL %L IN ROLE %I',
        p_login, p_password, coalesce(p_valid_until::text, 'infinity'), 'billing_' || p_group
    );
    INSERT INTO billing.operator (login, full_name, group_name, password_expires_on)
    VALUES (p_login, btrim(p_full_name), p_group, (p_valid_until AT TIME ZONE 'UTC')::date)
    RETURNING * INTO created;
    RETURN created;
END
$$
"""

SET_LOGIN_FUNCTION = """
CREATE FUNCTION billing.{name}(p_login text) RETURNS billing.operator
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    changed billing.operator;
BEGIN
    PERFORM billing.managed_operator(p_login);
    EXECUTE format('ALTER ROLE %I {option}', p_login);
    UPDATE billing.operator SET disabled = {disabled} WHERE login = p_login RETURNING * INTO changed;
    RETURN changed;
END
$$
"""

SET_GROUP_FUNCTION = """
CREATE FUNCTION billing.set_operator_group(p_login text, p_group text) RETURNS billing.operator
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    changed billing.operator;
    member text;
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('agent', 'cashier', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'operator.group' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM billing.managed_operator(p_login);
    FOR member IN
        SELECT g.rolname FROM pg_auth_members m
          JOIN pg_roles g ON g.oid = m.roleid
          JOIN pg_roles r ON r.oid = m.member
         WHERE r.rolname = p_login AND g.rolname LIKE 'billing\\_%'
    LOOP
        EXECUTE format('REVOKE %I FROM %I', member, p_login);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'billing_' || p_group, p_login);
    UPDATE billing.operator SET group_name = p_group WHERE login = p_login RETURNING * INTO changed;
    RETURN changed;
END
$$
"""

RESET_PASSWORD_FUNCTION = """
CREATE FUNCTION billing.reset_operator_password(
    p_login text, p_password text, p_valid_until timestamptz DEFAULT NULL
) RETURNS billing.operator
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    changed billing.operator;
BEGIN
    PERFORM billing.managed_operator(p_login);
    PERFORM billing.check_operator_password(p_password, p_login);
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L',
                   p_login, p_password, coalesce(p_valid_until::text, 'infinity'));
    UPDATE billing.operator
       SET password_changed_at = now(),
           password_expires_on = (p_valid_until AT TIME ZONE 'UTC')::date
     WHERE login = p_login
    RETURNING * INTO changed;
    RETURN changed;
END
$$
"""

WHOAMI_FUNCTION = """
CREATE FUNCTION billing.whoami()
RETURNS TABLE (login text, full_name text, group_name text, password_expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
    SELECT session_user::text,
           (SELECT o.full_name FROM billing.operator o WHERE o.login = session_user),
           (SELECT g FROM unnest(ARRAY['admin', 'supervisor', 'cashier', 'agent']) AS g
             WHERE pg_has_role(session_user, 'billing_' || g, 'MEMBER') LIMIT 1),
           (SELECT nullif(r.rolvaliduntil, 'infinity') FROM pg_roles r
             WHERE r.rolname = session_user)
$$
"""

PASSWORD_EXPIRED_FUNCTION = """
CREATE FUNCTION billing.password_expired(p_login text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
    SELECT EXISTS (
        SELECT FROM billing.operator o JOIN pg_roles r ON r.rolname = o.login
         WHERE o.login = p_login AND r.rolvaliduntil IS NOT NULL AND r.rolvaliduntil < now()
    )
$$
"""

HISTORY_FUNCTION = """
CREATE FUNCTION billing.history_of(
    p_customer_id bigint, p_account_ids bigint[], p_limit integer, p_before_id bigint
) RETURNS SETOF billing.audit_log
LANGUAGE sql STABLE SET search_path = pg_catalog, billing AS $$
    WITH accounts AS (SELECT unnest(p_account_ids) AS id),
    points AS (SELECT id FROM billing.metering_point WHERE account_id IN (SELECT id FROM accounts)),
    meters AS (SELECT id FROM billing.meter WHERE metering_point_id IN (SELECT id FROM points)),
    users AS (
        SELECT id FROM billing.portal_user WHERE customer_id = p_customer_id
        UNION SELECT portal_user_id FROM billing.account_link
               WHERE p_customer_id IS NULL AND account_id IN (SELECT id FROM accounts)
    ),
    keys (table_name, row_key) AS (
        SELECT 'customer', p_customer_id::text WHERE p_customer_id IS NOT NULL
        UNION ALL SELECT 'contract', id::text FROM billing.contract WHERE customer_id = p_customer_id
        UNION ALL SELECT 'account', id::text FROM accounts
        UNION ALL SELECT 'metering_point', id::text FROM points
        UNION ALL SELECT 'meter', id::text FROM meters
        UNION ALL SELECT 'reading', id::text FROM billing.reading WHERE meter_id IN (SELECT id FROM meters)
        UNION ALL SELECT 'bill', id::text FROM billing.bill WHERE account_id IN (SELECT id FROM accounts)
        UNION ALL SELECT 'payment', id::text FROM billing.payment WHERE account_id IN (SELECT id FROM accounts)
        UNION ALL SELECT 'portal_user', id::text FROM users WHERE p_customer_id IS NOT NULL
        UNION ALL SELECT 'link_request', id::text FROM billing.link_request
                   WHERE account_id IN (SELECT id FROM accounts)
                      OR (p_customer_id IS NOT NULL AND portal_user_id IN (SELECT id FROM users))
        UNION ALL SELECT 'registration_review', id::text FROM billing.registration_review
                   WHERE p_customer_id IS NOT NULL AND portal_user_id IN (SELECT id FROM users)
        UNION ALL SELECT 'notification', id::text FROM billing.notification
                   WHERE p_customer_id IS NOT NULL AND portal_user_id IN (SELECT id FROM users)
    ),
    found AS (
        SELECT a.* FROM billing.audit_log a JOIN keys k USING (table_name, row_key)
        UNION ALL
        SELECT a.* FROM billing.audit_log a
         WHERE a.table_name = 'account_link'
           AND (coalesce(a.new_values, a.old_values) ->> 'account_id')::bigint
               IN (SELECT id FROM accounts)
    )
    SELECT * FROM found
     WHERE p_before_id IS NULL OR id < p_before_id
     ORDER BY id DESC
     LIMIT least(greatest(coalesce(p_limit, 100), 1), 1000)
$$
"""

CUSTOMER_HISTORY_FUNCTION = """
CREATE FUNCTION billing.customer_history(
    p_customer_id bigint, p_limit integer DEFAULT 100, p_before_id bigint DEFAULT NULL
) RETURNS SETOF billing.audit_log
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
    SELECT * FROM billing.history_of(
        p_customer_id,
        ARRAY(SELECT id FROM billing.account WHERE customer_id = p_customer_id),
        p_limit, p_before_id)
$$
"""

ACCOUNT_HISTORY_FUNCTION = """
CREATE FUNCTION billing.account_history(
    p_account_id bigint, p_limit integer DEFAULT 100, p_before_id bigint DEFAULT NULL
) RETURNS SETOF billing.audit_log
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
    SELECT * FROM billing.history_of(NULL, ARRAY[p_account_id], p_limit, p_before_id)
$$
"""

REVEAL_CONTACT_FUNCTION = """
CREATE FUNCTION billing.reveal_contact(p_table text, p_id bigint, p_field text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    value text;
BEGIN
    IF p_table NOT IN ('customer', 'portal_user') OR p_field NOT IN ('phone', 'email') THEN
        RAISE EXCEPTION 'contact.unknown_field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_table = 'customer' THEN
        SELECT CASE p_field WHEN 'phone' THEN phone ELSE email END INTO value
          FROM billing.customer WHERE id = p_id;
    ELSE
        SELECT CASE p_field WHEN 'phone' THEN phone ELSE email END INTO value
          FROM billing.portal_user WHERE id = p_id;
    END IF;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'contact.not_found' USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO billing.audit_log (operator, table_name, row_key, action, old_values, new_values)
    VALUES (session_user, p_table, p_id::text, 'REVEAL', NULL, jsonb_build_object('field', p_field));
    RETURN value;
END
$$
"""

FUNCTIONS = {
    "check_operator_password(text, text)": (),
    "managed_operator(text)": (),
    "create_operator(text, text, text, text, timestamptz)": ("billing_admin",),
    "disable_operator(text)": ("billing_admin",),
    "enable_operator(text)": ("billing_admin",),
    "set_operator_group(text, text)": ("billing_admin",),
    "reset_operator_password(text, text, timestamptz)": ("billing_admin",),
    "whoami()": GROUPS,
    "password_expired(text)": (LOGIN_CHECK_ROLE,),
    "history_of(bigint, bigint[], integer, bigint)": (),
    "customer_history(bigint, integer, bigint)": GROUPS,
    "account_history(bigint, integer, bigint)": GROUPS,
    "reveal_contact(text, bigint, text)": OPERATORS,
    "forbid_change()": (),
}
"""Every function this migration creates and the roles that may execute it."""


def _create_role(name: str, options: str) -> None:
    op.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {name} {options}; END IF; END $$"
    )


def _group_grant_options() -> str:
    """ADMIN without INHERIT or SET (PostgreSQL 16+); PostgreSQL 15 knows only ADMIN OPTION.

    On 15 a CREATEROLE role manages every non-superuser role anyway: see
    docs/privileges.md, "PostgreSQL 15".
    """
    version = int(op.get_bind().exec_driver_sql("SHOW server_version_num").scalar_one())
    return "WITH ADMIN TRUE, INHERIT FALSE, SET FALSE" if version >= 160000 else "WITH ADMIN OPTION"


def upgrade() -> None:
    # The owner creates and manages operator roles (PostgreSQL 16+: it administers
    # exactly the roles it created, and the groups through ADMIN OPTION).
    op.execute(f"ALTER ROLE {OWNER} CREATEROLE")
    options = _group_grant_options()
    for group in GROUPS:
        op.execute(f"GRANT {group} TO {OWNER} {options}")
    _create_role(
        LOGIN_CHECK_ROLE,
        f"LOGIN NOINHERIT CONNECTION LIMIT 20 PASSWORD '{LOGIN_CHECK_PASSWORD}'",
    )

    op.execute(OPERATOR_TABLE)
    op.execute(f"ALTER TABLE billing.operator OWNER TO {OWNER}")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.operator "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('login')"
    )

    # Audit: password hashes never reach the log; a REVEAL action records contact reveals.
    op.execute(AUDIT_FUNCTION)
    op.execute(
        "UPDATE billing.audit_log SET old_values = old_values - 'password_hash', "
        "new_values = new_values - 'password_hash' "
        "WHERE old_values ? 'password_hash' OR new_values ? 'password_hash'"
    )
    op.execute("ALTER TABLE billing.audit_log DROP CONSTRAINT ck_audit_log_action")
    op.execute(
        "ALTER TABLE billing.audit_log ADD CONSTRAINT ck_audit_log_action "
        "CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'REVEAL'))"
    )

    op.execute(FORBID_CHANGE_FUNCTION)
    for table in IMMUTABLE_TABLES:
        op.execute(
            f"CREATE TRIGGER forbid_change BEFORE UPDATE OR DELETE ON billing.{table} "
            "FOR EACH ROW EXECUTE FUNCTION billing.forbid_change()"
        )
        op.execute(
            f"CREATE TRIGGER forbid_truncate BEFORE TRUNCATE ON billing.{table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION billing.forbid_change()"
        )

    for sql in (
        PASSWORD_POLICY_FUNCTION,
        MANAGED_OPERATOR_FUNCTION,
        CREATE_OPERATOR_FUNCTION,
        SET_LOGIN_FUNCTION.format(name="disable_operator", option="NOLOGIN", disabled="true"),
        SET_LOGIN_FUNCTION.format(name="enable_operator", option="LOGIN", disabled="false"),
        SET_GROUP_FUNCTION,
        RESET_PASSWORD_FUNCTION,
        WHOAMI_FUNCTION,
        PASSWORD_EXPIRED_FUNCTION,
        HISTORY_FUNCTION,
        CUSTOMER_HISTORY_FUNCTION,
        ACCOUNT_HISTORY_FUNCTION,
        REVEAL_CONTACT_FUNCTION,
    ):
        op.execute(sql)
    for signature, grantees in FUNCTIONS.items():
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
        if grantees:
            op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {', '.join(grantees)}")

    op.execute(f"GRANT USAGE ON SCHEMA billing TO {LOGIN_CHECK_ROLE}")
    op.execute("GRANT SELECT ON billing.audit_log, billing.operator TO billing_admin")


def downgrade() -> None:
    for signature in FUNCTIONS:
        if signature != "forbid_change()":
            op.execute(f"DROP FUNCTION billing.{signature}")
    for table in IMMUTABLE_TABLES:
        op.execute(f"DROP TRIGGER forbid_change ON billing.{table}")
        op.execute(f"DROP TRIGGER forbid_truncate ON billing.{table}")
    op.execute("DROP FUNCTION billing.forbid_change()")
    op.execute("DROP TABLE billing.operator")
    op.execute("ALTER TABLE billing.audit_log DROP CONSTRAINT ck_audit_log_action")
    op.execute(
        "ALTER TABLE billing.audit_log ADD CONSTRAINT ck_audit_log_action "
        "CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')) NOT VALID"
    )
    op.execute(f"REVOKE USAGE ON SCHEMA billing FROM {LOGIN_CHECK_ROLE}")
