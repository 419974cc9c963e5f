CREATE OR REPLACE FUNCTION billing.portal_merge(p_keep_id bigint, p_keep_version integer, p_joined_id bigint, p_joined_version integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    keep billing.portal_user;
    joined billing.portal_user;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_keep_id = p_joined_id THEN
        RAISE EXCEPTION 'portal_user.merge_same' USING ERRCODE = 'P0001';
    END IF;
    -- Lock in id order so two merges of the same pair cannot deadlock.
    IF p_keep_id < p_joined_id THEN
        keep := billing.locked_portal_user(p_keep_id, p_keep_version);
        joined := billing.locked_portal_user(p_joined_id, p_joined_version);
    ELSE
        joined := billing.locked_portal_user(p_joined_id, p_joined_version);
        keep := billing.locked_portal_user(p_keep_id, p_keep_version);
    END IF;
    IF keep.customer_id IS NULL OR joined.customer_id IS DISTINCT FROM keep.customer_id THEN
        RAISE EXCEPTION 'portal_user.merge_other_customer' USING ERRCODE = 'P0001';
    END IF;
    PERFORM billing.merge_logins(keep, joined);
    RETURN keep.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_merge(bigint, integer, bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_merge(bigint, integer, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_merge(bigint, integer, bigint, integer) TO billing_supervisor;
