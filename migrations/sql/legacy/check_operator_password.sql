CREATE OR REPLACE FUNCTION billing.check_operator_password(p_password text, p_login text)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
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
$function$;

ALTER FUNCTION billing.check_operator_password(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.check_operator_password(text, text) FROM PUBLIC;
