CREATE OR REPLACE FUNCTION billing.notification_mark_sent(p_id bigint, p_attempt integer)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    UPDATE billing.notification SET status = 'sent', sent_at = pg_catalog.now(), last_error = NULL
     WHERE id = p_id AND attempts = p_attempt AND status IN ('queued', 'failed');
    RETURN FOUND;
END
$function$;

ALTER FUNCTION billing.notification_mark_sent(bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.notification_mark_sent(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.notification_mark_sent(bigint, integer) TO billing_supervisor, billing_sender;
