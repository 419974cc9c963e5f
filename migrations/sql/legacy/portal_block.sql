CREATE OR REPLACE FUNCTION billing.portal_block(p_id bigint, p_version integer, p_reason text)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    reason text := btrim(coalesce(p_reason, ''));
BEGIN
    IF reason = '' THEN
        RAISE EXCEPTION 'portal_user.reason_required' USING ERRCODE = '23514';
    END IF;
    IF u.status = 'blocked' THEN
        RAISE EXCEPTION 'portal_user.already_blocked' USING ERRCODE = 'P0001';
    END IF;
    UPDATE billing.portal_user SET status = 'blocked', block_reason = reason WHERE id = u.id;
    PERFORM billing.record_portal_action(u, 'blocked', reason,
                                         jsonb_build_object('previous_status', u.status));
    PERFORM billing.enqueue_notification(u.id, 'portal_user_blocked',
                                         jsonb_build_object('reason', reason));
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_block(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_block(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_block(bigint, integer, text) TO billing_supervisor;
