CREATE OR REPLACE FUNCTION billing.house_search_key(p_house text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN regexp_replace(regexp_replace(translate(lower(p_house), 'ё'::text, 'е'::text), '\s*(корпус|корп\.?|к\.)\s*'::text, 'к'::text, 'g'::text), '[\s-]'::text, ''::text, 'g'::text);

ALTER FUNCTION billing.house_search_key(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.house_search_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.house_search_key(text) TO billing_agent, billing_cashier, billing_supervisor;
