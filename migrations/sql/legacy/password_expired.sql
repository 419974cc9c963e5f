CREATE OR REPLACE FUNCTION billing.password_expired(p_login text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
    SELECT EXISTS (
        SELECT FROM billing.operator o JOIN pg_roles r ON r.rolname = o.login
         WHERE o.login = p_login AND r.rolvaliduntil IS NOT NULL AND r.rolvaliduntil < now()
    )
$function$;

ALTER FUNCTION billing.password_expired(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.password_expired(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.password_expired(text) TO billing_login_check;
