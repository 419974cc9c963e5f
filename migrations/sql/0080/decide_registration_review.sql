CREATE OR REPLACE FUNCTION billing.decide_registration_review(p_id bigint, p_version integer, p_approve boolean, p_reason_code text DEFAULT NULL::text, p_comment text DEFAULT NULL::text)
RETURNS billing.registration_review
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.registration_review;
    owner_id bigint;
    why text;
BEGIN
    PERFORM billing.assert_operator_active();
    r := billing.mod_locked_review(p_id, p_version);
    IF p_approve THEN
        IF r.customer_kind = 'organisation' THEN
            IF NOT billing.mod_inn_valid(r.inn) THEN
                PERFORM billing.mod_fail('registration.inn_invalid');
            END IF;
            SELECT id INTO owner_id FROM billing.customer WHERE inn = r.inn ORDER BY id LIMIT 1;
            IF NOT FOUND THEN
                PERFORM billing.mod_fail('registration.customer_not_found');
            END IF;
        ELSE
            SELECT customer_id INTO owner_id FROM billing.account
             WHERE region_id = r.region_id AND number = r.account_number;
            IF NOT FOUND THEN
                PERFORM billing.mod_fail('registration.account_not_found');
            END IF;
        END IF;
        UPDATE billing.portal_user
           SET status = CASE WHEN status = 'awaiting_review' THEN 'active' ELSE status END,
               customer_id = owner_id, version = version + 1
         WHERE id = r.portal_user_id;
        INSERT INTO billing.account_link (portal_user_id, account_id)
        SELECT r.portal_user_id, a.id FROM billing.account a
         WHERE a.customer_id = owner_id
           AND ((a.region_id = r.region_id AND a.number = r.account_number)
                OR a.contract_id IN (SELECT id FROM billing.contract
                                      WHERE customer_id = owner_id
                                        AND number = ANY (r.contract_numbers)))
        ON CONFLICT DO NOTHING;
        UPDATE billing.registration_review
           SET status = 'approved', decided_by = session_user, decided_at = pg_catalog.now(), reason = NULL,
               claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        PERFORM billing.enqueue_notification(r.portal_user_id, 'registration_approved');
    ELSE
        why := billing.mod_reason('registration_review', p_reason_code, p_comment);
        UPDATE billing.registration_review
           SET status = 'rejected', decided_by = session_user, decided_at = pg_catalog.now(), reason = why,
               claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        PERFORM billing.enqueue_notification(r.portal_user_id, 'registration_rejected',
                                     pg_catalog.jsonb_build_object('reason', why));
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.decide_registration_review(bigint, integer, boolean, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.decide_registration_review(bigint, integer, boolean, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.decide_registration_review(bigint, integer, boolean, text, text) TO billing_supervisor;
