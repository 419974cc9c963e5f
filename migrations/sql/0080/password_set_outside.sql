-- Whether a login's password differs from the one the console last set (recorded in
-- billing.login_fingerprint). False when untracked or when the guard is not installed.
CREATE OR REPLACE FUNCTION billing.password_set_outside(p_login text)
RETURNS boolean
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    recorded text;
    actual text;
BEGIN
    SELECT f.fingerprint INTO recorded FROM billing.login_fingerprint f WHERE f.login = p_login;
    IF recorded IS NULL THEN
        RETURN false;
    END IF;
    actual := billing.password_fingerprint(p_login);
    RETURN actual IS NOT NULL AND actual <> recorded;
END
$function$;

ALTER FUNCTION billing.password_set_outside(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.password_set_outside(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.password_set_outside(text) TO billing_owner;
