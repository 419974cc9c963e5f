CREATE OR REPLACE FUNCTION billing.check_operator_password(p_password text, p_login text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    -- The same rules as models.domain.portal_rules.validate_operator_password.
    IF p_password IS NULL OR p_password = '' THEN
        RAISE EXCEPTION 'password.required' USING ERRCODE = 'check_violation';
    END IF;
    IF pg_catalog.length(p_password) < 12 THEN
        RAISE EXCEPTION 'password.too_short' USING ERRCODE = 'check_violation';
    END IF;
    IF p_password !~ '[0-9]' THEN
        RAISE EXCEPTION 'password.no_digit' USING ERRCODE = 'check_violation';
    END IF;
    IF p_password = pg_catalog.lower(p_password) THEN
        RAISE EXCEPTION 'password.no_uppercase' USING ERRCODE = 'check_violation';
    END IF;
    IF p_password = pg_catalog.upper(p_password) THEN
        RAISE EXCEPTION 'password.no_lowercase' USING ERRCODE = 'check_violation';
    END IF;
    IF pg_catalog.strpos(pg_catalog.lower(p_password), pg_catalog.lower(pg_catalog.btrim(p_login))) > 0 THEN
        RAISE EXCEPTION 'password.contains_login' USING ERRCODE = 'check_violation';
    END IF;
END
$function$;

ALTER FUNCTION billing.check_operator_password(text, text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.check_operator_password(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.check_operator_password(text, text) TO billing_owner;
