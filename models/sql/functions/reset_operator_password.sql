CREATE OR REPLACE FUNCTION billing.reset_operator_password(p_login text, p_password text, p_valid_until timestamp with time zone DEFAULT NULL::timestamp with time zone)
RETURNS billing.operator
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    changed billing.operator;
BEGIN
    PERFORM billing.assert_operator_active();
    PERFORM billing.managed_operator(p_login);
    PERFORM billing.check_operator_password(p_password, p_login);
    EXECUTE pg_catalog.format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L',
                   p_login, p_password, coalesce(p_valid_until::text, 'infinity'));
    UPDATE billing.operator
       SET password_changed_at = pg_catalog.now(),
           password_expires_on = (p_valid_until AT TIME ZONE 'UTC')::date,
           -- The new password is the console's: a password set outside it is forgotten.
           password_bypassed_at = NULL
     WHERE login = p_login
    RETURNING * INTO changed;
    PERFORM billing.record_password_fingerprint(p_login);
    RETURN changed;
END
$function$;

ALTER FUNCTION billing.reset_operator_password(text, text, timestamp with time zone) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.reset_operator_password(text, text, timestamp with time zone) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.reset_operator_password(text, text, timestamp with time zone) TO billing_admin;
