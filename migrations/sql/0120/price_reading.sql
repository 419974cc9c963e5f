CREATE OR REPLACE FUNCTION billing.price_reading(p_meter_id bigint, p_taken_on date, p_values jsonb, p_rollover text[])
RETURNS jsonb
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    zones integer;
    zone_code text;
    charge jsonb;
    charges jsonb := '{}';
    total numeric := 0;
BEGIN
    PERFORM billing.assert_operator_active();
    -- What «Calculate» shows: each given zone's charge (billing.zone_charge) and the
    -- total, exactly as billing.confirm_readings would bill it today. Writes nothing.
    SELECT mt.zones INTO zones FROM billing.meter mt WHERE mt.id = p_meter_id;
    IF NOT FOUND THEN
        PERFORM billing.reading_fail('reading.meter_unknown');
    END IF;
    IF p_taken_on IS NULL THEN
        PERFORM billing.reading_fail('reading.date_missing', 'taken_on', 'check_violation');
    END IF;
    FOR zone_code IN SELECT 'T' || g FROM pg_catalog.generate_series(1, zones) g LOOP
        IF pg_catalog.jsonb_typeof(p_values -> zone_code) IS DISTINCT FROM 'string'
           AND pg_catalog.jsonb_typeof(p_values -> zone_code) IS DISTINCT FROM 'number' THEN
            CONTINUE;
        END IF;
        charge := billing.zone_charge(p_meter_id, zone_code, p_taken_on,
                                      (p_values ->> zone_code)::numeric,
                                      zone_code = ANY (coalesce(p_rollover, '{}')));
        charges := charges || pg_catalog.jsonb_build_object(zone_code, charge);
        total := total + (charge ->> 'amount')::numeric;
    END LOOP;
    RETURN pg_catalog.jsonb_build_object('zones', charges, 'total', total::text);
END
$function$;

ALTER FUNCTION billing.price_reading(bigint, date, jsonb, text[]) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.price_reading(bigint, date, jsonb, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.price_reading(bigint, date, jsonb, text[]) TO billing_agent, billing_supervisor;
