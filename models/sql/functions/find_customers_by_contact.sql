-- Customers whose phone (+7 and ten digits) or e-mail (any case) is p_value, with the
-- contact masked: the lookup by a contact (operators cannot read the columns).
CREATE OR REPLACE FUNCTION billing.find_customers_by_contact(p_field text, p_value text)
RETURNS TABLE(customer_id bigint, matched text)
LANGUAGE plpgsql
STABLE SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
ROWS 5
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_field = 'phone' THEN
        RETURN QUERY SELECT c.id, c.phone_masked FROM billing.customer c
                      WHERE c.phone = p_value;
    ELSIF p_field = 'email' THEN
        RETURN QUERY SELECT c.id, c.email_masked FROM billing.customer c
                      WHERE c.email_key = pg_catalog.lower(p_value);
    ELSE
        RAISE EXCEPTION 'contact.unknown_field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$function$;

ALTER FUNCTION billing.find_customers_by_contact(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.find_customers_by_contact(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.find_customers_by_contact(text, text) TO billing_agent, billing_supervisor;
