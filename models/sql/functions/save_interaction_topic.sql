-- Supervisors maintain the list of interaction topics: add one, rename it, move it,
-- retire it (inactive topics stay on old records but cannot be chosen).
CREATE OR REPLACE FUNCTION billing.save_interaction_topic(p_code text, p_title text, p_position integer, p_active boolean)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_code IS NULL OR p_code !~ '^[a-z][a-z0-9_]{0,39}$' THEN
        PERFORM billing.mod_fail('topic.code_format');
    END IF;
    IF pg_catalog.length(pg_catalog.btrim(coalesce(p_title, ''))) NOT BETWEEN 1 AND 120 THEN
        PERFORM billing.mod_fail('topic.title_required');
    END IF;
    INSERT INTO billing.interaction_topic AS t (code, title, position, active)
    VALUES (p_code, pg_catalog.btrim(p_title), coalesce(p_position, 100), coalesce(p_active, true))
    ON CONFLICT (code) DO UPDATE
       SET title = excluded.title, position = excluded.position, active = excluded.active;
END
$function$;

ALTER FUNCTION billing.save_interaction_topic(text, text, integer, boolean) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.save_interaction_topic(text, text, integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.save_interaction_topic(text, text, integer, boolean) TO billing_supervisor;
