CREATE OR REPLACE FUNCTION billing.reveal_contact(p_table text, p_id bigint, p_field text)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    value text;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_table NOT IN ('customer', 'portal_user') OR p_field NOT IN ('phone', 'email') THEN
        RAISE EXCEPTION 'contact.unknown_field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_table = 'customer' THEN
        SELECT CASE p_field WHEN 'phone' THEN phone ELSE email END INTO value
          FROM billing.customer WHERE id = p_id;
    ELSE
        SELECT CASE p_field WHEN 'phone' THEN phone ELSE email END INTO value
          FROM billing.portal_user WHERE id = p_id;
    END IF;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'contact.not_found' USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO billing.audit_log (operator, table_name, row_key, action, old_values, new_values)
    VALUES (session_user, p_table, p_id::text, 'REVEAL', NULL, pg_catalog.jsonb_build_object('field', p_field));
    RETURN value;
END
$function$;

ALTER FUNCTION billing.reveal_contact(text, bigint, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.reveal_contact(text, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.reveal_contact(text, bigint, text) TO billing_agent, billing_supervisor;
