CREATE OR REPLACE FUNCTION billing.set_operator_group(p_login text, p_group text)
 RETURNS billing.operator
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    changed billing.operator;
    member text;
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('agent', 'cashier', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'operator.group' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM billing.managed_operator(p_login);
    FOR member IN
        SELECT g.rolname FROM pg_auth_members m
          JOIN pg_roles g ON g.oid = m.roleid
          JOIN pg_roles r ON r.oid = m.member
         WHERE r.rolname = p_login AND g.rolname LIKE 'billing\_%'
    LOOP
        EXECUTE format('REVOKE %I FROM %I', member, p_login);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'billing_' || p_group, p_login);
    UPDATE billing.operator SET group_name = p_group WHERE login = p_login RETURNING * INTO changed;
    RETURN changed;
END
$function$;

ALTER FUNCTION billing.set_operator_group(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_operator_group(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_operator_group(text, text) TO billing_admin;
