CREATE OR REPLACE FUNCTION billing.split_consumption(p_region_id bigint, p_zones integer, p_zone text, p_from date, p_to date, p_consumption numeric)
RETURNS jsonb
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
-- The consumption of one zone between two readings (p_from, p_to: their dates; the end day
-- belongs to the next period) spread over the tariffs in force by days, and priced: the
-- one pricing rule of the supplier (models/domain/consumption.py is its test oracle).
-- kWh are spread in steps of 0.001 kWh (finer if the consumption is finer) by the
-- largest-remainder method, equal remainders favouring the earlier part, so the parts
-- add up exactly; each part is priced kWh x rate rounded half-up to kopecks; adjacent
-- tariff records with the same rate are one part.
DECLARE
    t record;
    starts date[] := '{}';
    ends date[] := '{}';
    rates numeric[] := '{}';
    n integer := 0;
    cursor_day date := p_from;
    seg_start date;
    seg_end date;
    places integer := greatest(pg_catalog.scale(p_consumption), 3);
    total_steps numeric;
    total_days integer := p_to - p_from;
    shares numeric[] := '{}';
    remainders numeric[] := '{}';
    leftover numeric;
    i integer;
    kwh numeric;
    result jsonb := '[]';
BEGIN
    IF p_to <= p_from OR p_consumption IS NULL OR p_consumption < 0 THEN
        PERFORM billing.reading_fail('reading.pricing_mismatch', 'value_' || p_zone,
                                     'check_violation');
    END IF;
    FOR t IN SELECT tr.rate, tr.valid_from, tr.valid_to FROM billing.tariff tr
              WHERE tr.region_id = p_region_id AND tr.zones = p_zones AND tr.zone = p_zone
                AND tr.valid_from < p_to AND (tr.valid_to IS NULL OR tr.valid_to > p_from)
              ORDER BY tr.valid_from LOOP
        seg_start := greatest(p_from, t.valid_from);
        seg_end := CASE WHEN t.valid_to IS NULL THEN p_to ELSE least(p_to, t.valid_to) END;
        IF seg_start > cursor_day THEN
            EXIT;  -- a gap: no tariff from cursor_day
        END IF;
        IF n > 0 AND rates[n] = t.rate THEN
            ends[n] := seg_end;
        ELSE
            n := n + 1;
            starts[n] := seg_start;
            ends[n] := seg_end;
            rates[n] := t.rate;
        END IF;
        cursor_day := seg_end;
    END LOOP;
    IF cursor_day < p_to THEN
        RAISE EXCEPTION USING MESSAGE = 'reading.no_tariff', DETAIL = 'value_' || p_zone,
            HINT = pg_catalog.to_char(cursor_day, 'DD.MM.YYYY'), ERRCODE = 'check_violation';
    END IF;
    total_steps := pg_catalog.trunc(p_consumption * (10::numeric ^ places));
    leftover := total_steps;
    FOR i IN 1 .. n LOOP
        shares[i] := pg_catalog.div(total_steps * (ends[i] - starts[i]), total_days);
        remainders[i] := pg_catalog.mod(total_steps * (ends[i] - starts[i]), total_days);
        leftover := leftover - shares[i];
    END LOOP;
    FOR i IN SELECT g FROM pg_catalog.generate_series(1, n) g
              ORDER BY remainders[g] DESC, g LIMIT leftover LOOP
        shares[i] := shares[i] + 1;
    END LOOP;
    FOR i IN 1 .. n LOOP
        kwh := pg_catalog.round(shares[i] / (10::numeric ^ places), places);
        result := result || pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
            'start', starts[i], 'end', ends[i], 'kwh', kwh::text, 'rate', rates[i]::text,
            'amount', pg_catalog.round(kwh * rates[i], 2)::text));
    END LOOP;
    RETURN result;
END
$function$;

ALTER FUNCTION billing.split_consumption(bigint, integer, text, date, date, numeric) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.split_consumption(bigint, integer, text, date, date, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.split_consumption(bigint, integer, text, date, date, numeric) TO billing_owner;
