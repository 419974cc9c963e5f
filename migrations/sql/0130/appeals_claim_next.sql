-- A supervisor takes the next new, unassigned appeal (the earliest deadline first) and
-- works on it: assignee = the supervisor, status «in work». Concurrent supervisors skip
-- each other's locked rows (SKIP LOCKED), so two never take the same appeal.
CREATE OR REPLACE FUNCTION billing.appeals_claim_next()
RETURNS TABLE(appeal_id bigint, appeal_version integer)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    found_id bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    SELECT a.id INTO found_id FROM billing.appeal a
     WHERE a.status = 'new' AND a.assignee IS NULL
     ORDER BY a.deadline, a.created_at, a.id LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF found_id IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY UPDATE billing.appeal
       SET assignee = session_user, status = 'in_work', version = version + 1
     WHERE id = found_id RETURNING id, version;
END
$function$;

ALTER FUNCTION billing.appeals_claim_next() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.appeals_claim_next() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.appeals_claim_next() TO billing_supervisor;
