CREATE OR REPLACE FUNCTION billing.zone_consumption(p_previous numeric, p_current numeric, p_digits integer, p_rollover boolean)
RETURNS numeric
LANGUAGE sql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT CASE
        WHEN p_current >= p_previous THEN p_current - p_previous
        WHEN p_rollover THEN pg_catalog.power(10::numeric, p_digits) - p_previous + p_current
    END
$function$;

ALTER FUNCTION billing.zone_consumption(numeric, numeric, integer, boolean) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.zone_consumption(numeric, numeric, integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.zone_consumption(numeric, numeric, integer, boolean) TO billing_owner;
