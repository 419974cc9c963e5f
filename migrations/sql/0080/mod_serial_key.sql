CREATE OR REPLACE FUNCTION billing.mod_serial_key(p_serial text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
-- models.domain.search_keys.meter_serial_key
RETURN (SELECT CASE WHEN k.kept = '' THEN ''
                    WHEN pg_catalog.ltrim(k.kept, '0') = '' THEN '0'
                    ELSE pg_catalog.ltrim(k.kept, '0') END
          FROM (SELECT pg_catalog.regexp_replace(
                           pg_catalog.translate(pg_catalog.upper(coalesce(p_serial, '')),
                                                'АВЕКМНОРСТУХЁ', 'ABEKMHOPCTYXE'),
                           '[^[:alnum:]]', '', 'g') AS kept) AS k);

ALTER FUNCTION billing.mod_serial_key(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_serial_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_serial_key(text) TO billing_owner;
