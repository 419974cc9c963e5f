CREATE OR REPLACE FUNCTION billing.decide_link_request(p_id bigint, p_version integer, p_approve boolean, p_reason_code text DEFAULT NULL::text, p_comment text DEFAULT NULL::text)
RETURNS billing.link_request
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.link_request;
    target bigint;
    why text;
BEGIN
    PERFORM billing.assert_operator_active();
    r := billing.mod_locked_link_request(p_id, p_version);
    IF p_approve THEN
        SELECT id INTO target FROM billing.account
         WHERE region_id = r.region_id AND number = r.account_number;
        IF NOT FOUND THEN
            PERFORM billing.mod_fail('moderation.account_not_found');
        END IF;
        UPDATE billing.link_request
           SET status = 'approved', account_id = target, decided_by = session_user,
               decided_at = pg_catalog.now(), reason = NULL, claimed_by = NULL, claimed_until = NULL,
               updated_at = pg_catalog.now(), version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        INSERT INTO billing.account_link (portal_user_id, account_id, link_request_id)
        VALUES (r.portal_user_id, target, r.id) ON CONFLICT DO NOTHING;
        PERFORM billing.enqueue_notification(r.portal_user_id, 'link_request_approved',
            pg_catalog.jsonb_build_object('number', r.number, 'account_number', r.account_number));
    ELSE
        why := billing.mod_reason('link_request', p_reason_code, p_comment);
        UPDATE billing.link_request
           SET status = 'rejected', decided_by = session_user, decided_at = pg_catalog.now(), reason = why,
               claimed_by = NULL, claimed_until = NULL, updated_at = pg_catalog.now(),
               version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        PERFORM billing.enqueue_notification(r.portal_user_id, 'link_request_rejected',
            pg_catalog.jsonb_build_object('number', r.number, 'account_number', r.account_number,
                               'reason', why));
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.decide_link_request(bigint, integer, boolean, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.decide_link_request(bigint, integer, boolean, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.decide_link_request(bigint, integer, boolean, text, text) TO billing_supervisor;
