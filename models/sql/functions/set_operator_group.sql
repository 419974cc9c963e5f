-- Moves an operator to exactly one other group (a disabled one keeps no group until
-- enabled: only the registry changes).
CREATE OR REPLACE FUNCTION billing.set_operator_group(p_login text, p_group text)
RETURNS billing.operator
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    target billing.operator;
    changed billing.operator;
    member text;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_group IS NULL OR p_group NOT IN ('agent', 'cashier', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'operator.group' USING ERRCODE = 'check_violation';
    END IF;
    target := billing.managed_operator(p_login);
    FOR member IN
        SELECT g.rolname FROM pg_catalog.pg_auth_members m
          JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
          JOIN pg_catalog.pg_roles r ON r.oid = m.member
         WHERE r.rolname = p_login AND g.rolname LIKE 'billing\_%'
    LOOP
        EXECUTE pg_catalog.format('REVOKE %I FROM %I', member, p_login);
    END LOOP;
    IF NOT target.disabled THEN
        EXECUTE pg_catalog.format('GRANT %I TO %I', 'billing_' || p_group, p_login);
    END IF;
    UPDATE billing.operator SET group_name = p_group WHERE login = p_login RETURNING * INTO changed;
    RETURN changed;
END
$function$;

ALTER FUNCTION billing.set_operator_group(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_operator_group(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_operator_group(text, text) TO billing_admin;
