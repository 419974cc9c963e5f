-- The appeal p_id locked for a change, if its version is still p_version
-- (appeal.not_found, appeal.stale otherwise).
CREATE OR REPLACE FUNCTION billing.locked_appeal(p_id bigint, p_version integer)
RETURNS billing.appeal
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    item billing.appeal;
BEGIN
    SELECT a.* INTO item FROM billing.appeal a WHERE a.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM billing.mod_fail('appeal.not_found');
    END IF;
    IF item.version IS DISTINCT FROM p_version THEN
        PERFORM billing.mod_fail('appeal.stale', '40001');
    END IF;
    RETURN item;
END
$function$;

ALTER FUNCTION billing.locked_appeal(bigint, integer) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.locked_appeal(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.locked_appeal(bigint, integer) TO billing_owner;
