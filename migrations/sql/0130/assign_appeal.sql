-- A supervisor gives an open appeal to an active agent or supervisor of the registry.
CREATE OR REPLACE FUNCTION billing.assign_appeal(p_id bigint, p_version integer, p_assignee text)
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
    IF item.status NOT IN ('new', 'in_work') THEN
        PERFORM billing.mod_fail('appeal.already_answered');
    END IF;
    IF NOT EXISTS (
        SELECT FROM billing.operator o
         WHERE o.login = p_assignee AND NOT o.disabled
           AND (pg_catalog.pg_has_role(o.login, 'billing_agent', 'MEMBER')
                OR pg_catalog.pg_has_role(o.login, 'billing_supervisor', 'MEMBER'))) THEN
        PERFORM billing.mod_fail('appeal.assignee_unknown');
    END IF;
    UPDATE billing.appeal SET assignee = p_assignee, status = 'in_work', version = version + 1
     WHERE id = p_id RETURNING version INTO new_version;
    RETURN new_version;
END
$function$;

ALTER FUNCTION billing.assign_appeal(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.assign_appeal(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.assign_appeal(bigint, integer, text) TO billing_supervisor;
