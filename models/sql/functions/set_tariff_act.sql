CREATE OR REPLACE FUNCTION billing.set_tariff_act(p_id bigint, p_region_id integer, p_valid_from date,
                                       p_title text, p_expected_version integer)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    v_title text := pg_catalog.btrim(coalesce(p_title, ''));
    act_id bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_region_id IS NULL
       OR NOT EXISTS (SELECT FROM billing.region r WHERE r.id = p_region_id) THEN
        PERFORM billing.settings_fail('settings.region_unknown', 'region');
    END IF;
    IF p_valid_from IS NULL THEN
        PERFORM billing.settings_fail('tariff_act.valid_from_required', 'valid_from');
    END IF;
    IF v_title = '' THEN
        PERFORM billing.settings_fail('tariff_act.title_required', 'title');
    ELSIF pg_catalog.length(v_title) > 300 THEN
        PERFORM billing.settings_fail('tariff_act.title_too_long', 'title');
    END IF;
    IF EXISTS (SELECT FROM billing.tariff_act t
               WHERE t.region_id = p_region_id AND t.valid_from = p_valid_from
                 AND t.id IS DISTINCT FROM p_id) THEN
        PERFORM billing.settings_fail('tariff_act.duplicate', 'valid_from');
    END IF;
    BEGIN
        IF p_id IS NULL THEN
            INSERT INTO billing.tariff_act (region_id, valid_from, title)
            VALUES (p_region_id, p_valid_from, v_title)
            RETURNING id INTO act_id;
        ELSE
            UPDATE billing.tariff_act t
               SET region_id = p_region_id, valid_from = p_valid_from, title = v_title,
                   version = t.version + 1, updated_by = SESSION_USER,
                   updated_at = pg_catalog.now()
             WHERE t.id = p_id AND t.version = p_expected_version
            RETURNING t.id INTO act_id;
            IF act_id IS NULL THEN
                PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
            END IF;
        END IF;
    EXCEPTION WHEN unique_violation THEN
        PERFORM billing.settings_fail('tariff_act.duplicate', 'valid_from');
    END;
    RETURN act_id;
END
$function$;

ALTER FUNCTION billing.set_tariff_act(bigint, integer, date, text, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_tariff_act(bigint, integer, date, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_tariff_act(bigint, integer, date, text, integer) TO billing_admin;
