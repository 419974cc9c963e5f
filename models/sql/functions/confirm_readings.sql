CREATE OR REPLACE FUNCTION billing.confirm_readings(p_meter_id bigint, p_taken_on date, p_values jsonb, p_rollover text[], p_reason text, p_expected_last_reading_id bigint, p_billing_period date, p_expected_total numeric, p_idempotency_key uuid)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    m record;
    latest_id bigint;
    latest_on date;
    zone_code text;
    field text;
    value numeric;
    base billing.reading;
    used numeric;
    new_id bigint;
    bill_row billing.bill;
    existing_bill bigint;
    charge jsonb;
    total numeric := 0;
    reason text := nullif(pg_catalog.btrim(coalesce(p_reason, '')), '');
    this_month date := pg_catalog.date_trunc('month', billing.today())::date;
    window_last integer;
    open_period date;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_idempotency_key IS NULL THEN
        PERFORM billing.reading_fail('reading.key_required');
    END IF;
    SELECT mt.id, mt.digits, mt.zones, mt.installed_on, mt.removed_on, a.id AS account_id,
           a.region_id
      INTO m
      FROM billing.meter mt
      JOIN billing.metering_point mp ON mp.id = mt.metering_point_id
      JOIN billing.account a ON a.id = mp.account_id
     WHERE mt.id = p_meter_id
       FOR UPDATE OF mt;
    IF NOT FOUND THEN
        PERFORM billing.reading_fail('reading.meter_unknown');
    END IF;
    -- A retry of a call that went through returns its result and writes nothing.
    IF EXISTS (SELECT FROM billing.reading WHERE idempotency_key = p_idempotency_key) THEN
        IF EXISTS (SELECT FROM billing.reading WHERE idempotency_key = p_idempotency_key
                   AND meter_id <> p_meter_id) THEN
            PERFORM billing.reading_fail('reading.key_reused');
        END IF;
        RETURN billing.readings_result(p_idempotency_key, true);
    END IF;
    SELECT pg_catalog.max(id), pg_catalog.max(taken_on) INTO latest_id, latest_on
      FROM billing.reading WHERE meter_id = p_meter_id;
    IF latest_id IS DISTINCT FROM p_expected_last_reading_id THEN
        PERFORM billing.reading_fail('reading.stale', NULL, 'serialization_failure');
    END IF;
    -- Hard rules: the client is not trusted.
    IF p_taken_on IS NULL THEN
        PERFORM billing.reading_fail('reading.date_missing', 'taken_on', 'check_violation');
    ELSIF p_taken_on > billing.today() THEN
        PERFORM billing.reading_fail('reading.future_date', 'taken_on', 'check_violation');
    ELSIF p_taken_on < m.installed_on THEN
        PERFORM billing.reading_fail('reading.before_installation', 'taken_on', 'check_violation');
    ELSIF m.removed_on IS NOT NULL AND p_taken_on > m.removed_on THEN
        PERFORM billing.reading_fail('reading.meter_removed', 'taken_on', 'check_violation');
    ELSIF p_taken_on = latest_on THEN
        PERFORM billing.reading_fail('reading.duplicate_date', 'taken_on', 'check_violation');
    ELSIF p_taken_on < latest_on THEN
        PERFORM billing.reading_fail('reading.before_previous', 'taken_on', 'check_violation');
    END IF;
    -- The period a reading counts for: its own month at the earliest (a paper reading
    -- entered late), the month after the current one at the latest (after the window).
    IF p_billing_period IS NULL OR extract(day FROM p_billing_period) <> 1
       OR p_billing_period < pg_catalog.date_trunc('month', p_taken_on)
       OR p_billing_period > (this_month + interval '1 month')::date THEN
        PERFORM billing.reading_fail('reading.billing_period', 'taken_on', 'check_violation');
    END IF;
    -- The one period open today, by the region's acceptance window (billing_settings):
    -- this month until its window's last day, the next month after it. An earlier
    -- period is closed; a later one is not open yet (the form's window was stale).
    SELECT s.window_last_day INTO window_last FROM billing.billing_settings s
     WHERE s.region_id = m.region_id OR s.region_id IS NULL
     ORDER BY s.region_id NULLS LAST LIMIT 1;
    open_period := CASE WHEN window_last IS NOT NULL
                             AND EXTRACT(day FROM billing.today()) > window_last
                        THEN (this_month + interval '1 month')::date ELSE this_month END;
    IF p_billing_period <> open_period THEN
        RAISE EXCEPTION USING
            MESSAGE = CASE WHEN p_billing_period < open_period THEN 'reading.period_closed'
                           ELSE 'reading.period_not_open' END,
            DETAIL = 'taken_on', ERRCODE = 'check_violation',
            HINT = pg_catalog.to_char(p_billing_period, 'MM.YYYY') || ' '
                   || pg_catalog.to_char(open_period, 'MM.YYYY');
    END IF;
    IF pg_catalog.jsonb_typeof(p_values) IS DISTINCT FROM 'object' OR EXISTS (
            SELECT FROM pg_catalog.jsonb_object_keys(p_values) k
            WHERE k NOT IN (SELECT 'T' || g FROM pg_catalog.generate_series(1, m.zones) g)) THEN
        PERFORM billing.reading_fail('reading.zone_unknown', NULL, 'check_violation');
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.unnest(coalesce(p_rollover, '{}')) z
               WHERE NOT p_values ? z) THEN
        PERFORM billing.reading_fail('reading.zone_unknown', NULL, 'check_violation');
    END IF;
    FOR zone_code IN SELECT 'T' || g FROM pg_catalog.generate_series(1, m.zones) g LOOP
        field := 'value_' || zone_code;
        IF NOT p_values ? zone_code OR pg_catalog.jsonb_typeof(p_values -> zone_code) = 'null' THEN
            PERFORM billing.reading_fail(
                CASE WHEN m.zones = 1 THEN 'reading.value_missing' ELSE 'reading.zone_missing' END,
                field, 'check_violation');
        END IF;
        value := (p_values ->> zone_code)::numeric;
        PERFORM billing.check_register_value(value, m.digits, field);
        base := billing.zone_baseline(p_meter_id, zone_code, p_taken_on);
        IF base.id IS NOT NULL AND billing.zone_consumption(
                base.value, value, m.digits, zone_code = ANY (coalesce(p_rollover, '{}'))) IS NULL THEN
            PERFORM billing.reading_fail('reading.below_previous', field, 'check_violation');
        END IF;
    END LOOP;

    SELECT b.id INTO existing_bill FROM billing.bill b
     WHERE b.account_id = m.account_id AND b.billing_period = p_billing_period
       AND b.corrects_bill_id IS NULL;
    FOR zone_code IN SELECT 'T' || g FROM pg_catalog.generate_series(1, m.zones) g LOOP
        value := (p_values ->> zone_code)::numeric;
        base := billing.zone_baseline(p_meter_id, zone_code, p_taken_on);
        INSERT INTO billing.reading (meter_id, zone, value, taken_on, source, reason, rollover,
                                     idempotency_key)
        VALUES (p_meter_id, zone_code, value, p_taken_on, 'operator', reason,
                zone_code = ANY (coalesce(p_rollover, '{}')) AND value < base.value,
                p_idempotency_key)
        RETURNING id INTO new_id;
        IF base.id IS NULL THEN
            CONTINUE;  -- the first reading of a zone: nothing to charge yet
        END IF;
        -- The database prices the reading itself (the caller sends no prices).
        charge := billing.zone_charge(p_meter_id, zone_code, p_taken_on, value,
                                      zone_code = ANY (coalesce(p_rollover, '{}')));
        IF bill_row.id IS NULL THEN
            bill_row := billing.new_bill(m.account_id, p_billing_period, existing_bill);
        END IF;
        total := total + billing.add_electricity_lines(bill_row.id, m.zones, zone_code,
                                                       charge -> 'parts', base.id, new_id)
                       + billing.add_recalculation_lines(bill_row.id, m.zones, zone_code,
                                                         charge -> 'credits', new_id);
    END LOOP;
    -- The total «Calculate» showed, if given, must still be the price: tariffs or
    -- estimates changed in between otherwise, and the operator must look again.
    IF p_expected_total IS NOT NULL AND total <> p_expected_total THEN
        PERFORM billing.reading_fail('reading.price_changed', NULL, 'serialization_failure');
    END IF;
    IF bill_row.id IS NOT NULL THEN
        UPDATE billing.bill SET amount = total WHERE id = bill_row.id;
    END IF;
    RETURN billing.readings_result(p_idempotency_key, false);
END
$function$;

ALTER FUNCTION billing.confirm_readings(bigint, date, jsonb, text[], text, bigint, date, numeric, uuid) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.confirm_readings(bigint, date, jsonb, text[], text, bigint, date, numeric, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.confirm_readings(bigint, date, jsonb, text[], text, bigint, date, numeric, uuid) TO billing_agent, billing_supervisor;
