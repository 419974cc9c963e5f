CREATE OR REPLACE FUNCTION billing.mod_inn_valid(p_inn text)
 RETURNS boolean
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    d int[];
    w10 constant int[] := ARRAY[2, 4, 10, 3, 5, 9, 4, 6, 8];
    w11 constant int[] := ARRAY[7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    w12 constant int[] := ARRAY[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    s int;
BEGIN
    IF p_inn IS NULL OR p_inn !~ '^([0-9]{10}|[0-9]{12})$' OR p_inn LIKE '00%' THEN
        RETURN false;
    END IF;
    SELECT array_agg(x::int ORDER BY i) INTO d
      FROM unnest(string_to_array(p_inn, NULL)) WITH ORDINALITY AS t(x, i);
    IF length(p_inn) = 10 THEN
        SELECT sum(d[i] * w10[i]) INTO s FROM generate_series(1, 9) AS i;
        RETURN s % 11 % 10 = d[10];
    END IF;
    SELECT sum(d[i] * w11[i]) INTO s FROM generate_series(1, 10) AS i;
    IF s % 11 % 10 <> d[11] THEN
        RETURN false;
    END IF;
    SELECT sum(d[i] * w12[i]) INTO s FROM generate_series(1, 11) AS i;
    RETURN s % 11 % 10 = d[12];
END
$function$;

ALTER FUNCTION billing.mod_inn_valid(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_inn_valid(text) FROM PUBLIC;
