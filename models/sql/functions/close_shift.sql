CREATE OR REPLACE FUNCTION billing.close_shift(p_counted_cash numeric)
RETURNS billing.cash_shift
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    shift billing.cash_shift;
    expected numeric(14, 2);
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_counted_cash IS NULL OR p_counted_cash < 0 OR p_counted_cash > 100 * 1000000.00
       OR p_counted_cash <> pg_catalog.round(p_counted_cash, 2) THEN
        RAISE EXCEPTION 'cash_shift.counted_range' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO shift FROM billing.cash_shift
     WHERE cashier = session_user AND closed_at IS NULL
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'cash_shift.not_open' USING ERRCODE = 'P0001';
    END IF;
    -- Cheques still pending keep the shift open unless a supervisor recorded a decision.
    IF shift.pending_release_by IS NULL AND EXISTS (
            SELECT FROM billing.fiscal_cheque f JOIN billing.payment p ON p.id = f.payment_id
             WHERE p.shift_id = shift.id AND f.status = 'pending') THEN
        RAISE EXCEPTION 'cash_shift.cheques_pending' USING ERRCODE = 'P0001';
    END IF;
    SELECT shift.opening_float + coalesce(pg_catalog.sum(p.amount), 0) INTO expected
      FROM billing.payment p
     WHERE p.shift_id = shift.id AND p.method = 'cash';
    UPDATE billing.cash_shift
       SET closed_at = pg_catalog.now(), counted_cash = p_counted_cash, expected_cash = expected,
           difference = p_counted_cash - expected
     WHERE id = shift.id
    RETURNING * INTO shift;
    RETURN shift;
END
$function$;

ALTER FUNCTION billing.close_shift(numeric) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.close_shift(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.close_shift(numeric) TO billing_cashier;
