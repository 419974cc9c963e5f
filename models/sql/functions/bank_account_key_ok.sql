CREATE OR REPLACE FUNCTION billing.bank_account_key_ok(p_bic text, p_account text,
                                            p_correspondent boolean) RETURNS boolean
LANGUAGE sql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT p_bic ~ '^[0-9]{9}$' AND p_account ~ '^[0-9]{20}$'
       AND (SELECT pg_catalog.sum(pg_catalog.substr(digits, i, 1)::int
                                  * (ARRAY[7, 1, 3])[(i - 1) % 3 + 1])
              FROM (SELECT CASE WHEN p_correspondent
                                THEN '0' || pg_catalog.substr(p_bic, 5, 2)
                                ELSE pg_catalog.substr(p_bic, 7, 3) END || p_account AS digits) s,
                   pg_catalog.generate_series(1, 23) AS i) % 10 = 0
$function$;

ALTER FUNCTION billing.bank_account_key_ok(text, text, boolean) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.bank_account_key_ok(text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.bank_account_key_ok(text, text, boolean) TO billing_owner;
