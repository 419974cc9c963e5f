-- Records the password the console has just set for a login (create_operator,
-- reset_operator_password, the migration) and clears an operator's bypass mark.
CREATE OR REPLACE FUNCTION billing.record_password_fingerprint(p_login text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    actual text := billing.password_fingerprint(p_login);
BEGIN
    IF actual IS NOT NULL THEN
        INSERT INTO billing.login_fingerprint AS f (login, fingerprint)
        VALUES (p_login, actual)
        ON CONFLICT (login) DO UPDATE SET fingerprint = excluded.fingerprint,
                                          recorded_at = pg_catalog.now()
         WHERE f.fingerprint IS DISTINCT FROM excluded.fingerprint;
    END IF;
    UPDATE billing.operator SET password_bypassed_at = NULL
     WHERE login = p_login AND password_bypassed_at IS NOT NULL;
END
$function$;

ALTER FUNCTION billing.record_password_fingerprint(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.record_password_fingerprint(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.record_password_fingerprint(text) TO billing_owner;
