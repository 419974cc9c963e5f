CREATE OR REPLACE FUNCTION billing.portal_send_password_reset(p_id bigint, p_version integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    u billing.portal_user;
BEGIN
    PERFORM billing.assert_operator_active();
    u := billing.locked_portal_user(p_id, p_version);
    IF u.status = 'blocked' THEN
        RAISE EXCEPTION 'portal_user.blocked' USING ERRCODE = 'P0001';
    END IF;
    PERFORM billing.record_portal_action(u, 'password_reset_sent', NULL, NULL);
    PERFORM billing.enqueue_notification(u.id, 'password_reset');
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_send_password_reset(bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_send_password_reset(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_send_password_reset(bigint, integer) TO billing_agent, billing_supervisor;
