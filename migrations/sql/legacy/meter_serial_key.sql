CREATE OR REPLACE FUNCTION billing.meter_serial_key(p_serial text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN (SELECT CASE WHEN (k.kept = ''::text) THEN ''::text WHEN (ltrim(k.kept, '0'::text) = ''::text) THEN '0'::text ELSE ltrim(k.kept, '0'::text) END AS ltrim FROM (SELECT regexp_replace(translate(upper(meter_serial_key.p_serial), 'АВЕКМНОРСТУХЁ'::text, 'ABEKMHOPCTYXE'::text), '[^0-9A-ZА-Я]'::text, ''::text, 'g'::text) AS kept) k);

ALTER FUNCTION billing.meter_serial_key(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.meter_serial_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.meter_serial_key(text) TO billing_agent, billing_cashier, billing_supervisor;
