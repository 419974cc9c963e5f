-- The business date: the pinned date of a training or test database, else the current
-- date in the supplier's time zone (billing.business_clock, migration 0070). It ignores
-- the session's TimeZone, which any login may SET. Use it instead of current_date.
CREATE OR REPLACE FUNCTION billing.today()
RETURNS date
LANGUAGE sql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT coalesce(c.pinned_on, (pg_catalog.now() AT TIME ZONE c.time_zone)::date)
      FROM billing.business_clock c
$function$;

ALTER FUNCTION billing.today() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.today() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.today() TO billing_owner, billing_agent, billing_cashier, billing_supervisor, billing_admin;
