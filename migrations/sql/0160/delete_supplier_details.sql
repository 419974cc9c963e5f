CREATE OR REPLACE FUNCTION billing.delete_supplier_details(p_region_id integer,
                                                p_expected_version integer) RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    DELETE FROM billing.supplier_details s
     WHERE s.region_id IS NOT DISTINCT FROM p_region_id AND s.version = p_expected_version;
    IF NOT FOUND THEN
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
END
$function$;

ALTER FUNCTION billing.delete_supplier_details(integer, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.delete_supplier_details(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.delete_supplier_details(integer, integer) TO billing_admin;
