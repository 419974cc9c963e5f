CREATE OR REPLACE FUNCTION billing.enqueue_notification(p_portal_user_id bigint, p_template text, p_params jsonb DEFAULT '{}'::jsonb)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    t billing.notification_template;
    u record;
    params jsonb;
    subject text;
    body text;
    item record;
    chosen text;
    recipient text;
    new_id bigint;
    first_id bigint;
BEGIN
    IF NOT EXISTS (SELECT FROM billing.notification_template WHERE code = p_template) THEN
        RAISE EXCEPTION 'notification.unknown_template' USING DETAIL = p_template;
    END IF;
    SELECT id, login, email, phone INTO u FROM billing.portal_user WHERE id = p_portal_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'notification.unknown_portal_user' USING DETAIL = p_portal_user_id::text;
    END IF;
    params := p_params || pg_catalog.jsonb_build_object('login', u.login);
    -- One message per channel the template has a text for and the login has an address on
    -- (e-mail first); a login with none of them gets the first text on the address it has.
    FOR t IN SELECT * FROM billing.notification_template WHERE code = p_template ORDER BY channel LOOP
        recipient := CASE t.channel WHEN 'sms' THEN u.phone ELSE u.email END;
        CONTINUE WHEN recipient IS NULL;
        subject := t.subject;
        body := t.body;
        FOR item IN SELECT key, value FROM pg_catalog.jsonb_each_text(params) LOOP
            subject := pg_catalog.replace(subject, '{' || item.key || '}', coalesce(item.value, ''));
            body := pg_catalog.replace(body, '{' || item.key || '}', coalesce(item.value, ''));
        END LOOP;
        INSERT INTO billing.notification (portal_user_id, channel, recipient, template, subject, body)
        VALUES (u.id, t.channel, recipient, p_template, subject, body)
        RETURNING id INTO new_id;
        first_id := coalesce(first_id, new_id);
    END LOOP;
    IF first_id IS NOT NULL THEN
        RETURN first_id;
    END IF;
    SELECT * INTO t FROM billing.notification_template WHERE code = p_template ORDER BY channel LIMIT 1;
    chosen := CASE WHEN u.email IS NOT NULL THEN 'email' ELSE 'sms' END;
    recipient := CASE chosen WHEN 'sms' THEN u.phone ELSE u.email END;
    IF recipient IS NULL THEN
        RAISE EXCEPTION 'notification.no_recipient' USING DETAIL = p_portal_user_id::text;
    END IF;
    subject := t.subject;
    body := t.body;
    FOR item IN SELECT key, value FROM pg_catalog.jsonb_each_text(params) LOOP
        subject := pg_catalog.replace(subject, '{' || item.key || '}', coalesce(item.value, ''));
        body := pg_catalog.replace(body, '{' || item.key || '}', coalesce(item.value, ''));
    END LOOP;
    INSERT INTO billing.notification (portal_user_id, channel, recipient, template, subject, body)
    VALUES (u.id, chosen, recipient, p_template, subject, body)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$function$;

ALTER FUNCTION billing.enqueue_notification(bigint, text, jsonb) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.enqueue_notification(bigint, text, jsonb) FROM PUBLIC;
