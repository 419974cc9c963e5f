CREATE OR REPLACE FUNCTION billing.name_search_key(p_name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN btrim(regexp_replace(regexp_replace(translate(lower(p_name), 'ё'::text, 'е'::text), '^(ооо|оао|зао|пао|ао|ип|муп|гуп|фгуп|нко|ано|чп|тсж)\s+'::text, ''::text), '["«»“”„]'::text, ''::text, 'g'::text));

ALTER FUNCTION billing.name_search_key(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.name_search_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.name_search_key(text) TO billing_agent, billing_cashier, billing_supervisor;
