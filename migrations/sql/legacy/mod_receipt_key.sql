CREATE OR REPLACE FUNCTION billing.mod_receipt_key(p_text text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN (SELECT CASE WHEN ((k.c ~ '^[0-9]{15}$'::text) AND (((substr(k.c, 1, 4))::integer >= 2000) AND ((substr(k.c, 1, 4))::integer <= 2099)) AND (((substr(k.c, 5, 2))::integer >= 1) AND ((substr(k.c, 5, 2))::integer <= 12))) THEN ('R'::text || k.c) ELSE k.c END AS c FROM (SELECT replace(upper(regexp_replace(COALESCE(mod_receipt_key.p_text, ''::text), '[[:space:]-]+'::text, ''::text, 'g'::text)), 'Р'::text, 'R'::text) AS c) k);

ALTER FUNCTION billing.mod_receipt_key(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_receipt_key(text) FROM PUBLIC;
