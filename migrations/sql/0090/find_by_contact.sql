-- Who has this phone (+7 and ten digits) or e-mail (any case): customers and portal logins,
-- with the contact masked. The lookup by a contact goes through here, one call per search,
-- since operators cannot read the contact columns (migration 0090). A customer's row has
-- customer_id, a portal login's row portal_user_id and login.
CREATE OR REPLACE FUNCTION billing.find_by_contact(p_field text, p_value text)
RETURNS TABLE(customer_id bigint, portal_user_id bigint, login text, matched text)
LANGUAGE plpgsql
STABLE SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
ROWS 5
AS $function$
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_field = 'phone' THEN
        RETURN QUERY
            SELECT c.id, NULL::bigint, NULL::text, c.phone_masked FROM billing.customer c
             WHERE c.phone = p_value
            UNION ALL
            SELECT NULL::bigint, u.id, u.login, u.phone_masked FROM billing.portal_user u
             WHERE u.phone = p_value;
    ELSIF p_field = 'email' THEN
        RETURN QUERY
            SELECT c.id, NULL::bigint, NULL::text, c.email_masked FROM billing.customer c
             WHERE c.email_key = pg_catalog.lower(p_value)
            UNION ALL
            SELECT NULL::bigint, u.id, u.login, u.email_masked FROM billing.portal_user u
             WHERE u.email_key = pg_catalog.lower(p_value);
    ELSE
        RAISE EXCEPTION 'contact.unknown_field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$function$;

ALTER FUNCTION billing.find_by_contact(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.find_by_contact(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.find_by_contact(text, text) TO billing_agent, billing_supervisor;
