CREATE OR REPLACE FUNCTION billing.zone_consumption(p_previous numeric, p_current numeric, p_digits integer, p_rollover boolean)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
    SELECT CASE
        WHEN p_current >= p_previous THEN p_current - p_previous
        WHEN p_rollover THEN power(10::numeric, p_digits) - p_previous + p_current
    END
$function$;

ALTER FUNCTION billing.zone_consumption(numeric, numeric, integer, boolean) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.zone_consumption(numeric, numeric, integer, boolean) FROM PUBLIC;
