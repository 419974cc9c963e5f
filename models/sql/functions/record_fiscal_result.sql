-- The register's answer for one cheque, stored by the cashier whose cheque it is (the
-- payment's cashier; for a refund, the reversed payment's), and only while it is pending: ``{"status": "done", "fn": …, "fd": …,
-- "fp": …, "at": …, "shift": …, "cheque": …, "registration": …, "serial": …}`` or
-- ``{"status": "pending", "failure": "paper_out", "detail": "…"}``; ``contact`` (an
-- e-mail or phone for an electronic cheque) may come with either. Storing the same
-- done answer again is a no-op; another one for a done cheque is refused. A late cheque
-- (its payment's cash-desk shift closed before the register printed it) is printed as a
-- self-initiated correction: its done answer says ``"kind": "sellCorrection"`` (or
-- ``sellReturnCorrection`` for a refund), and the cheque keeps that kind, correction
-- type ``self`` and the payment's date as the base date (tag 1178).
CREATE OR REPLACE FUNCTION billing.record_fiscal_result(p_payment_id bigint, p_result jsonb)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    cheque billing.fiscal_cheque;
    v_status text;
    v_contact text;
    v_kind text;
    v_paid_on date;
    v_shift_closed boolean;
BEGIN
    PERFORM billing.assert_operator_active();
    SELECT * INTO cheque FROM billing.fiscal_cheque f WHERE f.payment_id = p_payment_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'fiscal.unknown' USING ERRCODE = 'P0001';
    END IF;
    IF cheque.cashier IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'fiscal.not_yours' USING ERRCODE = 'insufficient_privilege';
    END IF;
    v_status := p_result ->> 'status';
    IF pg_catalog.jsonb_typeof(p_result) IS DISTINCT FROM 'object'
       OR v_status IS NULL OR v_status NOT IN ('pending', 'done') THEN
        RAISE EXCEPTION 'fiscal.result_format' USING ERRCODE = 'check_violation';
    END IF;
    IF cheque.status = 'done' THEN
        IF v_status = 'done' AND (p_result ->> 'fd') = cheque.fd_number::text
           AND (p_result ->> 'fn') = cheque.fn_number THEN
            RETURN 'done';
        END IF;
        RAISE EXCEPTION 'fiscal.already_done' USING ERRCODE = 'P0001';
    END IF;
    v_kind := coalesce(p_result ->> 'kind', cheque.kind);
    IF v_kind IS DISTINCT FROM cheque.kind THEN
        SELECT p.paid_on, s.closed_at IS NOT NULL INTO v_paid_on, v_shift_closed
          FROM billing.payment p LEFT JOIN billing.cash_shift s ON s.id = p.shift_id
         WHERE p.id = p_payment_id;
        IF v_status <> 'done' OR v_shift_closed IS NOT TRUE
           OR NOT ((cheque.kind = 'sell' AND v_kind = 'sellCorrection')
                   OR (cheque.kind = 'sellReturn' AND v_kind = 'sellReturnCorrection')) THEN
            RAISE EXCEPTION 'fiscal.result_format' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    v_contact := pg_catalog.btrim(coalesce(p_result ->> 'contact', cheque.customer_contact, ''));
    IF v_contact = '' THEN
        v_contact := NULL;
    ELSIF pg_catalog.length(v_contact) > 64
          OR (v_contact !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND v_contact !~ '^\+7[0-9]{10}$') THEN
        RAISE EXCEPTION 'fiscal.contact_format' USING ERRCODE = 'check_violation';
    END IF;
    IF v_status = 'pending' THEN
        IF (p_result ->> 'failure') IS NOT NULL AND (p_result ->> 'failure') NOT IN (
                'offline', 'busy', 'shift_closed', 'shift_expired', 'paper_out', 'fn_full',
                'timeout', 'error') THEN
            RAISE EXCEPTION 'fiscal.result_format' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE billing.fiscal_cheque f
           SET failure = p_result ->> 'failure',
               detail = pg_catalog.left(p_result ->> 'detail', 500),
               customer_contact = v_contact,
               attempts = f.attempts + CASE WHEN p_result ? 'failure' THEN 1 ELSE 0 END,
               updated_at = pg_catalog.now()
         WHERE f.payment_id = p_payment_id;
        RETURN 'pending';
    END IF;
    BEGIN
        UPDATE billing.fiscal_cheque f
           SET status = 'done', failure = NULL, detail = NULL, customer_contact = v_contact,
               kind = v_kind,
               correction_type = CASE WHEN v_kind <> cheque.kind THEN 'self' END,
               correction_base_date = CASE WHEN v_kind <> cheque.kind THEN v_paid_on END,
               fn_number = p_result ->> 'fn',
               fd_number = (p_result ->> 'fd')::bigint,
               fiscal_sign = p_result ->> 'fp',
               fiscal_at = (p_result ->> 'at')::timestamptz,
               register_shift = (p_result ->> 'shift')::integer,
               cheque_number = (p_result ->> 'cheque')::integer,
               registration_number = p_result ->> 'registration',
               register_serial = p_result ->> 'serial',
               attempts = f.attempts + 1,
               updated_at = pg_catalog.now()
         WHERE f.payment_id = p_payment_id;
    EXCEPTION WHEN check_violation OR invalid_text_representation OR numeric_value_out_of_range
              OR invalid_datetime_format OR datetime_field_overflow THEN
        RAISE EXCEPTION 'fiscal.result_format' USING ERRCODE = 'check_violation';
    END;
    RETURN 'done';
END
$function$;

ALTER FUNCTION billing.record_fiscal_result(bigint, jsonb) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.record_fiscal_result(bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.record_fiscal_result(bigint, jsonb) TO billing_cashier;
