CREATE OR REPLACE FUNCTION billing.link_request_run_check(p_id bigint)
RETURNS billing.link_request
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.link_request;
    facts jsonb;
    outcome jsonb;
    lead_problem jsonb;
    in_region bigint;
BEGIN
    SELECT * INTO r FROM billing.link_request WHERE id = p_id FOR UPDATE;
    facts := billing.link_proof_facts(r.region_id, r.account_number);
    outcome := billing.link_proof_check(r.proof_kind, r.proof_value, facts);
    lead_problem := outcome -> 'problems' -> 0;
    in_region := CASE WHEN (facts ->> 'account_found')::boolean
                       AND (facts ->> 'region_matches')::boolean
                      THEN (facts ->> 'account_id')::bigint END;
    IF (outcome ->> 'matched')::boolean THEN
        UPDATE billing.link_request
           SET status = 'auto_approved', account_id = in_region, check_code = NULL,
               check_details = NULL, claimed_by = NULL, claimed_until = NULL,
               decided_by = session_user, decided_at = pg_catalog.now(), updated_at = pg_catalog.now(),
               version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        INSERT INTO billing.account_link (portal_user_id, account_id, link_request_id)
        VALUES (r.portal_user_id, in_region, r.id) ON CONFLICT DO NOTHING;
        PERFORM billing.enqueue_notification(r.portal_user_id, 'link_request_approved',
            pg_catalog.jsonb_build_object('number', r.number, 'account_number', r.account_number));
    ELSE
        UPDATE billing.link_request
           SET status = 'pending', account_id = in_region, check_code = lead_problem ->> 'code',
               check_details = lead_problem -> 'params', updated_at = pg_catalog.now(), version = version + 1
         WHERE id = p_id RETURNING * INTO r;
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.link_request_run_check(bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.link_request_run_check(bigint) FROM PUBLIC;
