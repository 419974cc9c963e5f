CREATE OR REPLACE FUNCTION billing.add_electricity_lines(p_bill_id bigint, p_zones integer, p_zone text, p_parts jsonb, p_previous_id bigint, p_current_id bigint)
RETURNS numeric
LANGUAGE sql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    WITH inserted AS (
        INSERT INTO billing.bill_line (bill_id, kind, zone, description, quantity, rate,
                                       amount, previous_reading_id, current_reading_id)
        SELECT p_bill_id, 'electricity', p_zone,
               billing.zone_line_description(p_zones, p_zone, (e ->> 'start')::date,
                                             pg_catalog.jsonb_array_length(p_parts)),
               (e ->> 'kwh')::numeric, (e ->> 'rate')::numeric, (e ->> 'amount')::numeric,
               p_previous_id, p_current_id
        FROM pg_catalog.jsonb_array_elements(p_parts) AS x(e)
        ORDER BY (e ->> 'start')::date
        RETURNING amount)
    SELECT coalesce(pg_catalog.sum(amount), 0) FROM inserted
$function$;

ALTER FUNCTION billing.add_electricity_lines(bigint, integer, text, jsonb, bigint, bigint) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.add_electricity_lines(bigint, integer, text, jsonb, bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.add_electricity_lines(bigint, integer, text, jsonb, bigint, bigint) TO billing_owner;
