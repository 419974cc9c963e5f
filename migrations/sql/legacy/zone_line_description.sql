CREATE OR REPLACE FUNCTION billing.zone_line_description(zones integer, zone text, part_from date, parts integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
    SELECT 'Электроэнергия'
        || CASE zones WHEN 1 THEN '' ELSE ', ' ||
               CASE WHEN zones = 2 THEN (ARRAY['день', 'ночь'])[substr(zone, 2)::int]
                    ELSE (ARRAY['пик', 'ночь', 'полупик'])[substr(zone, 2)::int] END END
        || CASE WHEN parts > 1 THEN ' (с ' || to_char(part_from, 'DD.MM.YYYY') || ')' ELSE '' END
$function$;

ALTER FUNCTION billing.zone_line_description(integer, text, date, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.zone_line_description(integer, text, date, integer) FROM PUBLIC;
