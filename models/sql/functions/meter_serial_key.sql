CREATE OR REPLACE FUNCTION billing.meter_serial_key(p_serial text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE STRICT
-- models.domain.search_keys.meter_serial_key; a generated column of billing.meter.
RETURN (SELECT CASE WHEN k.kept = '' THEN ''
                    WHEN pg_catalog.ltrim(k.kept, '0') = '' THEN '0'
                    ELSE pg_catalog.ltrim(k.kept, '0') END
          FROM (SELECT pg_catalog.regexp_replace(
                           pg_catalog.translate(pg_catalog.upper(p_serial),
                                                'АВЕКМНОРСТУХЁ', 'ABEKMHOPCTYXE'),
                           '[^0-9A-ZА-Я]', '', 'g') AS kept) AS k);

ALTER FUNCTION billing.meter_serial_key(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.meter_serial_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.meter_serial_key(text) TO billing_owner, billing_agent, billing_cashier, billing_supervisor;
