CREATE OR REPLACE FUNCTION billing.house_search_key(p_house text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE STRICT
-- The house number compacted («5 корп. 1» → «5к1»); a generated column of billing.account.
RETURN pg_catalog.regexp_replace(pg_catalog.regexp_replace(
    pg_catalog.translate(pg_catalog.lower(p_house), 'ё', 'е'),
    '\s*(корпус|корп\.?|к\.)\s*', 'к', 'g'),
    '[\s-]', '', 'g');

ALTER FUNCTION billing.house_search_key(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.house_search_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.house_search_key(text) TO billing_owner, billing_agent, billing_cashier, billing_supervisor;
