CREATE OR REPLACE FUNCTION billing.mod_serial_key(p_serial text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN (SELECT CASE WHEN (k.kept = ''::text) THEN ''::text WHEN (ltrim(k.kept, '0'::text) = ''::text) THEN '0'::text ELSE ltrim(k.kept, '0'::text) END AS ltrim FROM (SELECT regexp_replace(translate(upper(COALESCE(mod_serial_key.p_serial, ''::text)), 'АВЕКМНОРСТУХЁ'::text, 'ABEKMHOPCTYXE'::text), '[^[:alnum:]]'::text, ''::text, 'g'::text) AS kept) k);

ALTER FUNCTION billing.mod_serial_key(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_serial_key(text) FROM PUBLIC;
