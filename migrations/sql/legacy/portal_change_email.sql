CREATE OR REPLACE FUNCTION billing.portal_change_email(p_id bigint, p_version integer, p_email text)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    address text := btrim(coalesce(p_email, ''));
BEGIN
    -- The same shape as the portal's rule (models.domain.emails.validate_email, simplified).
    IF length(address) > 254 OR address !~ '^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$'
       OR address ~ '(^\.|\.\.|\.@)' THEN
        RAISE EXCEPTION 'portal_user.email_format' USING ERRCODE = '23514';
    END IF;
    IF lower(address) = u.email_key THEN
        RAISE EXCEPTION 'portal_user.email_unchanged' USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT FROM billing.portal_user WHERE email_key = lower(address) AND id <> u.id) THEN
        RAISE EXCEPTION 'portal_user.email_taken' USING ERRCODE = '23505';
    END IF;
    -- Tell the old address first (in case the request was not the customer's own).
    PERFORM billing.enqueue_notification(u.id, 'contact_changed',
                                         jsonb_build_object('what', 'адрес электронной почты'));
    BEGIN
        UPDATE billing.portal_user SET email = address, email_confirmed_at = NULL
        WHERE id = u.id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'portal_user.email_taken' USING ERRCODE = '23505';
    END;
    PERFORM billing.record_portal_action(u, 'email_changed', NULL,
                                         jsonb_build_object('old', u.email, 'new', address));
    PERFORM billing.enqueue_notification(u.id, 'email_confirmation');
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_change_email(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_change_email(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_change_email(bigint, integer, text) TO billing_agent, billing_supervisor;
