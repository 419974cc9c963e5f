-- Run when an administrator lists the operators: marks (once, audited) every operator
-- whose password was set outside the console, and gives billing_login_check its
-- published password back if someone changed it (that would break the "password
-- expired" message for everyone). Returns how many operators were newly marked.
CREATE OR REPLACE FUNCTION billing.detect_password_bypasses()
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    marked integer;
BEGIN
    PERFORM billing.assert_operator_active();
    UPDATE billing.operator o SET password_bypassed_at = pg_catalog.now()
     WHERE o.password_bypassed_at IS NULL AND billing.password_set_outside(o.login);
    GET DIAGNOSTICS marked = ROW_COUNT;
    IF billing.password_set_outside('billing_login_check') THEN
        ALTER ROLE billing_login_check PASSWORD 'billing-login-check';
        PERFORM billing.record_password_fingerprint('billing_login_check');
    END IF;
    RETURN marked;
END
$function$;

ALTER FUNCTION billing.detect_password_bypasses() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.detect_password_bypasses() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.detect_password_bypasses() TO billing_admin;
