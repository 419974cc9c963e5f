CREATE OR REPLACE FUNCTION billing.whoami()
 RETURNS TABLE(login text, full_name text, group_name text, password_expires_at timestamp with time zone)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
    SELECT session_user::text,
           (SELECT o.full_name FROM billing.operator o WHERE o.login = session_user),
           (SELECT g FROM unnest(ARRAY['admin', 'supervisor', 'cashier', 'agent']) AS g
             WHERE pg_has_role(session_user, 'billing_' || g, 'MEMBER') LIMIT 1),
           (SELECT nullif(r.rolvaliduntil, 'infinity') FROM pg_roles r
             WHERE r.rolname = session_user)
$function$;

ALTER FUNCTION billing.whoami() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.whoami() TO billing_agent, billing_cashier, billing_supervisor, billing_admin;
