CREATE OR REPLACE FUNCTION billing.set_consumption_norm(p_id bigint, p_region_id integer, p_household_type text, p_rooms integer, p_residents integer, p_kwh_per_resident numeric, p_expected_version integer)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    -- A region's consumption norm (ПП 354 п. 60), admins only: a new row (p_id NULL) or
    -- a change of row p_id at p_expected_version (someone else's change meanwhile is a
    -- conflict, never overwritten). The audit trigger records it.
    IF p_region_id IS NULL
       OR NOT EXISTS (SELECT FROM billing.region r WHERE r.id = p_region_id) THEN
        PERFORM billing.settings_fail('settings.region_unknown', 'region');
    END IF;
    IF p_household_type IS NULL OR p_household_type NOT IN ('gas_stove', 'electric_stove') THEN
        PERFORM billing.settings_fail('norm.household_type', 'household_type');
    END IF;
    IF p_rooms IS NULL OR p_rooms NOT BETWEEN 1 AND 20 THEN
        PERFORM billing.settings_fail('norm.rooms', 'rooms');
    END IF;
    IF p_residents IS NULL OR p_residents NOT BETWEEN 1 AND 50 THEN
        PERFORM billing.settings_fail('norm.residents', 'residents');
    END IF;
    IF p_kwh_per_resident IS NULL OR p_kwh_per_resident <= 0 OR p_kwh_per_resident >= 10000
       OR pg_catalog.scale(p_kwh_per_resident) > 3 THEN
        PERFORM billing.settings_fail('norm.kwh', 'kwh_per_resident');
    END IF;
    DECLARE
        norm_id bigint;
    BEGIN
        IF p_id IS NULL THEN
            INSERT INTO billing.consumption_norm (region_id, household_type, rooms, residents,
                                                  kwh_per_resident)
            VALUES (p_region_id, p_household_type, p_rooms, p_residents, p_kwh_per_resident)
            RETURNING id INTO norm_id;
        ELSE
            UPDATE billing.consumption_norm n
               SET region_id = p_region_id, household_type = p_household_type,
                   rooms = p_rooms, residents = p_residents,
                   kwh_per_resident = p_kwh_per_resident, version = n.version + 1,
                   updated_by = SESSION_USER, updated_at = pg_catalog.now()
             WHERE n.id = p_id AND n.version = p_expected_version
            RETURNING n.id INTO norm_id;
            IF norm_id IS NULL THEN
                PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
            END IF;
        END IF;
        RETURN norm_id;
    EXCEPTION WHEN unique_violation THEN
        PERFORM billing.settings_fail('norm.duplicate', 'residents');
    END;
    RETURN NULL;
END
$function$;

ALTER FUNCTION billing.set_consumption_norm(bigint, integer, text, integer, integer, numeric, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_consumption_norm(bigint, integer, text, integer, integer, numeric, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_consumption_norm(bigint, integer, text, integer, integer, numeric, integer) TO billing_admin;
