CREATE OR REPLACE FUNCTION billing.zone_line_description(zones integer, zone text, part_from date, parts integer)
RETURNS text
LANGUAGE sql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT 'Электроэнергия'
        || CASE zones WHEN 1 THEN '' ELSE ', ' ||
               CASE WHEN zones = 2 THEN (ARRAY['день', 'ночь'])[pg_catalog.substr(zone, 2)::int]
                    ELSE (ARRAY['пик', 'ночь', 'полупик'])[pg_catalog.substr(zone, 2)::int] END END
        || CASE WHEN parts > 1 THEN ' (с ' || pg_catalog.to_char(part_from, 'DD.MM.YYYY') || ')' ELSE '' END
$function$;

ALTER FUNCTION billing.zone_line_description(integer, text, date, integer) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.zone_line_description(integer, text, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.zone_line_description(integer, text, date, integer) TO billing_owner;
