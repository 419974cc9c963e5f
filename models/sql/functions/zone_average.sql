CREATE OR REPLACE FUNCTION billing.zone_average(p_meter_id bigint, p_zone text, p_before date)
RETURNS jsonb
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
-- ПП 354 п. 59 (б): the average monthly consumption of a zone from its actual readings
-- (estimated and corrected-away readings do not count) before p_before: over the last
-- 6 months (from the latest actual reading back to one at least 6 months earlier;
-- months counted as calendar months between the readings), or, if the readings cover
-- less, over all the months they cover, but at least 3. {"kwh": average rounded to
-- 0.001 kWh, "months": n}, or NULL when fewer than 3 months are covered.
DECLARE
    digits integer;
    last_r billing.reading;
    first_r billing.reading;
    months integer;
    used numeric;
BEGIN
    SELECT mt.digits INTO digits FROM billing.meter mt WHERE mt.id = p_meter_id;
    SELECT r.* INTO last_r FROM billing.reading r
     WHERE r.meter_id = p_meter_id AND r.zone = p_zone AND r.source <> 'estimated'
       AND r.taken_on < p_before
       AND NOT EXISTS (SELECT FROM billing.reading c WHERE c.corrects_id = r.id)
     ORDER BY r.taken_on DESC, r.id DESC LIMIT 1;
    IF last_r.id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT r.* INTO first_r FROM billing.reading r
     WHERE r.meter_id = p_meter_id AND r.zone = p_zone AND r.source <> 'estimated'
       AND r.taken_on <= (pg_catalog.date_trunc('month', last_r.taken_on)
                          - interval '6 months' + interval '1 month' - interval '1 day')::date
       AND NOT EXISTS (SELECT FROM billing.reading c WHERE c.corrects_id = r.id)
     ORDER BY r.taken_on DESC, r.id DESC LIMIT 1;
    IF first_r.id IS NULL THEN
        SELECT r.* INTO first_r FROM billing.reading r
         WHERE r.meter_id = p_meter_id AND r.zone = p_zone AND r.source <> 'estimated'
           AND NOT EXISTS (SELECT FROM billing.reading c WHERE c.corrects_id = r.id)
         ORDER BY r.taken_on, r.id LIMIT 1;
    END IF;
    months := (EXTRACT(year FROM last_r.taken_on) * 12 + EXTRACT(month FROM last_r.taken_on))
            - (EXTRACT(year FROM first_r.taken_on) * 12 + EXTRACT(month FROM first_r.taken_on));
    IF months < 3 THEN
        RETURN NULL;
    END IF;
    used := last_r.value - first_r.value;
    IF used < 0 THEN
        used := used + pg_catalog.power(10::numeric, digits);  -- the register went round
    END IF;
    RETURN pg_catalog.jsonb_build_object(
        'kwh', pg_catalog.round(used / months, 3)::text, 'months', months,
        'from_id', first_r.id, 'to_id', last_r.id);
END
$function$;

ALTER FUNCTION billing.zone_average(bigint, text, date) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.zone_average(bigint, text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.zone_average(bigint, text, date) TO billing_owner;
