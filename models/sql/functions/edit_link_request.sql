CREATE OR REPLACE FUNCTION billing.edit_link_request(p_id bigint, p_version integer, p_region_id bigint, p_account_number text, p_proof_kind text, p_proof_value text)
RETURNS billing.link_request
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.link_request;
    number_typed text := pg_catalog.regexp_replace(coalesce(p_account_number, ''), '[[:space:]-]+', '', 'g');
BEGIN
    PERFORM billing.assert_operator_active();
    r := billing.mod_locked_link_request(p_id, p_version);
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
    UPDATE billing.link_request SET region_id = p_region_id, account_number = number_typed,
           proof_kind = p_proof_kind, proof_value = billing.mod_trim(p_proof_value)
     WHERE id = p_id;
    r := billing.link_request_run_check(p_id);
    IF r.status = 'pending' THEN
        PERFORM billing.enqueue_notification(r.portal_user_id, 'link_request_edited',
            pg_catalog.jsonb_build_object('number', r.number, 'account_number', r.account_number));
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.edit_link_request(bigint, integer, bigint, text, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.edit_link_request(bigint, integer, bigint, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.edit_link_request(bigint, integer, bigint, text, text, text) TO billing_agent, billing_supervisor;
