CREATE OR REPLACE FUNCTION billing.create_operator(p_login text, p_full_name text, p_group text, p_password text, p_valid_until timestamp with time zone DEFAULT NULL::timestamp with time zone)
RETURNS billing.operator
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    created billing.operator;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,39}$' THEN
        RAISE EXCEPTION 'operator_login.format' USING ERRCODE = 'check_violation';
    END IF;
    IF p_login ~ '^(pg_|billing_)' OR p_login IN ('postgres', 'public', 'none') THEN
        RAISE EXCEPTION 'operator_login.reserved' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT billing.operator_login_is_valid(p_login) THEN
        -- A role spelled like a keyword (current_user, user, all...) reads as the keyword.
        RAISE EXCEPTION 'operator_login.keyword' USING ERRCODE = 'check_violation';
    END IF;
    IF p_group IS NULL OR p_group NOT IN ('agent', 'cashier', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'operator.group' USING ERRCODE = 'check_violation';
    END IF;
    IF p_full_name IS NULL OR pg_catalog.length(pg_catalog.btrim(p_full_name)) = 0 THEN
        RAISE EXCEPTION 'operator.full_name_required' USING ERRCODE = 'check_violation';
    END IF;
    IF pg_catalog.length(pg_catalog.btrim(p_full_name)) > 200 THEN
        RAISE EXCEPTION 'operator.full_name_too_long' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT billing.text_is_clean(p_full_name) THEN
        RAISE EXCEPTION 'text.characters' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM billing.check_operator_password(p_password, p_login);
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'operator_login.taken' USING ERRCODE = 'unique_violation';
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L VALID UNTIL %L IN ROLE %I',
        p_login, p_password, coalesce(p_valid_until::text, 'infinity'), 'billing_' || p_group
    );
    -- Role settings reach only the role that logs in (never a group's members): each
    -- operator's login role gets the timeouts (docs/privileges.md, "Locks, timeouts").
    EXECUTE pg_catalog.format('ALTER ROLE %I SET statement_timeout = %L', p_login, '60s');
    EXECUTE pg_catalog.format('ALTER ROLE %I SET lock_timeout = %L', p_login, '5s');
    EXECUTE pg_catalog.format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L',
                              p_login, '60s');
    INSERT INTO billing.operator (login, full_name, group_name, password_expires_on)
    VALUES (p_login, pg_catalog.btrim(p_full_name), p_group, (p_valid_until AT TIME ZONE 'UTC')::date)
    RETURNING * INTO created;
    PERFORM billing.record_password_fingerprint(p_login);
    RETURN created;
END
$function$;

ALTER FUNCTION billing.create_operator(text, text, text, text, timestamp with time zone) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.create_operator(text, text, text, text, timestamp with time zone) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.create_operator(text, text, text, text, timestamp with time zone) TO billing_admin;
