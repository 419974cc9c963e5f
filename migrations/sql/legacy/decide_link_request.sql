CREATE OR REPLACE FUNCTION billing.decide_link_request(p_id bigint, p_version integer, p_approve boolean, p_reason_code text DEFAULT NULL::text, p_comment text DEFAULT NULL::text)
 RETURNS billing.link_request
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    r link_request;
    target bigint;
    why text;
BEGIN
    r := mod_locked_link_request(p_id, p_version);
    IF p_approve THEN
        SELECT id INTO target FROM account
         WHERE region_id = r.region_id AND number = r.account_number;
        IF NOT FOUND THEN
            PERFORM mod_fail('moderation.account_not_found');
        END IF;
        UPDATE link_request
           SET status = 'approved', account_id = target, decided_by = session_user,
               decided_at = now(), reason = NULL, claimed_by = NULL, claimed_until = NULL,
               updated_at = now(), version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        INSERT INTO account_link (portal_user_id, account_id, link_request_id)
        VALUES (r.portal_user_id, target, r.id) ON CONFLICT DO NOTHING;
        PERFORM enqueue_notification(r.portal_user_id, 'link_request_approved',
            jsonb_build_object('number', r.number, 'account_number', r.account_number));
    ELSE
        why := mod_reason('link_request', p_reason_code, p_comment);
        UPDATE link_request
           SET status = 'rejected', decided_by = session_user, decided_at = now(), reason = why,
               claimed_by = NULL, claimed_until = NULL, updated_at = now(),
               version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        PERFORM enqueue_notification(r.portal_user_id, 'link_request_rejected',
            jsonb_build_object('number', r.number, 'account_number', r.account_number,
                               'reason', why));
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.decide_link_request(bigint, integer, boolean, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.decide_link_request(bigint, integer, boolean, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.decide_link_request(bigint, integer, boolean, text, text) TO billing_supervisor;
