-- A supervisor closes an answered appeal (the register keeps it, with its answer).
CREATE OR REPLACE FUNCTION billing.close_appeal(p_id bigint, p_version integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    item billing.appeal;
    new_version integer;
BEGIN
    PERFORM billing.assert_operator_active();
    item := billing.locked_appeal(p_id, p_version);
    IF item.status <> 'answered' THEN
        PERFORM billing.mod_fail('appeal.not_answered');
    END IF;
    UPDATE billing.appeal SET status = 'closed', closed_at = pg_catalog.now(), closed_by = session_user,
           version = version + 1
     WHERE id = p_id RETURNING version INTO new_version;
    RETURN new_version;
END
$function$;

ALTER FUNCTION billing.close_appeal(bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.close_appeal(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.close_appeal(bigint, integer) TO billing_supervisor;
