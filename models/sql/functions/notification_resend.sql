CREATE OR REPLACE FUNCTION billing.notification_resend(p_id bigint)
RETURNS billing.notification
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    n billing.notification;
BEGIN
    PERFORM billing.assert_operator_active();
    SELECT * INTO n FROM billing.notification WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM billing.mod_fail('notification.not_found');
    END IF;
    IF n.status NOT IN ('failed', 'dead') THEN
        PERFORM billing.mod_fail('notification.not_resendable');
    END IF;
    UPDATE billing.notification SET status = 'queued', attempts = 0, next_attempt_at = pg_catalog.now(),
           last_error = NULL
     WHERE id = p_id RETURNING * INTO n;
    RETURN n;
END
$function$;

ALTER FUNCTION billing.notification_resend(bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.notification_resend(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.notification_resend(bigint) TO billing_supervisor;
