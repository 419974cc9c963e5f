CREATE OR REPLACE FUNCTION billing.moderation_release(p_queue text, p_id bigint, p_version integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    new_version integer;
    m billing.merge_request;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_queue = 'link_request' THEN
        PERFORM billing.mod_locked_link_request(p_id, p_version);
        UPDATE billing.link_request SET claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING version INTO new_version;
    ELSIF p_queue = 'registration_review' THEN
        PERFORM billing.mod_locked_review(p_id, p_version);
        UPDATE billing.registration_review SET claimed_by = NULL, claimed_until = NULL,
               version = version + 1
         WHERE id = p_id RETURNING version INTO new_version;
    ELSIF p_queue = 'merge_request' THEN
        SELECT * INTO m FROM billing.merge_request WHERE id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM billing.mod_fail('moderation.not_found');
        ELSIF m.version <> p_version THEN
            PERFORM billing.mod_fail('moderation.stale');
        ELSIF m.status <> 'pending' THEN
            PERFORM billing.mod_fail('moderation.already_decided');
        ELSIF m.claimed_by IS NOT NULL AND m.claimed_by <> session_user AND m.claimed_until > pg_catalog.now() THEN
            PERFORM billing.mod_fail('moderation.claimed_by_other');
        END IF;
        UPDATE billing.merge_request SET claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING version INTO new_version;
    ELSE
        PERFORM billing.mod_fail('moderation.unknown_queue', '22023');
    END IF;
    RETURN new_version;
END
$function$;

ALTER FUNCTION billing.moderation_release(text, bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.moderation_release(text, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.moderation_release(text, bigint, integer) TO billing_supervisor;
