-- Portal logins whose phone or e-mail (any case) is p_value, with the contact masked.
CREATE OR REPLACE FUNCTION billing.find_portal_users_by_contact(p_field text, p_value text)
RETURNS TABLE(portal_user_id bigint, login text, matched text)
LANGUAGE plpgsql
STABLE SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
ROWS 5
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_field = 'phone' THEN
        RETURN QUERY SELECT u.id, u.login, u.phone_masked FROM billing.portal_user u
                      WHERE u.phone = p_value;
    ELSIF p_field = 'email' THEN
        RETURN QUERY SELECT u.id, u.login, u.email_masked FROM billing.portal_user u
                      WHERE u.email_key = pg_catalog.lower(p_value);
    ELSE
        RAISE EXCEPTION 'contact.unknown_field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$function$;

ALTER FUNCTION billing.find_portal_users_by_contact(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.find_portal_users_by_contact(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.find_portal_users_by_contact(text, text) TO billing_agent, billing_supervisor;
