CREATE OR REPLACE FUNCTION billing.mod_money(p numeric)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN to_char(p, 'FM999999999990.00'::text);

ALTER FUNCTION billing.mod_money(numeric) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_money(numeric) FROM PUBLIC;
