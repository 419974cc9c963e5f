-- A list of texts (contract numbers): at most p_max_items, each billing.text_ok.
CREATE OR REPLACE FUNCTION billing.texts_ok(p text[], p_max_length integer, p_max_items integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT p IS NULL OR (
        pg_catalog.cardinality(p) <= p_max_items
        AND NOT EXISTS (SELECT FROM pg_catalog.unnest(p) AS t(v)
                         WHERE v IS NULL OR NOT billing.text_ok(v, p_max_length)))
$function$;

ALTER FUNCTION billing.texts_ok(text[], integer, integer) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.texts_ok(text[], integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.texts_ok(text[], integer, integer) TO billing_owner;
