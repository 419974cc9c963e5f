CREATE OR REPLACE FUNCTION billing.reading_zone_within_meter()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    meter_zones smallint;
BEGIN
    SELECT zones INTO meter_zones FROM billing.meter WHERE id = NEW.meter_id;
    IF meter_zones IS NOT NULL AND pg_catalog.substr(NEW.zone, 2)::int > meter_zones THEN
        RAISE EXCEPTION 'zone % is beyond the % zone(s) of meter %', NEW.zone, meter_zones, NEW.meter_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_reading_zone_within_meter';
    END IF;
    RETURN NEW;
END
$function$;

ALTER FUNCTION billing.reading_zone_within_meter() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.reading_zone_within_meter() FROM PUBLIC;
