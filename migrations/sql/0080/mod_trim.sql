CREATE OR REPLACE FUNCTION billing.mod_trim(p text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.regexp_replace(coalesce(p, ''), '^[[:space:]]+|[[:space:]]+$', '', 'g');

ALTER FUNCTION billing.mod_trim(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_trim(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_trim(text) TO billing_owner;
