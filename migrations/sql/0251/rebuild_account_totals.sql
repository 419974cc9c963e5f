-- Sums every account's bills and payments into billing.account_total from scratch: the
-- migration that creates the totals and the demo load (which writes with triggers off)
-- call it; a superuser who repaired bills or payments with triggers off calls it too.
-- Runs as the caller, who must own the totals or be a superuser; no login may.
CREATE OR REPLACE FUNCTION billing.rebuild_account_totals()
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    DELETE FROM billing.account_total;
    INSERT INTO billing.account_total (account_id, charged, paid, dated_until)
    SELECT a.id, coalesce(c.charged, 0), coalesce(p.paid, 0),
           GREATEST(c.dated, p.dated, '-infinity'::date)
      FROM billing.account a
      LEFT JOIN (SELECT b.account_id, pg_catalog.sum(b.amount) AS charged,
                        pg_catalog.max(b.formed_on) AS dated
                   FROM billing.bill b GROUP BY b.account_id) c ON c.account_id = a.id
      LEFT JOIN (SELECT y.account_id, pg_catalog.sum(y.amount) AS paid,
                        pg_catalog.max(y.paid_on) AS dated
                   FROM billing.payment y GROUP BY y.account_id) p ON p.account_id = a.id
     WHERE c.account_id IS NOT NULL OR p.account_id IS NOT NULL;
$function$;

ALTER FUNCTION billing.rebuild_account_totals() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.rebuild_account_totals() FROM PUBLIC;
