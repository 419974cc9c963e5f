CREATE OR REPLACE FUNCTION billing.mod_money(p numeric)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE STRICT
RETURN pg_catalog.to_char(p, 'FM999999999990.00');

ALTER FUNCTION billing.mod_money(numeric) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_money(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_money(numeric) TO billing_owner;
