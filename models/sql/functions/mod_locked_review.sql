CREATE OR REPLACE FUNCTION billing.mod_locked_review(p_id bigint, p_version integer)
RETURNS billing.registration_review
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.registration_review;
BEGIN
    SELECT * INTO r FROM billing.registration_review WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM billing.mod_fail('moderation.not_found');
    END IF;
    IF r.version <> p_version THEN
        PERFORM billing.mod_fail('moderation.stale');
    END IF;
    IF r.status <> 'pending' THEN
        PERFORM billing.mod_fail('moderation.already_decided');
    END IF;
    IF r.claimed_by IS NOT NULL AND r.claimed_by <> session_user AND r.claimed_until > pg_catalog.now() THEN
        PERFORM billing.mod_fail('moderation.claimed_by_other');
    END IF;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.mod_locked_review(bigint, integer) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_locked_review(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_locked_review(bigint, integer) TO billing_owner;
