CREATE OR REPLACE FUNCTION billing.create_link_request(p_portal_user_id bigint, p_region_id bigint, p_account_number text, p_proof_kind text, p_proof_value text)
 RETURNS billing.link_request
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    u portal_user;
    number_typed text := regexp_replace(coalesce(p_account_number, ''), '[[:space:]-]+', '', 'g');
    new_id bigint;
    r link_request;
BEGIN
    -- Locking the portal user serialises two requests of one customer (double click).
    SELECT * INTO u FROM portal_user WHERE id = p_portal_user_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM mod_fail('link_request.portal_user_not_found');
    END IF;
    IF u.status <> 'active' THEN
        PERFORM mod_fail('link_request.portal_user_inactive');
    END IF;
    IF NOT EXISTS (SELECT FROM region WHERE id = p_region_id) THEN
        PERFORM mod_fail('link_request.region_required', '23514');
    END IF;
    IF number_typed = '' THEN
        PERFORM mod_fail('link_request.account_number_required', '23514');
    END IF;
    IF p_proof_kind IS NULL OR p_proof_kind NOT IN
            ('last_payment_amount', 'surname_prefix', 'meter_serial', 'receipt_number') THEN
        PERFORM mod_fail('link_request.proof_kind', '23514');
    END IF;
    IF mod_trim(p_proof_value) = '' THEN
        PERFORM mod_fail('link_request.proof_required', '23514');
    END IF;
    IF EXISTS (SELECT FROM account_link l JOIN account a ON a.id = l.account_id
                WHERE l.portal_user_id = u.id AND a.region_id = p_region_id
                  AND a.number = number_typed) THEN
        PERFORM mod_fail('link_request.already_linked');
    END IF;
    IF EXISTS (SELECT FROM link_request
                WHERE portal_user_id = u.id AND region_id = p_region_id
                  AND account_number = number_typed AND status IN ('new', 'pending')) THEN
        PERFORM mod_fail('link_request.duplicate');
    END IF;
    INSERT INTO link_request (portal_user_id, region_id, account_number, proof_kind, proof_value,
                              status)
    VALUES (u.id, p_region_id, number_typed, p_proof_kind, mod_trim(p_proof_value), 'new')
    RETURNING id INTO new_id;
    r := link_request_run_check(new_id);
    IF r.status = 'pending' THEN
        PERFORM enqueue_notification(r.portal_user_id, 'link_request_received',
            jsonb_build_object('number', r.number, 'account_number', r.account_number));
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.create_link_request(bigint, bigint, text, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.create_link_request(bigint, bigint, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.create_link_request(bigint, bigint, text, text, text) TO billing_agent, billing_supervisor;
