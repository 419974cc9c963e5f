-- An agent (or supervisor) asks to join portal login p_joined_id into p_keep_id when the
-- logins may not be merged at once (they belong to different customers, or the operator
-- may not merge): a merge request a supervisor approves or rejects
-- (billing.decide_merge_request). The versions the operator saw are kept, so a login
-- changed before the decision is noticed. Idempotent: asking again for a pair that waits
-- returns the waiting request. Returns the request's id.
CREATE OR REPLACE FUNCTION billing.request_portal_merge(p_keep_id bigint, p_keep_version integer, p_joined_id bigint, p_joined_version integer, p_comment text DEFAULT NULL::text)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    keep billing.portal_user;
    joined billing.portal_user;
    waiting billing.merge_request;
    note text := nullif(pg_catalog.regexp_replace(billing.mod_trim(p_comment), '[[:space:]]+', ' ', 'g'), '');
    new_id bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_keep_id = p_joined_id THEN
        PERFORM billing.mod_fail('portal_user.merge_same');
    END IF;
    IF NOT billing.text_ok(note, 500) THEN
        PERFORM billing.mod_fail('merge_request.comment_format', '23514');
    END IF;
    IF p_keep_id < p_joined_id THEN
        keep := billing.locked_portal_user(p_keep_id, p_keep_version);
        joined := billing.locked_portal_user(p_joined_id, p_joined_version);
    ELSE
        joined := billing.locked_portal_user(p_joined_id, p_joined_version);
        keep := billing.locked_portal_user(p_keep_id, p_keep_version);
    END IF;
    SELECT * INTO waiting FROM billing.merge_request m
     WHERE m.status = 'pending'
       AND LEAST(m.keep_id, m.joined_id) = LEAST(keep.id, joined.id)
       AND GREATEST(m.keep_id, m.joined_id) = GREATEST(keep.id, joined.id);
    IF FOUND THEN
        IF waiting.keep_id = keep.id THEN
            RETURN waiting.id;
        END IF;
        PERFORM billing.mod_fail('merge_request.duplicate', '23505');
    END IF;
    INSERT INTO billing.merge_request (keep_id, joined_id, keep_login, joined_login, keep_version,
                                       joined_version, keep_customer_id, joined_customer_id, comment)
    VALUES (keep.id, joined.id, keep.login, joined.login, keep.version, joined.version,
            keep.customer_id, joined.customer_id, note)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$function$;

ALTER FUNCTION billing.request_portal_merge(bigint, integer, bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.request_portal_merge(bigint, integer, bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.request_portal_merge(bigint, integer, bigint, integer, text) TO billing_agent, billing_supervisor;
