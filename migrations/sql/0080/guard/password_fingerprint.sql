-- A fingerprint of a login's stored password (SHA-256 of pg_authid.rolpassword, which
-- holds a salted SCRAM verifier, so any new password, even the same one, changes it).
-- The console records it whenever it sets a password and compares it before every
-- function call, so a password set with ALTER ROLE … PASSWORD (which PostgreSQL always
-- lets a role do to itself) stops the operator. Only billing_owner may ask, and only
-- about ordinary roles (no superuser, CREATEROLE, replication or BYPASSRLS role).
CREATE OR REPLACE FUNCTION billing_guard.password_fingerprint(p_login text)
RETURNS text
LANGUAGE sql
STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $function$
    SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
               coalesce(a.rolpassword, ''), 'UTF8')), 'hex')
      FROM pg_catalog.pg_authid a
     WHERE a.rolname = p_login
       AND NOT (a.rolsuper OR a.rolcreaterole OR a.rolreplication OR a.rolbypassrls)
$function$;

REVOKE ALL ON FUNCTION billing_guard.password_fingerprint(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing_guard.password_fingerprint(text) TO billing_owner;
