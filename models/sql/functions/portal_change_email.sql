CREATE OR REPLACE FUNCTION billing.portal_change_email(p_id bigint, p_version integer, p_email text)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    u billing.portal_user;
    address text := pg_catalog.btrim(coalesce(p_email, ''));
BEGIN
    PERFORM billing.assert_operator_active();
    u := billing.locked_portal_user(p_id, p_version);
    -- The stored form (models.domain.emails.normalize_email): the domain in lower case.
    IF pg_catalog.strpos(address, '@') > 0 THEN
        address := pg_catalog.substring(address, '^(.*)@') || '@'
                   || pg_catalog.lower(pg_catalog.substring(address, '@([^@]*)$'));
    END IF;
    -- The portal's rule (models.domain.emails.validate_email): no invisible characters,
    -- no letters of other scripts, no combining marks.
    IF NOT billing.email_is_normal(address) THEN
        RAISE EXCEPTION 'portal_user.email_format' USING ERRCODE = '23514';
    END IF;
    IF pg_catalog.lower(address) = u.email_key THEN
        RAISE EXCEPTION 'portal_user.email_unchanged' USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT FROM billing.portal_user WHERE email_key = pg_catalog.lower(address) AND id <> u.id) THEN
        RAISE EXCEPTION 'portal_user.email_taken' USING ERRCODE = '23505';
    END IF;
    -- Tell the old address first (in case the request was not the customer's own).
    PERFORM billing.enqueue_notification(u.id, 'contact_changed',
                                         pg_catalog.jsonb_build_object('what', 'адрес электронной почты'));
    BEGIN
        UPDATE billing.portal_user SET email = address, email_confirmed_at = NULL
        WHERE id = u.id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'portal_user.email_taken' USING ERRCODE = '23505';
    END;
    PERFORM billing.record_portal_action(u, 'email_changed', NULL,
                                         pg_catalog.jsonb_build_object('old', u.email, 'new', address));
    PERFORM billing.enqueue_notification(u.id, 'email_confirmation');
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_change_email(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_change_email(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_change_email(bigint, integer, text) TO billing_agent, billing_supervisor;
