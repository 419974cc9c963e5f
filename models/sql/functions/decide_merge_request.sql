-- A supervisor approves or rejects (with a reason of the list) a merge request. The
-- request's version must be the one the supervisor saw (else moderation.stale: another
-- decision or a claim came first), and on approval both logins must still be as the
-- requesting operator saw them (else merge_request.logins_changed); only then are the
-- logins merged (billing.merge_logins). Repeating one's own decision returns it unchanged.
CREATE OR REPLACE FUNCTION billing.decide_merge_request(p_id bigint, p_version integer, p_approve boolean, p_reason_code text DEFAULT NULL::text, p_comment text DEFAULT NULL::text)
RETURNS billing.merge_request
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    m billing.merge_request;
    keep billing.portal_user;
    joined billing.portal_user;
    why text;
BEGIN
    PERFORM billing.assert_operator_active();
    SELECT * INTO m FROM billing.merge_request WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM billing.mod_fail('moderation.not_found');
    END IF;
    IF m.status <> 'pending' THEN
        IF (m.status = 'approved') = p_approve AND m.decided_by = session_user
           AND m.version = p_version + 1 THEN
            RETURN m;  -- the same decision again (a retry after a lost answer)
        END IF;
        PERFORM billing.mod_fail('moderation.already_decided');
    END IF;
    IF m.version <> p_version THEN
        PERFORM billing.mod_fail('moderation.stale');
    END IF;
    IF m.claimed_by IS NOT NULL AND m.claimed_by <> session_user AND m.claimed_until > pg_catalog.now() THEN
        PERFORM billing.mod_fail('moderation.claimed_by_other');
    END IF;
    IF p_approve THEN
        IF m.keep_id IS NULL OR m.joined_id IS NULL THEN
            PERFORM billing.mod_fail('merge_request.login_gone');
        END IF;
        -- Lock in id order, as billing.portal_merge does.
        IF m.keep_id < m.joined_id THEN
            SELECT * INTO keep FROM billing.portal_user WHERE id = m.keep_id FOR UPDATE;
            SELECT * INTO joined FROM billing.portal_user WHERE id = m.joined_id FOR UPDATE;
        ELSE
            SELECT * INTO joined FROM billing.portal_user WHERE id = m.joined_id FOR UPDATE;
            SELECT * INTO keep FROM billing.portal_user WHERE id = m.keep_id FOR UPDATE;
        END IF;
        IF keep.id IS NULL OR joined.id IS NULL THEN
            PERFORM billing.mod_fail('merge_request.login_gone');
        END IF;
        IF keep.version <> m.keep_version OR joined.version <> m.joined_version THEN
            PERFORM billing.mod_fail('merge_request.logins_changed');
        END IF;
        PERFORM billing.merge_logins(keep, joined);
        UPDATE billing.merge_request
           SET status = 'approved', decided_by = session_user, decided_at = pg_catalog.now(),
               reason = NULL, claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING * INTO m;
    ELSE
        why := billing.mod_reason('merge_request', p_reason_code, p_comment);
        UPDATE billing.merge_request
           SET status = 'rejected', decided_by = session_user, decided_at = pg_catalog.now(),
               reason = why, claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING * INTO m;
    END IF;
    RETURN m;
END
$function$;

ALTER FUNCTION billing.decide_merge_request(bigint, integer, boolean, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.decide_merge_request(bigint, integer, boolean, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.decide_merge_request(bigint, integer, boolean, text, text) TO billing_supervisor;
