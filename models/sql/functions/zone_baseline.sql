CREATE OR REPLACE FUNCTION billing.zone_baseline(p_meter_id bigint, p_zone text, p_before date)
RETURNS billing.reading
LANGUAGE sql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT r.* FROM billing.reading r
    WHERE r.meter_id = p_meter_id AND r.zone = p_zone AND r.taken_on < p_before
      AND NOT EXISTS (SELECT FROM billing.reading c WHERE c.corrects_id = r.id)
    ORDER BY (r.source = 'estimated'), r.taken_on DESC, r.id DESC
    LIMIT 1
$function$;

ALTER FUNCTION billing.zone_baseline(bigint, text, date) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.zone_baseline(bigint, text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.zone_baseline(bigint, text, date) TO billing_owner;
