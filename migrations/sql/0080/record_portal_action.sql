CREATE OR REPLACE FUNCTION billing.record_portal_action(u billing.portal_user, p_action text, p_reason text, p_details jsonb)
RETURNS void
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    INSERT INTO billing.portal_action (portal_user_id, login, action, reason, details)
    VALUES (u.id, u.login, p_action, p_reason, p_details);
    UPDATE billing.portal_user SET version = version + 1 WHERE id = u.id;
$function$;

ALTER FUNCTION billing.record_portal_action(billing.portal_user, text, text, jsonb) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.record_portal_action(billing.portal_user, text, text, jsonb) FROM PUBLIC;
