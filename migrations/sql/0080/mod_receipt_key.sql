CREATE OR REPLACE FUNCTION billing.mod_receipt_key(p_text text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
-- models.domain.search_keys.receipt_number_key
RETURN (SELECT CASE WHEN k.c ~ '^[0-9]{15}$'
                         AND pg_catalog.substr(k.c, 1, 4)::int BETWEEN 2000 AND 2099
                         AND pg_catalog.substr(k.c, 5, 2)::int BETWEEN 1 AND 12
                    THEN 'R' || k.c ELSE k.c END
          FROM (SELECT pg_catalog.replace(pg_catalog.upper(pg_catalog.regexp_replace(
                           coalesce(p_text, ''), '[[:space:]-]+', '', 'g')), 'Р', 'R') AS c) AS k);

ALTER FUNCTION billing.mod_receipt_key(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_receipt_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_receipt_key(text) TO billing_owner;
