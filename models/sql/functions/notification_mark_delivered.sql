CREATE OR REPLACE FUNCTION billing.notification_mark_delivered(p_id bigint, p_attempt integer)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    -- The gateway reported the message handed to the phone or mailbox (its delivery report).
    UPDATE billing.notification SET status = 'delivered', delivered_at = pg_catalog.now()
     WHERE id = p_id AND attempts = p_attempt AND status = 'sent';
    RETURN FOUND;
END
$function$;

ALTER FUNCTION billing.notification_mark_delivered(bigint, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.notification_mark_delivered(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.notification_mark_delivered(bigint, integer) TO billing_supervisor, billing_sender;
