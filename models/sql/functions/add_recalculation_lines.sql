CREATE OR REPLACE FUNCTION billing.add_recalculation_lines(p_bill_id bigint, p_zones integer, p_zone text, p_credits jsonb, p_current_id bigint)
RETURNS numeric
LANGUAGE sql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    -- The credits of billing.zone_charge as «Перерасчёт» lines: each estimated line
    -- credited once (bill_line.credits_line_id is unique), its reason in the description.
    WITH inserted AS (
        INSERT INTO billing.bill_line (bill_id, kind, zone, description, quantity, rate,
                                       amount, previous_reading_id, current_reading_id,
                                       credits_line_id)
        SELECT p_bill_id, 'recalculation', p_zone,
               'Перерасчёт: ' || billing.zone_line_description(p_zones, p_zone, NULL, 1)
                   || ' по фактическому показанию на '
                   || pg_catalog.to_char(r.taken_on, 'DD.MM.YYYY') || ' вместо расчётного '
                   || pg_catalog.trim_scale((e ->> 'value')::numeric)::text || ' на '
                   || pg_catalog.to_char((e ->> 'taken_on')::date, 'DD.MM.YYYY')
                   || ' (п. 61 ПП РФ № 354)',
               (e ->> 'kwh')::numeric, (e ->> 'rate')::numeric, (e ->> 'amount')::numeric,
               (e ->> 'reading_id')::bigint, p_current_id, (e ->> 'line_id')::bigint
        FROM pg_catalog.jsonb_array_elements(p_credits) AS x(e)
        JOIN billing.reading r ON r.id = p_current_id
        ORDER BY (e ->> 'taken_on')::date
        RETURNING amount)
    SELECT coalesce(pg_catalog.sum(amount), 0) FROM inserted
$function$;

ALTER FUNCTION billing.add_recalculation_lines(bigint, integer, text, jsonb, bigint) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.add_recalculation_lines(bigint, integer, text, jsonb, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.add_recalculation_lines(bigint, integer, text, jsonb, bigint) TO billing_owner;
