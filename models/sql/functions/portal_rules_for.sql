-- The rule set a registration follows: the one named, else the region's, else the
-- supplier's default one (NULL when there is none).
CREATE OR REPLACE FUNCTION billing.portal_rules_for(p_code text, p_region_id bigint)
RETURNS billing.portal_rule_set
LANGUAGE sql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT s.* FROM billing.portal_rule_set s
     WHERE CASE WHEN p_code IS NOT NULL THEN s.code = p_code
                ELSE s.region_id = p_region_id OR s.is_default END
     ORDER BY s.region_id IS NULL, s.code
     LIMIT 1
$function$;

ALTER FUNCTION billing.portal_rules_for(text, bigint) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.portal_rules_for(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_rules_for(text, bigint) TO billing_owner;
