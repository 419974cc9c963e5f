-- A cash-desk payment (taken in a shift) and the reversal of a fiscalised payment are
-- recorded with their cheque «pending» in the same transaction: the register is asked
-- only after the payment is in the database, under the cheque's key (the payment's
-- idempotency key for a sale), and the cashier's full name and INN are taken from the
-- operator registry for the cheque and every document. A refund cheque («Возврат
-- прихода») belongs to the cashier of the payment it reverses: the money goes back at
-- that desk, whose console prints it. Runs as the inserting function's owner
-- (take_payment, reverse_payment); other inserts (bank imports) have no cheque.
CREATE OR REPLACE FUNCTION billing.fiscal_cheque_on_payment()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    original billing.fiscal_cheque;
BEGIN
    IF NEW.reverses_id IS NULL AND NEW.channel = 'cash_desk' AND NEW.shift_id IS NOT NULL THEN
        INSERT INTO billing.fiscal_cheque (payment_id, kind, key, method, cashier,
                                           cashier_name, cashier_inn)
        SELECT NEW.id, 'sell', coalesce(NEW.idempotency_key, pg_catalog.gen_random_uuid()),
               coalesce(NEW.method, 'cash'), NEW.entered_by, o.full_name, o.inn
          FROM (SELECT 1) AS one
          LEFT JOIN billing.operator o ON o.login = NEW.entered_by;
    ELSIF NEW.reverses_id IS NOT NULL THEN
        SELECT * INTO original FROM billing.fiscal_cheque f WHERE f.payment_id = NEW.reverses_id;
        IF FOUND THEN
            INSERT INTO billing.fiscal_cheque (payment_id, kind, key, method, cashier,
                                               cashier_name, cashier_inn)
            VALUES (NEW.id, 'sellReturn', pg_catalog.gen_random_uuid(), original.method,
                    original.cashier, original.cashier_name, original.cashier_inn);
        END IF;
    END IF;
    RETURN NULL;
END
$function$;

ALTER FUNCTION billing.fiscal_cheque_on_payment() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.fiscal_cheque_on_payment() FROM PUBLIC;
