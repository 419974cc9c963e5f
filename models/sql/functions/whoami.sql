-- Who the session's operator is: login, full name, group, password expiry and the INN
-- their cheques carry (ФФД 1.2 tag 1203; NULL when the registry has none).
CREATE OR REPLACE FUNCTION billing.whoami()
RETURNS TABLE(login text, full_name text, group_name text, password_expires_at timestamp with time zone, inn text)
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT billing.assert_operator_active();
    SELECT session_user::text,
           (SELECT o.full_name FROM billing.operator o WHERE o.login = session_user),
           (SELECT g FROM pg_catalog.unnest(ARRAY['admin', 'supervisor', 'cashier', 'agent']) AS g
             WHERE pg_catalog.pg_has_role(session_user, 'billing_' || g, 'MEMBER') LIMIT 1),
           (SELECT nullif(r.rolvaliduntil, 'infinity') FROM pg_catalog.pg_roles r
             WHERE r.rolname = session_user),
           (SELECT o.inn FROM billing.operator o WHERE o.login = session_user)
$function$;

ALTER FUNCTION billing.whoami() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.whoami() TO billing_agent, billing_cashier, billing_supervisor, billing_admin;
