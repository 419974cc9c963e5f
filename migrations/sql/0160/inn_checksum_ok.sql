CREATE OR REPLACE FUNCTION billing.inn_checksum_ok(p_inn text) RETURNS boolean
LANGUAGE sql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT p_inn ~ '^[0-9]{10}$' AND pg_catalog.substr(p_inn, 1, 2) <> '00'
       AND (SELECT pg_catalog.sum(pg_catalog.substr(p_inn, i::int, 1)::int * w)
              FROM pg_catalog.unnest(ARRAY[2, 4, 10, 3, 5, 9, 4, 6, 8])
                   WITH ORDINALITY AS x(w, i)) % 11 % 10
           = pg_catalog.substr(p_inn, 10, 1)::int
$function$;

ALTER FUNCTION billing.inn_checksum_ok(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.inn_checksum_ok(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.inn_checksum_ok(text) TO billing_owner;
