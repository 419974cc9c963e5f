CREATE OR REPLACE FUNCTION billing.name_search_key(p_name text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE STRICT
-- The surname, or an organisation's name without its legal form and quotes
-- (models.domain.search_keys.name_search_key); a generated column of billing.customer.
RETURN pg_catalog.btrim(pg_catalog.regexp_replace(pg_catalog.regexp_replace(
    pg_catalog.translate(pg_catalog.lower(p_name), 'ё', 'е'),
    '^(ооо|оао|зао|пао|ао|ип|муп|гуп|фгуп|нко|ано|чп|тсж)\s+', ''),
    '["«»“”„]', '', 'g'));

ALTER FUNCTION billing.name_search_key(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.name_search_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.name_search_key(text) TO billing_owner, billing_agent, billing_cashier, billing_supervisor;
