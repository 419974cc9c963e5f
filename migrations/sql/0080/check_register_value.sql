CREATE OR REPLACE FUNCTION billing.check_register_value(p_value numeric, p_digits integer, p_field text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    IF p_value IS NULL THEN
        PERFORM billing.reading_fail('reading.value_missing', p_field, 'check_violation');
    ELSIF p_value < 0 THEN
        PERFORM billing.reading_fail('reading.negative', p_field, 'check_violation');
    ELSIF pg_catalog.scale(pg_catalog.trim_scale(p_value)) > 3 THEN
        PERFORM billing.reading_fail('reading.too_many_decimals', p_field, 'check_violation');
    ELSIF p_value >= pg_catalog.power(10::numeric, p_digits) THEN
        PERFORM billing.reading_fail('reading.too_many_digits', p_field, 'check_violation');
    END IF;
END
$function$;

ALTER FUNCTION billing.check_register_value(numeric, integer, text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.check_register_value(numeric, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.check_register_value(numeric, integer, text) TO billing_owner;
