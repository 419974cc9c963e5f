-- A correction cheque (ФФД 1.2) for a cash-desk mistake found after the shift, recorded
-- by a supervisor before the register is asked: «Чек коррекции прихода»
-- (``sellCorrection``) or «Чек коррекции возврата прихода» (``sellReturnCorrection``);
-- tag 1173 correction type ``self`` («самостоятельно») or ``instruction`` («по
-- предписанию», which needs the order's number); the base document's date and number
-- (tags 1178, 1179); the reason; the amount and how it was paid; the account and,
-- optionally, the payment it concerns. The row is ``pending`` under ``p_key``, the uuid
-- the register gets; the same key again returns the same row (a retry, a double press),
-- with other parameters it is refused. The supervisor's console prints it and stores
-- the answer (``billing.record_correction_result``). Audited by the table's trigger.
CREATE OR REPLACE FUNCTION billing.create_fiscal_correction(
    p_key uuid, p_kind text, p_correction_type text, p_base_date date, p_base_number text,
    p_reason text, p_amount numeric, p_method text, p_account_id bigint, p_payment_id bigint)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    v_number text := NULLIF(pg_catalog.btrim(coalesce(p_base_number, '')), '');
    v_reason text := pg_catalog.btrim(coalesce(p_reason, ''));
    existing billing.fiscal_correction;
    payment_account bigint;
    new_id bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_key IS NULL THEN
        PERFORM billing.settings_fail('fiscal_correction.key_required');
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('sellCorrection', 'sellReturnCorrection') THEN
        PERFORM billing.settings_fail('fiscal_correction.kind', 'kind');
    END IF;
    IF p_correction_type IS NULL OR p_correction_type NOT IN ('self', 'instruction') THEN
        PERFORM billing.settings_fail('fiscal_correction.type', 'correction_type');
    END IF;
    IF p_base_date IS NULL OR p_base_date > billing.today()
       OR p_base_date < billing.today() - 3650 THEN
        PERFORM billing.settings_fail('fiscal_correction.base_date', 'base_date');
    END IF;
    IF p_correction_type = 'instruction' AND v_number IS NULL THEN
        PERFORM billing.settings_fail('fiscal_correction.base_number_required', 'base_number');
    END IF;
    IF v_number IS NOT NULL AND pg_catalog.length(v_number) > 32 THEN
        PERFORM billing.settings_fail('fiscal_correction.base_number_too_long', 'base_number');
    END IF;
    IF pg_catalog.length(v_reason) < 3 OR pg_catalog.length(v_reason) > 500 THEN
        PERFORM billing.settings_fail('fiscal_correction.reason', 'reason');
    END IF;
    IF p_amount IS NULL OR p_amount <= 0 OR p_amount > 1000000.00
       OR p_amount <> pg_catalog.round(p_amount, 2) THEN
        PERFORM billing.settings_fail('fiscal_correction.amount', 'amount');
    END IF;
    IF p_method IS NULL OR p_method NOT IN ('cash', 'card') THEN
        PERFORM billing.settings_fail('fiscal_correction.method', 'method');
    END IF;
    IF NOT EXISTS (SELECT FROM billing.account a WHERE a.id = p_account_id) THEN
        PERFORM billing.settings_fail('fiscal_correction.account_unknown', 'account');
    END IF;
    IF p_payment_id IS NOT NULL THEN
        SELECT p.account_id INTO payment_account FROM billing.payment p WHERE p.id = p_payment_id;
        IF payment_account IS DISTINCT FROM p_account_id THEN
            PERFORM billing.settings_fail('fiscal_correction.payment_of_other_account', 'payment');
        END IF;
    END IF;
    INSERT INTO billing.fiscal_correction (key, kind, correction_type, base_date, base_number,
                                           reason, amount, method, account_id, payment_id,
                                           cashier, cashier_name, cashier_inn)
    SELECT p_key, p_kind, p_correction_type, p_base_date, v_number, v_reason, p_amount,
           p_method, p_account_id, p_payment_id, session_user, o.full_name, o.inn
      FROM (SELECT 1) AS one
      LEFT JOIN billing.operator o ON o.login = session_user
    ON CONFLICT (key) DO NOTHING
    RETURNING id INTO new_id;
    IF new_id IS NOT NULL THEN
        RETURN new_id;
    END IF;
    -- The same key: the correction it recorded, if it was asked for with these parameters.
    SELECT * INTO existing FROM billing.fiscal_correction c WHERE c.key = p_key;
    IF existing.cashier IS DISTINCT FROM session_user::text
       OR existing.kind IS DISTINCT FROM p_kind
       OR existing.correction_type IS DISTINCT FROM p_correction_type
       OR existing.base_date IS DISTINCT FROM p_base_date
       OR existing.base_number IS DISTINCT FROM v_number
       OR existing.reason IS DISTINCT FROM v_reason
       OR existing.amount IS DISTINCT FROM p_amount
       OR existing.method IS DISTINCT FROM p_method
       OR existing.account_id IS DISTINCT FROM p_account_id
       OR existing.payment_id IS DISTINCT FROM p_payment_id THEN
        PERFORM billing.settings_fail('fiscal_correction.key_reused');
    END IF;
    RETURN existing.id;
END
$function$;

ALTER FUNCTION billing.create_fiscal_correction(uuid, text, text, date, text, text, numeric, text, bigint, bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.create_fiscal_correction(uuid, text, text, date, text, text, numeric, text, bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.create_fiscal_correction(uuid, text, text, date, text, text, numeric, text, bigint, bigint) TO billing_supervisor;
