CREATE OR REPLACE FUNCTION billing.create_link_request(p_portal_user_id bigint, p_region_id bigint, p_account_number text, p_proof_kind text, p_proof_value text)
RETURNS billing.link_request
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    u billing.portal_user;
    number_typed text := pg_catalog.regexp_replace(coalesce(p_account_number, ''), '[[:space:]-]+', '', 'g');
    new_id bigint;
    r billing.link_request;
BEGIN
    PERFORM billing.assert_operator_active();
    -- Locking the portal user serialises two requests of one customer (double click).
    SELECT * INTO u FROM billing.portal_user WHERE id = p_portal_user_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM billing.mod_fail('link_request.portal_user_not_found');
    END IF;
    IF u.status <> 'active' THEN
        PERFORM billing.mod_fail('link_request.portal_user_inactive');
    END IF;
    IF NOT EXISTS (SELECT FROM billing.region WHERE id = p_region_id) THEN
        PERFORM billing.mod_fail('link_request.region_required', '23514');
    END IF;
    IF number_typed = '' THEN
        PERFORM billing.mod_fail('link_request.account_number_required', '23514');
    END IF;
    IF p_proof_kind IS NULL OR p_proof_kind NOT IN
            ('last_payment_amount', 'surname_prefix', 'meter_serial', 'receipt_number') THEN
        PERFORM billing.mod_fail('link_request.proof_kind', '23514');
    END IF;
    IF billing.mod_trim(p_proof_value) = '' THEN
        PERFORM billing.mod_fail('link_request.proof_required', '23514');
    END IF;
    IF EXISTS (SELECT FROM billing.account_link l JOIN billing.account a ON a.id = l.account_id
                WHERE l.portal_user_id = u.id AND a.region_id = p_region_id
                  AND a.number = number_typed) THEN
        PERFORM billing.mod_fail('link_request.already_linked');
    END IF;
    IF EXISTS (SELECT FROM billing.link_request
                WHERE portal_user_id = u.id AND region_id = p_region_id
                  AND account_number = number_typed AND status IN ('new', 'pending')) THEN
        PERFORM billing.mod_fail('link_request.duplicate');
    END IF;
    INSERT INTO billing.link_request (portal_user_id, region_id, account_number, proof_kind, proof_value,
                              status)
    VALUES (u.id, p_region_id, number_typed, p_proof_kind, billing.mod_trim(p_proof_value), 'new')
    RETURNING id INTO new_id;
    r := billing.link_request_run_check(new_id);
    IF r.status = 'pending' THEN
        PERFORM billing.enqueue_notification(r.portal_user_id, 'link_request_received',
            pg_catalog.jsonb_build_object('number', r.number, 'account_number', r.account_number));
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.create_link_request(bigint, bigint, text, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.create_link_request(bigint, bigint, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.create_link_request(bigint, bigint, text, text, text) TO billing_agent, billing_supervisor;
