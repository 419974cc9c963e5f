CREATE OR REPLACE FUNCTION billing.decide_registration_review(p_id bigint, p_version integer, p_approve boolean, p_reason_code text DEFAULT NULL::text, p_comment text DEFAULT NULL::text, p_customer_id bigint DEFAULT NULL::bigint)
RETURNS billing.registration_review
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.registration_review;
    owner_id bigint;
    candidates bigint;
    chosen billing.customer;
    why text;
BEGIN
    PERFORM billing.assert_operator_active();
    r := billing.mod_locked_review(p_id, p_version);
    IF p_approve THEN
        IF r.customer_kind = 'organisation' THEN
            IF NOT billing.mod_inn_valid(r.inn) THEN
                PERFORM billing.mod_fail('registration.inn_invalid');
            END IF;
            -- An INN names the organisation, the KPP its branch: the supervisor chooses the
            -- branch (p_customer_id) among the customers with the INN; without a choice the
            -- only one that fits is taken, and several that fit are refused.
            IF p_customer_id IS NULL THEN
                SELECT pg_catalog.count(*), pg_catalog.min(c.id) INTO candidates, owner_id
                  FROM billing.customer c
                 WHERE c.kind = 'organisation' AND c.inn = r.inn
                   AND (r.kpp IS NULL OR c.kpp = r.kpp);
                IF candidates = 0 THEN
                    PERFORM billing.mod_fail('registration.customer_not_found');
                ELSIF candidates > 1 THEN
                    PERFORM billing.mod_fail('registration.branch_required');
                END IF;
            ELSE
                SELECT * INTO chosen FROM billing.customer WHERE id = p_customer_id;
                IF NOT FOUND THEN
                    PERFORM billing.mod_fail('registration.customer_not_found');
                ELSIF chosen.kind <> 'organisation' THEN
                    PERFORM billing.mod_fail('registration.customer_not_organisation', '23514');
                ELSIF chosen.inn IS DISTINCT FROM r.inn THEN
                    PERFORM billing.mod_fail('registration.customer_inn_differs', '23514');
                ELSIF r.kpp IS NOT NULL AND chosen.kpp IS DISTINCT FROM r.kpp THEN
                    PERFORM billing.mod_fail('registration.customer_kpp_differs', '23514');
                END IF;
                owner_id := chosen.id;
            END IF;
        ELSE
            SELECT customer_id INTO owner_id FROM billing.account
             WHERE region_id = r.region_id AND number = r.account_number;
            IF NOT FOUND THEN
                PERFORM billing.mod_fail('registration.account_not_found');
            END IF;
            IF p_customer_id IS NOT NULL AND p_customer_id <> owner_id THEN
                PERFORM billing.mod_fail('registration.customer_not_account_owner', '23514');
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
               customer_id = owner_id,
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

ALTER FUNCTION billing.decide_registration_review(bigint, integer, boolean, text, text, bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.decide_registration_review(bigint, integer, boolean, text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.decide_registration_review(bigint, integer, boolean, text, text, bigint) TO billing_supervisor;
