CREATE OR REPLACE FUNCTION billing.history_of(p_customer_id bigint, p_account_ids bigint[], p_limit integer, p_before_id bigint)
RETURNS SETOF billing.audit_log
LANGUAGE sql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    WITH accounts AS (SELECT pg_catalog.unnest(p_account_ids) AS id),
    points AS (SELECT id FROM billing.metering_point WHERE account_id IN (SELECT id FROM accounts)),
    meters AS (SELECT id FROM billing.meter WHERE metering_point_id IN (SELECT id FROM points)),
    users AS (
        SELECT id FROM billing.portal_user WHERE customer_id = p_customer_id
        UNION SELECT portal_user_id FROM billing.account_link
               WHERE p_customer_id IS NULL AND account_id IN (SELECT id FROM accounts)
    ),
    keys (table_name, row_key) AS (
        SELECT 'customer', p_customer_id::text WHERE p_customer_id IS NOT NULL
        UNION ALL SELECT 'contract', id::text FROM billing.contract WHERE customer_id = p_customer_id
        UNION ALL SELECT 'account', id::text FROM accounts
        UNION ALL SELECT 'metering_point', id::text FROM points
        UNION ALL SELECT 'meter', id::text FROM meters
        UNION ALL SELECT 'reading', id::text FROM billing.reading WHERE meter_id IN (SELECT id FROM meters)
        UNION ALL SELECT 'bill', id::text FROM billing.bill WHERE account_id IN (SELECT id FROM accounts)
        UNION ALL SELECT 'payment', id::text FROM billing.payment WHERE account_id IN (SELECT id FROM accounts)
        UNION ALL SELECT 'portal_user', id::text FROM users WHERE p_customer_id IS NOT NULL
        UNION ALL SELECT 'link_request', id::text FROM billing.link_request
                   WHERE account_id IN (SELECT id FROM accounts)
                      OR (p_customer_id IS NOT NULL AND portal_user_id IN (SELECT id FROM users))
        UNION ALL SELECT 'registration_review', id::text FROM billing.registration_review
                   WHERE p_customer_id IS NOT NULL AND portal_user_id IN (SELECT id FROM users)
        UNION ALL SELECT 'notification', id::text FROM billing.notification
                   WHERE p_customer_id IS NOT NULL AND portal_user_id IN (SELECT id FROM users)
    ),
    found AS (
        SELECT a.* FROM billing.audit_log a JOIN keys k USING (table_name, row_key)
        UNION ALL
        SELECT a.* FROM billing.audit_log a
         WHERE a.table_name = 'account_link'
           AND (coalesce(a.new_values, a.old_values) ->> 'account_id')::bigint
               IN (SELECT id FROM accounts)
    )
    -- Operators read contacts masked, in the history too (billing.mask_contacts).
    SELECT f.id, f.at, f.operator, f.table_name, f.row_key, f.action,
           billing.mask_contacts(f.table_name, f.old_values),
           billing.mask_contacts(f.table_name, f.new_values)
      FROM found f
     WHERE p_before_id IS NULL OR f.id < p_before_id
     ORDER BY f.id DESC
     LIMIT least(greatest(coalesce(p_limit, 100), 1), 1000)
$function$;

ALTER FUNCTION billing.history_of(bigint, bigint[], integer, bigint) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.history_of(bigint, bigint[], integer, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.history_of(bigint, bigint[], integer, bigint) TO billing_owner;
