CREATE OR REPLACE FUNCTION billing.enable_operator(p_login text)
 RETURNS billing.operator
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    changed billing.operator;
BEGIN
    PERFORM billing.managed_operator(p_login);
    EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    UPDATE billing.operator SET disabled = false WHERE login = p_login RETURNING * INTO changed;
    RETURN changed;
END
$function$;

ALTER FUNCTION billing.enable_operator(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.enable_operator(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.enable_operator(text) TO billing_admin;
