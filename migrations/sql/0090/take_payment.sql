CREATE OR REPLACE FUNCTION billing.take_payment(p_account_id bigint, p_amount numeric, p_method text, p_bill_id bigint, p_idempotency_key uuid)
RETURNS billing.payment
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    existing billing.payment;
    v_shift_id bigint;
    account_status text;
    bill_account bigint;
    taken billing.payment;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_idempotency_key IS NULL THEN
        RAISE EXCEPTION 'payment.key_required' USING ERRCODE = 'P0001';
    END IF;
    -- One press, one payment: the same key with the same parameters (a retry, a double
    -- click) returns the payment it took; with any other parameter it is refused.
    SELECT * INTO existing FROM billing.payment WHERE idempotency_key = p_idempotency_key;
    IF FOUND THEN
        RETURN billing.replayed_payment(existing, p_account_id, p_amount, p_method, p_bill_id);
    END IF;
    IF p_amount IS NULL OR p_amount <= 0 OR p_amount > 1000000.00
       OR p_amount <> pg_catalog.round(p_amount, 2) THEN
        RAISE EXCEPTION 'payment.amount_range' USING ERRCODE = 'check_violation';
    END IF;
    IF p_method IS NULL OR p_method NOT IN ('cash', 'card') THEN
        RAISE EXCEPTION 'payment.method' USING ERRCODE = 'check_violation';
    END IF;
    SELECT s.id INTO v_shift_id FROM billing.cash_shift s
     WHERE s.cashier = session_user AND s.closed_at IS NULL
       FOR UPDATE;
    IF v_shift_id IS NULL THEN
        RAISE EXCEPTION 'cash_shift.not_open' USING ERRCODE = 'P0001';
    END IF;
    SELECT status INTO account_status FROM billing.account WHERE id = p_account_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payment.account_unknown' USING ERRCODE = 'P0001';
    END IF;
    IF account_status <> 'open' THEN
        RAISE EXCEPTION 'payment.account_not_open' USING ERRCODE = 'P0001';
    END IF;
    IF p_bill_id IS NOT NULL THEN
        SELECT account_id INTO bill_account FROM billing.bill WHERE id = p_bill_id FOR UPDATE;
        IF bill_account IS DISTINCT FROM p_account_id THEN
            RAISE EXCEPTION 'payment.bill_of_other_account' USING ERRCODE = 'P0001';
        END IF;
    END IF;
    INSERT INTO billing.payment (account_id, amount, paid_on, channel, idempotency_key,
                                 bill_id, shift_id, method)
    VALUES (p_account_id, p_amount, billing.today(), 'cash_desk', p_idempotency_key,
            p_bill_id, v_shift_id, p_method)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING * INTO taken;
    IF taken.id IS NULL THEN
        -- The same key committed meanwhile by a concurrent press: that is the payment,
        -- if it was taken with these parameters.
        SELECT * INTO taken FROM billing.payment WHERE idempotency_key = p_idempotency_key;
        RETURN billing.replayed_payment(taken, p_account_id, p_amount, p_method, p_bill_id);
    END IF;
    IF p_bill_id IS NOT NULL THEN
        UPDATE billing.bill b SET paid_on = billing.today()
         WHERE b.id = p_bill_id AND b.paid_on IS NULL
           AND (SELECT pg_catalog.sum(p.amount) FROM billing.payment p WHERE p.bill_id = b.id) >= b.amount;
    END IF;
    RETURN taken;
END
$function$;

ALTER FUNCTION billing.take_payment(bigint, numeric, text, bigint, uuid) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.take_payment(bigint, numeric, text, bigint, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.take_payment(bigint, numeric, text, bigint, uuid) TO billing_cashier;
