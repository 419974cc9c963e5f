CREATE OR REPLACE FUNCTION billing.notification_mark_failed(p_id bigint, p_attempt integer, p_error text, p_max_attempts integer, p_backoff_seconds integer, p_permanent boolean DEFAULT false)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    new_status text;
BEGIN
    UPDATE notification
       SET status = CASE WHEN p_permanent OR attempts >= greatest(coalesce(p_max_attempts, 1), 1)
                         THEN 'dead' ELSE 'failed' END,
           last_error = left(coalesce(p_error, ''), 2000),
           next_attempt_at = clock_timestamp() + least(
               make_interval(secs => greatest(coalesce(p_backoff_seconds, 1), 0)
                                     * power(2, greatest(attempts - 1, 0))),
               interval '1 day')
     WHERE id = p_id AND attempts = p_attempt AND status IN ('queued', 'failed')
    RETURNING status INTO new_status;
    RETURN new_status;
END
$function$;

ALTER FUNCTION billing.notification_mark_failed(bigint, integer, text, integer, integer, boolean) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.notification_mark_failed(bigint, integer, text, integer, integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.notification_mark_failed(bigint, integer, text, integer, integer, boolean) TO billing_supervisor, billing_sender;
