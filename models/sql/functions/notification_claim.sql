CREATE OR REPLACE FUNCTION billing.notification_claim(p_limit integer DEFAULT 20, p_lease_seconds integer DEFAULT 120, p_due_before timestamp with time zone DEFAULT NULL::timestamp with time zone)
RETURNS SETOF billing.notification
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT billing.assert_operator_active();
    WITH due AS (
        SELECT id FROM billing.notification
         WHERE status IN ('queued', 'failed')
           AND next_attempt_at <= least(pg_catalog.clock_timestamp(), coalesce(p_due_before, 'infinity'))
         ORDER BY next_attempt_at, id
         LIMIT least(greatest(coalesce(p_limit, 20), 1), 500)
           FOR UPDATE SKIP LOCKED)
    UPDATE billing.notification n
       SET attempts = n.attempts + 1,
           next_attempt_at = pg_catalog.clock_timestamp()
               + pg_catalog.make_interval(secs => least(greatest(coalesce(p_lease_seconds, 120), 1), 3600))
      FROM due WHERE n.id = due.id
    RETURNING n.*;
$function$;

ALTER FUNCTION billing.notification_claim(integer, integer, timestamp with time zone) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.notification_claim(integer, integer, timestamp with time zone) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.notification_claim(integer, integer, timestamp with time zone) TO billing_supervisor, billing_sender;
