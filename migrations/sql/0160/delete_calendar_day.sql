CREATE OR REPLACE FUNCTION billing.delete_calendar_day(p_day date, p_expected_version integer)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    DELETE FROM billing.calendar_day c WHERE c.day = p_day AND c.version = p_expected_version;
    IF NOT FOUND THEN
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
END
$function$;

ALTER FUNCTION billing.delete_calendar_day(date, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.delete_calendar_day(date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.delete_calendar_day(date, integer) TO billing_admin;
