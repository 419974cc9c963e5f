-- Lets a disabled operator log in again, back in the group the registry names.
CREATE OR REPLACE FUNCTION billing.enable_operator(p_login text)
RETURNS billing.operator
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    target billing.operator;
    changed billing.operator;
BEGIN
    PERFORM billing.assert_operator_active();
    target := billing.managed_operator(p_login);
    EXECUTE pg_catalog.format('ALTER ROLE %I LOGIN', p_login);
    IF NOT pg_catalog.pg_has_role(p_login, 'billing_' || target.group_name, 'MEMBER') THEN
        EXECUTE pg_catalog.format('GRANT %I TO %I', 'billing_' || target.group_name, p_login);
    END IF;
    UPDATE billing.operator SET disabled = false WHERE login = p_login RETURNING * INTO changed;
    RETURN changed;
END
$function$;

ALTER FUNCTION billing.enable_operator(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.enable_operator(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.enable_operator(text) TO billing_admin;
