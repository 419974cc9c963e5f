CREATE OR REPLACE FUNCTION billing.check_priced_parts(p_parts jsonb, p_region_id bigint, p_zones integer, p_zone text, p_from date, p_to date, p_consumption numeric)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    part record;
    cursor_day date := p_from;
    total numeric := 0;
BEGIN
    FOR part IN
        SELECT (e ->> 'start')::date AS start, (e ->> 'end')::date AS finish,
               (e ->> 'kwh')::numeric AS kwh, (e ->> 'rate')::numeric AS rate,
               (e ->> 'amount')::numeric AS amount
        FROM jsonb_array_elements(coalesce(p_parts, '[]')) e
        ORDER BY (e ->> 'start')::date
    LOOP
        IF part.start <> cursor_day OR part.finish <= part.start OR part.kwh < 0
           OR part.amount <> round(part.kwh * part.rate, 2)
           OR NOT EXISTS (SELECT FROM billing.tariff t
                          WHERE t.region_id = p_region_id AND t.zones = p_zones
                            AND t.zone = p_zone AND t.rate = part.rate
                            AND t.valid_from <= part.start
                            AND (t.valid_to IS NULL OR t.valid_to > part.start))
           OR EXISTS (SELECT FROM billing.tariff t
                      WHERE t.region_id = p_region_id AND t.zones = p_zones
                        AND t.zone = p_zone AND t.rate <> part.rate
                        AND t.valid_from < part.finish
                        AND (t.valid_to IS NULL OR t.valid_to > part.start)) THEN
            PERFORM billing.reading_fail('reading.pricing_mismatch', 'value_' || p_zone,
                                         'check_violation');
        END IF;
        total := total + part.kwh;
        cursor_day := part.finish;
    END LOOP;
    IF cursor_day <> p_to OR total <> p_consumption THEN
        PERFORM billing.reading_fail('reading.pricing_mismatch', 'value_' || p_zone,
                                     'check_violation');
    END IF;
END
$function$;

ALTER FUNCTION billing.check_priced_parts(jsonb, bigint, integer, text, date, date, numeric) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.check_priced_parts(jsonb, bigint, integer, text, date, date, numeric) FROM PUBLIC;
