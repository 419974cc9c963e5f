-- The register's answer for one correction cheque, stored by the supervisor who recorded
-- it (and prints it), only while it is pending: ``{"status": "done", "fn": …, "fd": …,
-- "fp": …, "at": …, "shift": …, "cheque": …, "registration": …}`` or ``{"status":
-- "pending", "failure": "paper_out", "detail": "…"}``. The same done answer again is a
-- no-op; another one for a done correction is refused.
CREATE OR REPLACE FUNCTION billing.record_correction_result(p_id bigint, p_result jsonb)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    correction billing.fiscal_correction;
    v_status text;
BEGIN
    PERFORM billing.assert_operator_active();
    SELECT * INTO correction FROM billing.fiscal_correction c WHERE c.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'fiscal.unknown' USING ERRCODE = 'P0001';
    END IF;
    IF correction.cashier IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'fiscal.not_yours' USING ERRCODE = 'insufficient_privilege';
    END IF;
    v_status := p_result ->> 'status';
    IF pg_catalog.jsonb_typeof(p_result) IS DISTINCT FROM 'object'
       OR v_status IS NULL OR v_status NOT IN ('pending', 'done') THEN
        RAISE EXCEPTION 'fiscal.result_format' USING ERRCODE = 'check_violation';
    END IF;
    IF correction.status = 'done' THEN
        IF v_status = 'done' AND (p_result ->> 'fd') = correction.fd_number::text
           AND (p_result ->> 'fn') = correction.fn_number THEN
            RETURN 'done';
        END IF;
        RAISE EXCEPTION 'fiscal.already_done' USING ERRCODE = 'P0001';
    END IF;
    IF v_status = 'pending' THEN
        IF (p_result ->> 'failure') IS NOT NULL AND (p_result ->> 'failure') NOT IN (
                'offline', 'busy', 'shift_closed', 'shift_expired', 'paper_out', 'fn_full',
                'timeout', 'error') THEN
            RAISE EXCEPTION 'fiscal.result_format' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE billing.fiscal_correction c
           SET failure = p_result ->> 'failure',
               detail = pg_catalog.left(p_result ->> 'detail', 500),
               attempts = c.attempts + CASE WHEN p_result ? 'failure' THEN 1 ELSE 0 END,
               updated_at = pg_catalog.now()
         WHERE c.id = p_id;
        RETURN 'pending';
    END IF;
    BEGIN
        UPDATE billing.fiscal_correction c
           SET status = 'done', failure = NULL, detail = NULL,
               fn_number = p_result ->> 'fn',
               fd_number = (p_result ->> 'fd')::bigint,
               fiscal_sign = p_result ->> 'fp',
               fiscal_at = (p_result ->> 'at')::timestamptz,
               register_shift = (p_result ->> 'shift')::integer,
               cheque_number = (p_result ->> 'cheque')::integer,
               registration_number = p_result ->> 'registration',
               attempts = c.attempts + 1,
               updated_at = pg_catalog.now()
         WHERE c.id = p_id;
    EXCEPTION WHEN check_violation OR invalid_text_representation OR numeric_value_out_of_range
              OR invalid_datetime_format OR datetime_field_overflow THEN
        RAISE EXCEPTION 'fiscal.result_format' USING ERRCODE = 'check_violation';
    END;
    RETURN 'done';
END
$function$;

ALTER FUNCTION billing.record_correction_result(bigint, jsonb) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.record_correction_result(bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.record_correction_result(bigint, jsonb) TO billing_supervisor;
