CREATE OR REPLACE FUNCTION billing.portal_change_phone(p_id bigint, p_version integer, p_phone text)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    u billing.portal_user;
    number text := pg_catalog.btrim(coalesce(p_phone, ''));
BEGIN
    PERFORM billing.assert_operator_active();
    u := billing.locked_portal_user(p_id, p_version);
    IF number !~ '^\+7[0-9]{10}$' THEN
        RAISE EXCEPTION 'portal_user.phone_format' USING ERRCODE = '23514';
    END IF;
    IF number = u.phone THEN
        RAISE EXCEPTION 'portal_user.phone_unchanged' USING ERRCODE = 'P0001';
    END IF;
    -- Phones are unique among portal users: the unique index uq_portal_user_phone decides
    -- between two operators changing two logins to one number (no advisory lock, which
    -- any role could take and hold).
    IF EXISTS (SELECT FROM billing.portal_user WHERE phone = number AND id <> u.id) THEN
        RAISE EXCEPTION 'portal_user.phone_taken' USING ERRCODE = '23505';
    END IF;
    BEGIN
        UPDATE billing.portal_user SET phone = number WHERE id = u.id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'portal_user.phone_taken' USING ERRCODE = '23505';
    END;
    PERFORM billing.record_portal_action(u, 'phone_changed', NULL,
                                         pg_catalog.jsonb_build_object('old', u.phone, 'new', number));
    PERFORM billing.enqueue_notification(u.id, 'contact_changed',
                                         pg_catalog.jsonb_build_object('what', 'номер телефона'));
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_change_phone(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_change_phone(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_change_phone(bigint, integer, text) TO billing_agent, billing_supervisor;
