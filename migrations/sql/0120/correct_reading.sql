CREATE OR REPLACE FUNCTION billing.correct_reading(p_reading_id bigint, p_new_value numeric, p_rollover boolean, p_reason text, p_expected_total numeric, p_idempotency_key uuid)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    old billing.reading;
    m record;
    base billing.reading;
    charge jsonb;
    new_id bigint;
    old_bill billing.bill;
    bill_row billing.bill;
    line record;
    total numeric := 0;
    reason text := nullif(pg_catalog.btrim(coalesce(p_reason, '')), '');
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_idempotency_key IS NULL THEN
        PERFORM billing.reading_fail('reading.key_required');
    END IF;
    IF reason IS NULL THEN
        PERFORM billing.reading_fail('reading.reason_required', 'reason', 'check_violation');
    END IF;
    SELECT * INTO old FROM billing.reading WHERE id = p_reading_id;
    IF NOT FOUND THEN
        PERFORM billing.reading_fail('reading.unknown');
    END IF;
    SELECT mt.id, mt.digits, mt.zones, a.region_id INTO m
      FROM billing.meter mt
      JOIN billing.metering_point mp ON mp.id = mt.metering_point_id
      JOIN billing.account a ON a.id = mp.account_id
     WHERE mt.id = old.meter_id
       FOR UPDATE OF mt;
    IF EXISTS (SELECT FROM billing.reading WHERE idempotency_key = p_idempotency_key) THEN
        RETURN billing.readings_result(p_idempotency_key, true);
    END IF;
    IF EXISTS (SELECT FROM billing.reading WHERE corrects_id = p_reading_id) THEN
        PERFORM billing.reading_fail('reading.already_corrected', NULL, 'serialization_failure');
    END IF;
    IF EXISTS (SELECT FROM billing.reading WHERE meter_id = old.meter_id AND zone = old.zone
               AND taken_on > old.taken_on) THEN
        PERFORM billing.reading_fail('reading.correction_not_latest', 'value');
    END IF;
    PERFORM billing.check_register_value(p_new_value, m.digits, 'value');
    IF p_new_value = old.value THEN
        PERFORM billing.reading_fail('reading.correction_unchanged', 'value', 'check_violation');
    END IF;
    base := billing.zone_baseline(old.meter_id, old.zone, old.taken_on);
    IF base.id IS NOT NULL AND billing.zone_consumption(
            base.value, p_new_value, m.digits, coalesce(p_rollover, false)) IS NULL THEN
        PERFORM billing.reading_fail('reading.below_previous', 'value', 'check_violation');
    END IF;
    INSERT INTO billing.reading (meter_id, zone, value, taken_on, source, reason, rollover,
                                 corrects_id, idempotency_key)
    VALUES (old.meter_id, old.zone, p_new_value, old.taken_on, 'operator', reason,
            coalesce(p_rollover, false) AND base.id IS NOT NULL AND p_new_value < base.value,
            p_reading_id, p_idempotency_key)
    RETURNING id INTO new_id;

    SELECT b.* INTO old_bill FROM billing.bill b
     WHERE b.id = (SELECT bill_id FROM billing.bill_line WHERE current_reading_id = p_reading_id
                   ORDER BY id DESC LIMIT 1);
    IF old_bill.id IS NULL OR base.id IS NULL THEN
        RETURN billing.readings_result(p_idempotency_key, false);  -- it formed no bill
    END IF;
    -- The database prices the corrected reading itself (the caller sends no prices).
    charge := billing.zone_charge(old.meter_id, old.zone, old.taken_on, p_new_value,
                                  coalesce(p_rollover, false));
    bill_row := billing.new_bill(old_bill.account_id, old_bill.billing_period, old_bill.id);
    FOR line IN SELECT * FROM billing.bill_line
                WHERE bill_id = old_bill.id AND current_reading_id = p_reading_id
                  AND kind = 'electricity' ORDER BY id LOOP
        INSERT INTO billing.bill_line (bill_id, kind, zone, description, quantity, rate, amount,
                                       previous_reading_id, current_reading_id)
        VALUES (bill_row.id, 'correction', line.zone, 'Сторно: ' || line.description,
                line.quantity, line.rate, -line.amount, line.previous_reading_id, p_reading_id);
        total := total - line.amount;
    END LOOP;
    -- Estimates credited by the reading stay credited (credits_line_id): the correction
    -- re-prices the actual consumption only, unless some were left uncredited.
    total := total + billing.add_electricity_lines(bill_row.id, m.zones, old.zone,
                                                   charge -> 'parts', base.id, new_id)
                   + billing.add_recalculation_lines(bill_row.id, m.zones, old.zone,
                                                     charge -> 'credits', new_id);
    IF p_expected_total IS NOT NULL AND total <> p_expected_total THEN
        PERFORM billing.reading_fail('reading.price_changed', NULL, 'serialization_failure');
    END IF;
    UPDATE billing.bill SET amount = total WHERE id = bill_row.id;
    RETURN billing.readings_result(p_idempotency_key, false);
END
$function$;

ALTER FUNCTION billing.correct_reading(bigint, numeric, boolean, text, numeric, uuid) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.correct_reading(bigint, numeric, boolean, text, numeric, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.correct_reading(bigint, numeric, boolean, text, numeric, uuid) TO billing_supervisor;
