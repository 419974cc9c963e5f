-- Before an appeal is inserted (by register_appeal or by the portal): its number
-- «О-<year>-<000123>» and its legal deadline, 3 working days after the day it arrived in
-- the supplier's time zone (ПП 354 п. 31 «к»), unless the writer gave them.
CREATE OR REPLACE FUNCTION billing.appeal_stamp()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    arrived date;
BEGIN
    SELECT (coalesce(NEW.created_at, pg_catalog.now()) AT TIME ZONE c.time_zone)::date
      INTO arrived FROM billing.business_clock c;
    IF NEW.number IS NULL THEN
        NEW.number := 'О-' || EXTRACT(year FROM arrived)::text || '-'
            || pg_catalog.lpad(pg_catalog.nextval('billing.appeal_number_seq')::text, 6, '0');
    END IF;
    IF NEW.deadline IS NULL THEN
        NEW.deadline := billing.add_working_days(arrived, 3);
    END IF;
    RETURN NEW;
END
$function$;

ALTER FUNCTION billing.appeal_stamp() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.appeal_stamp() FROM PUBLIC;
