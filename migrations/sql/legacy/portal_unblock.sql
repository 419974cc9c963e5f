CREATE OR REPLACE FUNCTION billing.portal_unblock(p_id bigint, p_version integer, p_reason text)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    reason text := btrim(coalesce(p_reason, ''));
    restored text;
BEGIN
    IF reason = '' THEN
        RAISE EXCEPTION 'portal_user.reason_required' USING ERRCODE = '23514';
    END IF;
    IF u.status <> 'blocked' THEN
        RAISE EXCEPTION 'portal_user.not_blocked' USING ERRCODE = 'P0001';
    END IF;
    restored := CASE
        WHEN u.email_confirmed_at IS NULL THEN 'email_unconfirmed'
        WHEN EXISTS (SELECT FROM billing.registration_review r
                     WHERE r.portal_user_id = u.id AND r.status = 'pending') THEN 'awaiting_review'
        ELSE 'active' END;
    UPDATE billing.portal_user SET status = restored, block_reason = NULL WHERE id = u.id;
    PERFORM billing.record_portal_action(u, 'unblocked', reason,
                                         jsonb_build_object('status', restored));
    PERFORM billing.enqueue_notification(u.id, 'portal_user_unblocked');
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_unblock(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_unblock(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_unblock(bigint, integer, text) TO billing_supervisor;
