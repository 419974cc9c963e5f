CREATE OR REPLACE FUNCTION billing.zone_baseline_any(p_meter_id bigint, p_zone text, p_before date)
RETURNS billing.reading
LANGUAGE sql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    -- The zone's latest reading before p_before, estimated ones included (a corrected
    -- one gives way to its correction): what the next estimated reading adds to.
    SELECT r.* FROM billing.reading r
    WHERE r.meter_id = p_meter_id AND r.zone = p_zone AND r.taken_on < p_before
      AND NOT EXISTS (SELECT FROM billing.reading c WHERE c.corrects_id = r.id)
    ORDER BY r.taken_on DESC, r.id DESC
    LIMIT 1
$function$;

ALTER FUNCTION billing.zone_baseline_any(bigint, text, date) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.zone_baseline_any(bigint, text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.zone_baseline_any(bigint, text, date) TO billing_owner;
