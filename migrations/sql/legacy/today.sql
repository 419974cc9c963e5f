CREATE OR REPLACE FUNCTION billing.today()
 RETURNS date
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'billing', 'pg_temp'
AS $function$
    SELECT coalesce(c.pinned_on, (pg_catalog.now() AT TIME ZONE c.time_zone)::date)
      FROM billing.business_clock c
$function$;

ALTER FUNCTION billing.today() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.today() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.today() TO billing_agent, billing_cashier, billing_supervisor, billing_admin;
