-- Keeps billing.account_total in step with the bills and payments it sums. One
-- statement-level trigger per table and event reads the transition tables, so a billing
-- run of thousands of bills makes one grouped upsert; rows are upserted in account order,
-- so two writers never deadlock on them. An update that moves no money and no date (a
-- bill marked paid) touches no total. dated_until only grows: it stays an upper bound of
-- the dates summed, which is all the readers need. It runs as the writer (billing_owner
-- inside the console's functions, a superuser for maintenance; no group may write bills,
-- payments or the totals) and belongs to billing_data_owner, so the role the console's
-- functions run as can neither replace nor drop it; it refuses to run from any other
-- trigger.
CREATE OR REPLACE FUNCTION billing.account_total_change()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    IF TG_TABLE_SCHEMA <> 'billing' OR TG_TABLE_NAME NOT IN ('bill', 'payment')
       OR TG_LEVEL <> 'STATEMENT' OR TG_WHEN <> 'AFTER' THEN
        RAISE EXCEPTION 'account_total_change.misused' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        IF TG_TABLE_NAME = 'bill' THEN
            UPDATE billing.account_total SET charged = 0 WHERE charged <> 0;
        ELSE
            UPDATE billing.account_total SET paid = 0 WHERE paid <> 0;
        END IF;
    ELSIF TG_TABLE_NAME = 'bill' AND TG_OP = 'INSERT' THEN
        INSERT INTO billing.account_total AS t (account_id, charged, paid, dated_until)
        SELECT r.account_id, pg_catalog.sum(r.amount), 0, pg_catalog.max(r.formed_on)
          FROM new_rows r GROUP BY r.account_id ORDER BY r.account_id
        ON CONFLICT (account_id) DO UPDATE
           SET charged = t.charged + excluded.charged,
               dated_until = GREATEST(t.dated_until, excluded.dated_until);
    ELSIF TG_TABLE_NAME = 'payment' AND TG_OP = 'INSERT' THEN
        INSERT INTO billing.account_total AS t (account_id, charged, paid, dated_until)
        SELECT r.account_id, 0, pg_catalog.sum(r.amount), pg_catalog.max(r.paid_on)
          FROM new_rows r GROUP BY r.account_id ORDER BY r.account_id
        ON CONFLICT (account_id) DO UPDATE
           SET paid = t.paid + excluded.paid,
               dated_until = GREATEST(t.dated_until, excluded.dated_until);
    ELSIF TG_TABLE_NAME = 'bill' AND TG_OP = 'UPDATE' THEN
        INSERT INTO billing.account_total AS t (account_id, charged, paid, dated_until)
        SELECT d.account_id, pg_catalog.sum(d.amount), 0,
               coalesce(pg_catalog.max(d.dated), '-infinity')
          FROM (SELECT r.account_id, r.amount, r.formed_on AS dated, NULL::date AS was
                  FROM new_rows r
                UNION ALL
                SELECT r.account_id, -r.amount, NULL, r.formed_on FROM old_rows r) d
         GROUP BY d.account_id
        HAVING pg_catalog.sum(d.amount) <> 0
            OR pg_catalog.max(d.dated) > coalesce(pg_catalog.max(d.was), '-infinity')
         ORDER BY d.account_id
        ON CONFLICT (account_id) DO UPDATE
           SET charged = t.charged + excluded.charged,
               dated_until = GREATEST(t.dated_until, excluded.dated_until);
    ELSIF TG_TABLE_NAME = 'payment' AND TG_OP = 'UPDATE' THEN
        INSERT INTO billing.account_total AS t (account_id, charged, paid, dated_until)
        SELECT d.account_id, 0, pg_catalog.sum(d.amount),
               coalesce(pg_catalog.max(d.dated), '-infinity')
          FROM (SELECT r.account_id, r.amount, r.paid_on AS dated, NULL::date AS was
                  FROM new_rows r
                UNION ALL
                SELECT r.account_id, -r.amount, NULL, r.paid_on FROM old_rows r) d
         GROUP BY d.account_id
        HAVING pg_catalog.sum(d.amount) <> 0
            OR pg_catalog.max(d.dated) > coalesce(pg_catalog.max(d.was), '-infinity')
         ORDER BY d.account_id
        ON CONFLICT (account_id) DO UPDATE
           SET paid = t.paid + excluded.paid,
               dated_until = GREATEST(t.dated_until, excluded.dated_until);
    ELSIF TG_TABLE_NAME = 'bill' THEN
        INSERT INTO billing.account_total AS t (account_id, charged, paid, dated_until)
        SELECT r.account_id, -pg_catalog.sum(r.amount), 0, '-infinity'
          FROM old_rows r GROUP BY r.account_id ORDER BY r.account_id
        ON CONFLICT (account_id) DO UPDATE SET charged = t.charged + excluded.charged;
    ELSE
        INSERT INTO billing.account_total AS t (account_id, charged, paid, dated_until)
        SELECT r.account_id, 0, -pg_catalog.sum(r.amount), '-infinity'
          FROM old_rows r GROUP BY r.account_id ORDER BY r.account_id
        ON CONFLICT (account_id) DO UPDATE SET paid = t.paid + excluded.paid;
    END IF;
    RETURN NULL;
END
$function$;

ALTER FUNCTION billing.account_total_change() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.account_total_change() FROM PUBLIC;
