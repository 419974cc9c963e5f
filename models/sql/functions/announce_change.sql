-- Tells every open console what a statement changed: one NOTIFY on channel
-- billing_change per statement, a JSON payload {"table": ..., "accounts": [...],
-- "customers": [...], "shifts": [...], "items": [...]} naming at most 200 accounts,
-- customers, cash shifts and moderation items (the rows of link_request,
-- registration_review and merge_request, so a queue view reloads just those rows; none
-- at all for more:
-- a bulk run, after which views refresh whatever they show). Ids only, never personal
-- data: any login may LISTEN. Statement-level, reading the transition table (named
-- changed_rows for every event), so a billing run of thousands of rows sends one
-- message. Runs as the writer (billing_owner inside the console's functions).
CREATE OR REPLACE FUNCTION billing.announce_change()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    accounts bigint[] := '{}';
    customers bigint[] := '{}';
    shifts bigint[] := '{}';
    items bigint[] := '{}';
    most CONSTANT integer := 200;
BEGIN
    IF TG_TABLE_NAME = 'reading' THEN
        SELECT pg_catalog.array_agg(DISTINCT p.account_id) INTO accounts
          FROM changed_rows r
          JOIN billing.meter m ON m.id = r.meter_id
          JOIN billing.metering_point p ON p.id = m.metering_point_id;
    ELSIF TG_TABLE_NAME IN ('payment', 'bill', 'account_link', 'link_request', 'fiscal_correction') THEN
        SELECT pg_catalog.array_agg(DISTINCT (pg_catalog.to_jsonb(r) ->> 'account_id')::bigint)
          INTO accounts FROM changed_rows r WHERE pg_catalog.to_jsonb(r) ->> 'account_id' IS NOT NULL;
    END IF;
    IF TG_TABLE_NAME IN ('portal_user', 'appeal', 'interaction') THEN
        SELECT pg_catalog.array_agg(DISTINCT (pg_catalog.to_jsonb(r) ->> 'customer_id')::bigint)
          INTO customers FROM changed_rows r
         WHERE pg_catalog.to_jsonb(r) ->> 'customer_id' IS NOT NULL;
    ELSIF TG_TABLE_NAME = 'merge_request' THEN
        SELECT pg_catalog.array_agg(DISTINCT c.id) INTO customers
          FROM changed_rows r
          CROSS JOIN LATERAL (VALUES (r.keep_customer_id), (r.joined_customer_id)) AS c(id)
         WHERE c.id IS NOT NULL;
    ELSIF coalesce(pg_catalog.cardinality(accounts), 0) BETWEEN 1 AND most THEN
        SELECT pg_catalog.array_agg(DISTINCT a.customer_id) INTO customers
          FROM billing.account a WHERE a.id = ANY (accounts);
    END IF;
    IF TG_TABLE_NAME = 'cash_shift' THEN
        SELECT pg_catalog.array_agg(DISTINCT r.id) INTO shifts FROM changed_rows r;
    ELSIF TG_TABLE_NAME = 'payment' THEN
        SELECT pg_catalog.array_agg(DISTINCT r.shift_id) INTO shifts
          FROM changed_rows r WHERE r.shift_id IS NOT NULL;
    END IF;
    IF TG_TABLE_NAME IN ('link_request', 'registration_review', 'merge_request') THEN
        SELECT pg_catalog.array_agg(DISTINCT r.id) INTO items FROM changed_rows r;
    END IF;
    accounts := coalesce(accounts, '{}');
    items := coalesce(items, '{}');
    shifts := coalesce(shifts, '{}');
    customers := coalesce(customers, '{}');
    PERFORM pg_catalog.pg_notify(
        'billing_change',
        pg_catalog.jsonb_build_object(
            'table', TG_TABLE_NAME,
            'accounts', CASE WHEN pg_catalog.cardinality(accounts) <= most
                             THEN pg_catalog.to_jsonb(accounts) ELSE '[]'::jsonb END,
            'customers', CASE WHEN pg_catalog.cardinality(customers) <= most
                              THEN pg_catalog.to_jsonb(customers) ELSE '[]'::jsonb END,
            'shifts', CASE WHEN pg_catalog.cardinality(shifts) <= most
                           THEN pg_catalog.to_jsonb(shifts) ELSE '[]'::jsonb END,
            'items', CASE WHEN pg_catalog.cardinality(items) <= most
                          THEN pg_catalog.to_jsonb(items) ELSE '[]'::jsonb END,
            'bulk', pg_catalog.cardinality(accounts) > most
                    OR pg_catalog.cardinality(customers) > most
                    OR pg_catalog.cardinality(shifts) > most
                    OR pg_catalog.cardinality(items) > most
        )::text);
    RETURN NULL;
END
$function$;

ALTER FUNCTION billing.announce_change() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.announce_change() FROM PUBLIC;
