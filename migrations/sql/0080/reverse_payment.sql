CREATE OR REPLACE FUNCTION billing.reverse_payment(p_payment_id bigint, p_reason text)
RETURNS billing.payment
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    original billing.payment;
    reversal billing.payment;
    v_open_shift bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_reason IS NULL OR pg_catalog.length(pg_catalog.btrim(p_reason)) < 3 THEN
        RAISE EXCEPTION 'payment.reason_required' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO original FROM billing.payment WHERE id = p_payment_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payment.unknown' USING ERRCODE = 'P0001';
    END IF;
    IF original.reverses_id IS NOT NULL THEN
        RAISE EXCEPTION 'payment.is_reversal' USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT FROM billing.payment WHERE reverses_id = p_payment_id) THEN
        RAISE EXCEPTION 'payment.already_reversed' USING ERRCODE = 'P0001';
    END IF;
    -- Cash handed back from a drawer that is still open counts in that shift.
    SELECT s.id INTO v_open_shift FROM billing.cash_shift s
     WHERE s.id = original.shift_id AND s.closed_at IS NULL
       FOR UPDATE;
    INSERT INTO billing.payment (account_id, amount, paid_on, channel, bill_id,
                                 reverses_id, reason, shift_id, method)
    VALUES (original.account_id, -original.amount, billing.today(), original.channel,
            original.bill_id, original.id, pg_catalog.btrim(p_reason), v_open_shift,
            CASE WHEN v_open_shift IS NOT NULL THEN original.method END)
    RETURNING * INTO reversal;
    IF original.bill_id IS NOT NULL THEN
        UPDATE billing.bill b SET paid_on = NULL
         WHERE b.id = original.bill_id AND b.paid_on IS NOT NULL
           AND (SELECT coalesce(pg_catalog.sum(p.amount), 0) FROM billing.payment p
                 WHERE p.bill_id = b.id) < b.amount;
    END IF;
    RETURN reversal;
END
$function$;

ALTER FUNCTION billing.reverse_payment(bigint, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.reverse_payment(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.reverse_payment(bigint, text) TO billing_supervisor;
