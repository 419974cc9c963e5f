-- The payment a key already took, when the caller repeats exactly that press: the same
-- account, amount, method and bill, by the same cashier. Any difference (another bill,
-- a NULL amount, another method...) is a different payment under a reused key:
-- refused with payment.key_reused, whose DETAIL names what differs.
CREATE OR REPLACE FUNCTION billing.replayed_payment(p_existing billing.payment, p_account_id bigint, p_amount numeric, p_method text, p_bill_id bigint)
RETURNS billing.payment
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    differs text[] := ARRAY[]::text[];
BEGIN
    IF p_existing.account_id IS DISTINCT FROM p_account_id THEN
        differs := differs || 'account'::text;
    END IF;
    IF p_existing.amount IS DISTINCT FROM p_amount THEN
        differs := differs || 'amount'::text;
    END IF;
    IF p_existing.method IS DISTINCT FROM p_method OR p_existing.channel <> 'cash_desk' THEN
        differs := differs || 'method'::text;
    END IF;
    IF p_existing.bill_id IS DISTINCT FROM p_bill_id THEN
        differs := differs || 'bill'::text;
    END IF;
    IF p_existing.entered_by IS DISTINCT FROM session_user::text THEN
        differs := differs || 'cashier'::text;
    END IF;
    IF pg_catalog.cardinality(differs) > 0 THEN
        RAISE EXCEPTION 'payment.key_reused' USING ERRCODE = 'P0001',
            DETAIL = pg_catalog.array_to_string(differs, ', ');
    END IF;
    RETURN p_existing;
END
$function$;

ALTER FUNCTION billing.replayed_payment(billing.payment, bigint, numeric, text, bigint) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.replayed_payment(billing.payment, bigint, numeric, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.replayed_payment(billing.payment, bigint, numeric, text, bigint) TO billing_owner;
