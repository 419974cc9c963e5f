-- The fingerprint of a login's stored password (billing_guard.password_fingerprint), or
-- NULL where the guard is not installed (the migrations ran without a superuser).
CREATE OR REPLACE FUNCTION billing.password_fingerprint(p_login text)
RETURNS text
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    IF pg_catalog.to_regprocedure('billing_guard.password_fingerprint(text)') IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN billing_guard.password_fingerprint(p_login);
END
$function$;

ALTER FUNCTION billing.password_fingerprint(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.password_fingerprint(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.password_fingerprint(text) TO billing_owner;
