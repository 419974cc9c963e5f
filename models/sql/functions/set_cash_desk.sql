-- A cash desk and its register (driver, web-server address, serial), admins only; a new
-- desk with p_id NULL and version NULL, a change with the version the admin saw.
CREATE OR REPLACE FUNCTION billing.set_cash_desk(p_id integer, p_name text, p_register_url text,
                                                 p_register_serial text,
                                                 p_expected_version integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    v_name text := pg_catalog.btrim(coalesce(p_name, ''));
    v_url text := pg_catalog.btrim(coalesce(p_register_url, ''));
    v_serial text := pg_catalog.btrim(coalesce(p_register_serial, ''));
    current_version integer;
    new_id integer;
BEGIN
    PERFORM billing.assert_operator_active();
    IF v_name = '' OR pg_catalog.length(v_name) > 80 THEN
        PERFORM billing.settings_fail('cash_desk.name', 'name');
    END IF;
    IF v_url !~ '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$' THEN
        PERFORM billing.settings_fail('cash_desk.register_url', 'register_url');
    END IF;
    IF v_serial !~ '^[0-9A-Za-z-]{1,32}$' THEN
        PERFORM billing.settings_fail('cash_desk.register_serial', 'register_serial');
    END IF;
    IF p_id IS NULL THEN
        IF p_expected_version IS NOT NULL THEN
            PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
        END IF;
        BEGIN
            INSERT INTO billing.cash_desk (name, register_url, register_serial)
            VALUES (v_name, v_url, v_serial)
            RETURNING id INTO new_id;
        EXCEPTION WHEN unique_violation THEN
            PERFORM billing.settings_fail('cash_desk.name_taken', 'name');
        END;
        RETURN new_id;
    END IF;
    SELECT d.version INTO current_version FROM billing.cash_desk d WHERE d.id = p_id FOR UPDATE;
    IF current_version IS NULL OR current_version IS DISTINCT FROM p_expected_version THEN
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
    BEGIN
        UPDATE billing.cash_desk d
           SET name = v_name, register_url = v_url, register_serial = v_serial,
               version = d.version + 1, updated_by = SESSION_USER, updated_at = pg_catalog.now()
         WHERE d.id = p_id;
    EXCEPTION WHEN unique_violation THEN
        PERFORM billing.settings_fail('cash_desk.name_taken', 'name');
    END;
    RETURN p_id;
END
$function$;

ALTER FUNCTION billing.set_cash_desk(integer, text, text, text, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_cash_desk(integer, text, text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_cash_desk(integer, text, text, text, integer) TO billing_admin;
