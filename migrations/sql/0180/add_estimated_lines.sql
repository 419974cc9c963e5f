CREATE OR REPLACE FUNCTION billing.add_estimated_lines(p_bill_id bigint, p_zones integer, p_zone text, p_parts jsonb, p_previous_id bigint, p_current_id bigint, p_method text)
RETURNS numeric
LANGUAGE sql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    -- The lines of an estimated month (billing.bill_period): the zone's line text with how
    -- the volume was estimated («— по среднемесячному за 6 мес.», «— по нормативу: …»),
    -- so the bill data and the printed bill say it. p_current_id is the estimated reading
    -- (NULL when the meter cannot take one): a later actual reading credits the line
    -- through it (billing.zone_charge, ПП 354 п. 61).
    WITH inserted AS (
        INSERT INTO billing.bill_line (bill_id, kind, zone, description, quantity, rate,
                                       amount, previous_reading_id, current_reading_id)
        SELECT p_bill_id, 'electricity', p_zone,
               billing.zone_line_description(p_zones, p_zone, (e ->> 'start')::date,
                                             pg_catalog.jsonb_array_length(p_parts))
                   || ' — ' || p_method,
               (e ->> 'kwh')::numeric, (e ->> 'rate')::numeric, (e ->> 'amount')::numeric,
               p_previous_id, p_current_id
        FROM pg_catalog.jsonb_array_elements(p_parts) AS x(e)
        ORDER BY (e ->> 'start')::date
        RETURNING amount)
    SELECT coalesce(pg_catalog.sum(amount), 0) FROM inserted
$function$;

ALTER FUNCTION billing.add_estimated_lines(bigint, integer, text, jsonb, bigint, bigint, text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.add_estimated_lines(bigint, integer, text, jsonb, bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.add_estimated_lines(bigint, integer, text, jsonb, bigint, bigint, text) TO billing_owner;
