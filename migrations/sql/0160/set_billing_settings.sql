CREATE OR REPLACE FUNCTION billing.set_billing_settings(p_region_id integer, p_window_first_day integer,
                                             p_window_last_day integer,
                                             p_expected_version integer) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    current_version integer;
    new_version integer;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_region_id IS NOT NULL
       AND NOT EXISTS (SELECT FROM billing.region r WHERE r.id = p_region_id) THEN
        PERFORM billing.settings_fail('settings.region_unknown');
    END IF;
    IF p_window_first_day IS NOT NULL AND p_window_first_day NOT BETWEEN 1 AND 31 THEN
        PERFORM billing.settings_fail('settings.window_day_range', 'window_first_day');
    END IF;
    IF p_window_last_day IS NOT NULL AND p_window_last_day NOT BETWEEN 1 AND 31 THEN
        PERFORM billing.settings_fail('settings.window_day_range', 'window_last_day');
    END IF;
    IF p_window_first_day > p_window_last_day THEN
        PERFORM billing.settings_fail('settings.window_order', 'window_last_day');
    END IF;
    SELECT s.version INTO current_version FROM billing.billing_settings s
     WHERE s.region_id IS NOT DISTINCT FROM p_region_id FOR UPDATE;
    IF current_version IS DISTINCT FROM p_expected_version THEN
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
    IF current_version IS NULL THEN
        BEGIN
            INSERT INTO billing.billing_settings (region_id, window_first_day, window_last_day)
            VALUES (p_region_id, p_window_first_day, p_window_last_day)
            RETURNING version INTO new_version;
        EXCEPTION WHEN unique_violation THEN
            PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
        END;
    ELSE
        UPDATE billing.billing_settings s
           SET window_first_day = p_window_first_day, window_last_day = p_window_last_day,
               version = s.version + 1, updated_by = SESSION_USER,
               updated_at = pg_catalog.now()
         WHERE s.region_id IS NOT DISTINCT FROM p_region_id
        RETURNING s.version INTO new_version;
    END IF;
    RETURN new_version;
END
$function$;

ALTER FUNCTION billing.set_billing_settings(integer, integer, integer, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_billing_settings(integer, integer, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_billing_settings(integer, integer, integer, integer) TO billing_admin;
