CREATE OR REPLACE FUNCTION billing.settings_fail(code text, field text DEFAULT NULL,
                                      state text DEFAULT 'check_violation') RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    -- MESSAGE is the problem code, DETAIL the form field it belongs to.
    RAISE EXCEPTION USING MESSAGE = code, DETAIL = coalesce(field, ''), ERRCODE = state;
END
$function$;

ALTER FUNCTION billing.settings_fail(text, text, text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.settings_fail(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.settings_fail(text, text, text) TO billing_owner;
