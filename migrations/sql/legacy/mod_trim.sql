CREATE OR REPLACE FUNCTION billing.mod_trim(p text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(COALESCE(p, ''::text), '^[[:space:]]+|[[:space:]]+$'::text, ''::text, 'g'::text);

ALTER FUNCTION billing.mod_trim(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_trim(text) FROM PUBLIC;
