-- A valid address in its stored form (models.domain.emails.normalize_email): the domain
-- in lower case.
CREATE OR REPLACE FUNCTION billing.email_is_normal(p text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT billing.email_is_valid(p)
       AND pg_catalog.split_part(p, '@', 2) = pg_catalog.lower(pg_catalog.split_part(p, '@', 2))
$function$;

ALTER FUNCTION billing.email_is_normal(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.email_is_normal(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.email_is_normal(text) TO billing_owner;
