CREATE OR REPLACE FUNCTION billing.delete_consumption_norm(p_id bigint, p_expected_version integer)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    DELETE FROM billing.consumption_norm n WHERE n.id = p_id AND n.version = p_expected_version;
    IF NOT FOUND THEN
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
END
$function$;

ALTER FUNCTION billing.delete_consumption_norm(bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.delete_consumption_norm(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.delete_consumption_norm(bigint, integer) TO billing_admin;
