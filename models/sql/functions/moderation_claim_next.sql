CREATE OR REPLACE FUNCTION billing.moderation_claim_next(p_queue text, p_minutes integer DEFAULT 15)
RETURNS TABLE(item_id bigint, item_version integer)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    lease interval := pg_catalog.make_interval(mins => least(greatest(coalesce(p_minutes, 15), 1), 240));
    found_id bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_queue = 'link_request' THEN
        SELECT id INTO found_id FROM billing.link_request
         WHERE status IN ('new', 'pending') AND claimed_by = session_user AND claimed_until > pg_catalog.now()
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF found_id IS NULL THEN
            SELECT id INTO found_id FROM billing.link_request
             WHERE status IN ('new', 'pending')
               AND (claimed_until IS NULL OR claimed_until <= pg_catalog.now())
             ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        END IF;
        IF found_id IS NULL THEN
            RETURN;
        END IF;
        RETURN QUERY UPDATE billing.link_request
           SET claimed_by = session_user, claimed_until = pg_catalog.now() + lease, version = version + 1
         WHERE id = found_id RETURNING id, version;
    ELSIF p_queue = 'registration_review' THEN
        SELECT id INTO found_id FROM billing.registration_review
         WHERE status = 'pending' AND claimed_by = session_user AND claimed_until > pg_catalog.now()
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF found_id IS NULL THEN
            SELECT id INTO found_id FROM billing.registration_review
             WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until <= pg_catalog.now())
             ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        END IF;
        IF found_id IS NULL THEN
            RETURN;
        END IF;
        RETURN QUERY UPDATE billing.registration_review
           SET claimed_by = session_user, claimed_until = pg_catalog.now() + lease, version = version + 1
         WHERE id = found_id RETURNING id, version;
    ELSIF p_queue = 'merge_request' THEN
        SELECT id INTO found_id FROM billing.merge_request
         WHERE status = 'pending' AND claimed_by = session_user AND claimed_until > pg_catalog.now()
         ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF found_id IS NULL THEN
            SELECT id INTO found_id FROM billing.merge_request
             WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until <= pg_catalog.now())
             ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        END IF;
        IF found_id IS NULL THEN
            RETURN;
        END IF;
        RETURN QUERY UPDATE billing.merge_request
           SET claimed_by = session_user, claimed_until = pg_catalog.now() + lease, version = version + 1
         WHERE id = found_id RETURNING id, version;
    ELSE
        PERFORM billing.mod_fail('moderation.unknown_queue', '22023');
    END IF;
END
$function$;

ALTER FUNCTION billing.moderation_claim_next(text, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.moderation_claim_next(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.moderation_claim_next(text, integer) TO billing_supervisor;
