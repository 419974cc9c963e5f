CREATE OR REPLACE FUNCTION billing.enqueue_notification(p_portal_user_id bigint, p_template text, p_params jsonb DEFAULT '{}'::jsonb)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    t billing.notification_template;
    u record;
    subject text;
    body text;
    item record;
    chosen text;
    recipient text;
    new_id bigint;
BEGIN
    SELECT * INTO t FROM billing.notification_template WHERE code = p_template;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'notification.unknown_template' USING DETAIL = p_template;
    END IF;
    SELECT id, login, email, phone INTO u FROM billing.portal_user WHERE id = p_portal_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'notification.unknown_portal_user' USING DETAIL = p_portal_user_id::text;
    END IF;
    subject := t.subject;
    body := t.body;
    FOR item IN SELECT key, value FROM pg_catalog.jsonb_each_text(
        p_params || pg_catalog.jsonb_build_object('login', u.login)) LOOP
        subject := pg_catalog.replace(subject, '{' || item.key || '}', coalesce(item.value, ''));
        body := pg_catalog.replace(body, '{' || item.key || '}', coalesce(item.value, ''));
    END LOOP;
    chosen := CASE WHEN t.channel = 'sms' AND u.phone IS NOT NULL THEN 'sms'
                   WHEN u.email IS NOT NULL THEN 'email' ELSE 'sms' END;
    recipient := CASE chosen WHEN 'sms' THEN u.phone ELSE u.email END;
    IF recipient IS NULL THEN
        RAISE EXCEPTION 'notification.no_recipient' USING DETAIL = p_portal_user_id::text;
    END IF;
    INSERT INTO billing.notification (portal_user_id, channel, recipient, template, subject, body)
    VALUES (u.id, chosen, recipient, p_template, subject, body)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$function$;

ALTER FUNCTION billing.enqueue_notification(bigint, text, jsonb) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.enqueue_notification(bigint, text, jsonb) FROM PUBLIC;
