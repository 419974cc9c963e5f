-- A person's text as a column may hold it: at most p_max_length characters, clean
-- (the CHECK constraints of migration 0090; models.domain.text.validate_text).
CREATE OR REPLACE FUNCTION billing.text_ok(p text, p_max_length integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT p IS NULL OR (pg_catalog.length(p) <= p_max_length AND billing.text_is_clean(p))
$function$;

ALTER FUNCTION billing.text_ok(text, integer) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.text_ok(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.text_ok(text, integer) TO billing_owner;
