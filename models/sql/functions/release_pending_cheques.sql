-- A supervisor's recorded decision that a shift may close although some of its cheques
-- are still pending (the register is broken, say): who, when and why. The cheques stay
-- pending and are still fiscalised when the register is back.
CREATE OR REPLACE FUNCTION billing.release_pending_cheques(p_shift_id bigint, p_reason text)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    v_pending integer;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_reason IS NULL OR pg_catalog.length(pg_catalog.btrim(p_reason)) < 3
       OR pg_catalog.length(p_reason) > 500 THEN
        RAISE EXCEPTION 'payment.reason_required' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM FROM billing.cash_shift s WHERE s.id = p_shift_id AND s.closed_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'cash_shift.not_open' USING ERRCODE = 'P0001';
    END IF;
    SELECT pg_catalog.count(*) INTO v_pending
      FROM billing.fiscal_cheque f JOIN billing.payment p ON p.id = f.payment_id
     WHERE p.shift_id = p_shift_id AND f.status = 'pending';
    UPDATE billing.cash_shift s
       SET pending_release_by = session_user, pending_release_at = pg_catalog.now(),
           pending_release_reason = pg_catalog.btrim(p_reason)
     WHERE s.id = p_shift_id;
    RETURN v_pending;
END
$function$;

ALTER FUNCTION billing.release_pending_cheques(bigint, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.release_pending_cheques(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.release_pending_cheques(bigint, text) TO billing_supervisor;
