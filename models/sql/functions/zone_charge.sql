CREATE OR REPLACE FUNCTION billing.zone_charge(p_meter_id bigint, p_zone text, p_taken_on date, p_value numeric, p_rollover boolean)
RETURNS jsonb
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
-- What a new reading of one zone costs: the consumption since the zone's latest actual
-- reading priced by billing.split_consumption ("parts"), and, when estimates were billed
-- since that reading, a credit of each estimated line not credited yet ("credits",
-- ПП 354 п. 61: the actual reading replaces the estimated volume). "amount" is the net.
DECLARE
    m record;
    base billing.reading;
    used numeric;
    parts jsonb := '[]';
    credits jsonb := '[]';
    amount numeric := 0;
BEGIN
    SELECT mt.digits, mt.zones, a.region_id INTO m
      FROM billing.meter mt
      JOIN billing.metering_point mp ON mp.id = mt.metering_point_id
      JOIN billing.account a ON a.id = mp.account_id
     WHERE mt.id = p_meter_id;
    base := billing.zone_baseline(p_meter_id, p_zone, p_taken_on);
    IF base.id IS NULL THEN
        -- the first reading of a zone: nothing to charge yet
        RETURN pg_catalog.jsonb_build_object('zone', p_zone, 'base_id', NULL, 'consumption', NULL,
            'rollover', false, 'parts', parts, 'credits', credits, 'amount', '0');
    END IF;
    used := billing.zone_consumption(base.value, p_value, m.digits,
                                     coalesce(p_rollover, false) AND p_value < base.value);
    IF used IS NULL THEN
        PERFORM billing.reading_fail('reading.below_previous', 'value_' || p_zone,
                                     'check_violation');
    END IF;
    parts := billing.split_consumption(m.region_id, m.zones, p_zone, base.taken_on, p_taken_on,
                                       used);
    SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
               'line_id', bl.id, 'reading_id', r.id, 'taken_on', r.taken_on,
               'value', r.value::text, 'kwh', (-bl.quantity)::text, 'rate', bl.rate::text,
               'amount', (-bl.amount)::text) ORDER BY r.taken_on, bl.id), '[]')
      INTO credits
      FROM billing.bill_line bl
      JOIN billing.reading r ON r.id = bl.current_reading_id
     WHERE r.meter_id = p_meter_id AND r.zone = p_zone AND r.source = 'estimated'
       AND r.taken_on > base.taken_on AND r.taken_on < p_taken_on
       AND bl.kind = 'electricity'
       AND NOT EXISTS (SELECT FROM billing.reading s WHERE s.corrects_id = r.id)
       AND NOT EXISTS (SELECT FROM billing.bill_line c WHERE c.credits_line_id = bl.id);
    SELECT coalesce(pg_catalog.sum((e ->> 'amount')::numeric), 0) INTO amount
      FROM pg_catalog.jsonb_array_elements(parts || credits) e;
    RETURN pg_catalog.jsonb_build_object(
        'zone', p_zone, 'base_id', base.id, 'base_value', base.value::text,
        'base_on', base.taken_on, 'base_source', base.source, 'consumption', used::text,
        'rollover', p_value < base.value, 'parts', parts, 'credits', credits,
        'amount', amount::text);
END
$function$;

ALTER FUNCTION billing.zone_charge(bigint, text, date, numeric, boolean) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.zone_charge(bigint, text, date, numeric, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.zone_charge(bigint, text, date, numeric, boolean) TO billing_owner;
