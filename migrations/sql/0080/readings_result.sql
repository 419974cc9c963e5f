CREATE OR REPLACE FUNCTION billing.readings_result(p_key uuid, p_replayed boolean)
RETURNS jsonb
LANGUAGE sql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT pg_catalog.jsonb_build_object(
        'readings', (SELECT pg_catalog.jsonb_object_agg(r.zone, r.id) FROM billing.reading r
                     WHERE r.idempotency_key = p_key),
        'bill_id', b.id, 'receipt_number', b.receipt_number, 'amount', b.amount::text,
        'billing_period', b.billing_period, 'corrects_bill_id', b.corrects_bill_id,
        'replayed', p_replayed)
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (
        SELECT bl.bill_id FROM billing.bill_line bl
        JOIN billing.reading r ON r.id = bl.current_reading_id
        WHERE r.idempotency_key = p_key ORDER BY bl.id LIMIT 1) l ON true
    LEFT JOIN billing.bill b ON b.id = l.bill_id
$function$;

ALTER FUNCTION billing.readings_result(uuid, boolean) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.readings_result(uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.readings_result(uuid, boolean) TO billing_owner;
