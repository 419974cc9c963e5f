CREATE OR REPLACE FUNCTION billing.portal_send_code(p_id bigint, p_version integer, p_purpose text)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    u billing.portal_user;
    t billing.notification_template;
    new_code text;
    message_id bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    u := billing.locked_portal_user(p_id, p_version);
    IF p_purpose IS NULL OR p_purpose NOT IN ('login', 'registration') THEN
        PERFORM billing.mod_fail('portal_code.purpose', '23514');
    END IF;
    IF u.status = 'blocked' THEN
        RAISE EXCEPTION 'portal_user.blocked' USING ERRCODE = 'P0001';
    END IF;
    IF u.phone IS NULL THEN
        PERFORM billing.mod_fail('portal_user.no_phone');
    END IF;
    SELECT * INTO t FROM billing.notification_template WHERE code = 'portal_code' AND channel = 'sms';
    -- Six digits from the server's strong random source; only the sender reads the code
    -- (notification.secret), the table keeps its hash.
    new_code := pg_catalog.lpad(((('x' || pg_catalog.substr(pg_catalog.md5(pg_catalog.gen_random_uuid()::text), 1, 8))::bit(32)::bigint
                              % 1000000))::text, 6, '0');
    -- Earlier codes of the same purpose stop working.
    UPDATE billing.portal_code SET revoked_at = pg_catalog.now()
     WHERE portal_user_id = u.id AND purpose = p_purpose AND used_at IS NULL AND revoked_at IS NULL;
    INSERT INTO billing.notification (portal_user_id, channel, recipient, template, subject, body, secret)
    VALUES (u.id, 'sms', u.phone, 'portal_code', t.subject, t.body, new_code)
    RETURNING id INTO message_id;
    INSERT INTO billing.portal_code (portal_user_id, purpose, code_hash, notification_id, expires_at)
    VALUES (u.id, p_purpose,
            pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(u.id::text || ':' || new_code, 'UTF8')), 'hex'),
            message_id, pg_catalog.now() + interval '10 minutes');
    PERFORM billing.record_portal_action(u, 'code_sent', NULL,
        pg_catalog.jsonb_build_object('purpose', p_purpose));
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_send_code(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_send_code(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_send_code(bigint, integer, text) TO billing_agent, billing_supervisor;
