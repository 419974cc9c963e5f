CREATE OR REPLACE FUNCTION billing.cancel_link_request(p_id bigint, p_version integer, p_reason text)
RETURNS billing.link_request
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.link_request;
    why text := pg_catalog.regexp_replace(billing.mod_trim(p_reason), '[[:space:]]+', ' ', 'g');
BEGIN
    PERFORM billing.assert_operator_active();
    r := billing.mod_locked_link_request(p_id, p_version);
    IF why = '' THEN
        PERFORM billing.mod_fail('link_request.reason_required', '23514');
    END IF;
    IF NOT billing.text_ok(why, 500) THEN
        PERFORM billing.mod_fail('link_request.reason_format', '23514');
    END IF;
    UPDATE billing.link_request
       SET status = 'cancelled', reason = why, decided_by = session_user, decided_at = pg_catalog.now(),
           claimed_by = NULL, claimed_until = NULL, updated_at = pg_catalog.now(), version = version + 1
     WHERE id = p_id RETURNING * INTO r;
    PERFORM billing.enqueue_notification(r.portal_user_id, 'link_request_cancelled',
        pg_catalog.jsonb_build_object('number', r.number, 'account_number', r.account_number,
                                      'reason', why));
    RETURN r;
END
$function$;

ALTER FUNCTION billing.cancel_link_request(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.cancel_link_request(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.cancel_link_request(bigint, integer, text) TO billing_agent, billing_supervisor;
