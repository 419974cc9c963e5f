CREATE OR REPLACE FUNCTION billing.disable_operator(p_login text)
 RETURNS billing.operator
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    changed billing.operator;
BEGIN
    PERFORM billing.managed_operator(p_login);
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    UPDATE billing.operator SET disabled = true WHERE login = p_login RETURNING * INTO changed;
    -- A disabled operator who is still logged in is cut off now, not at their next login.
    PERFORM pg_terminate_backend(a.pid)
       FROM pg_stat_activity a
      WHERE a.usename = p_login AND a.pid <> pg_backend_pid();
    RETURN changed;
END
$function$;

ALTER FUNCTION billing.disable_operator(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.disable_operator(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.disable_operator(text) TO billing_admin;
