CREATE OR REPLACE FUNCTION billing.locked_portal_user(p_id bigint, p_version integer)
 RETURNS billing.portal_user
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    u billing.portal_user;
BEGIN
    SELECT * INTO u FROM billing.portal_user WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'portal_user.not_found' USING ERRCODE = 'P0001', DETAIL = p_id::text;
    END IF;
    IF u.version <> p_version THEN
        RAISE EXCEPTION 'portal_user.stale' USING ERRCODE = 'P0001',
            DETAIL = format('portal user %s is at version %s, not %s', p_id, u.version, p_version);
    END IF;
    RETURN u;
END
$function$;

ALTER FUNCTION billing.locked_portal_user(bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.locked_portal_user(bigint, integer) FROM PUBLIC;
