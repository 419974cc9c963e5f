CREATE OR REPLACE FUNCTION billing.open_shift(p_opening_float numeric)
RETURNS billing.cash_shift
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    shift billing.cash_shift;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_opening_float IS NULL OR p_opening_float < 0 OR p_opening_float > 1000000.00
       OR p_opening_float <> pg_catalog.round(p_opening_float, 2) THEN
        RAISE EXCEPTION 'cash_shift.float_range' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT FROM billing.cash_shift
               WHERE cashier = session_user AND closed_at IS NULL) THEN
        RAISE EXCEPTION 'cash_shift.already_open' USING ERRCODE = 'P0001';
    END IF;
    INSERT INTO billing.cash_shift (cashier, opening_float)
    VALUES (session_user, p_opening_float)
    RETURNING * INTO shift;
    RETURN shift;
END
$function$;

ALTER FUNCTION billing.open_shift(numeric) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.open_shift(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.open_shift(numeric) TO billing_cashier;
