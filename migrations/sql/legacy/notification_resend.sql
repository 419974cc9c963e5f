CREATE OR REPLACE FUNCTION billing.notification_resend(p_id bigint)
 RETURNS billing.notification
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    n notification;
BEGIN
    SELECT * INTO n FROM notification WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM mod_fail('notification.not_found');
    END IF;
    IF n.status NOT IN ('failed', 'dead') THEN
        PERFORM mod_fail('notification.not_resendable');
    END IF;
    UPDATE notification SET status = 'queued', attempts = 0, next_attempt_at = now(),
           last_error = NULL
     WHERE id = p_id RETURNING * INTO n;
    RETURN n;
END
$function$;

ALTER FUNCTION billing.notification_resend(bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.notification_resend(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.notification_resend(bigint) TO billing_supervisor;
