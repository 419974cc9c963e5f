-- An audit row image with its contacts masked, as operators read the history
-- (billing.history_of): phones and e-mails of customers and portal users, a notification's
-- recipient. Admins read the audit log itself, unmasked.
CREATE OR REPLACE FUNCTION billing.mask_contacts(p_table text, p_values jsonb)
RETURNS jsonb
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT CASE
        WHEN p_values IS NULL THEN NULL
        WHEN p_table IN ('customer', 'portal_user') THEN
            p_values
            || CASE WHEN p_values ? 'phone'
                    THEN pg_catalog.jsonb_build_object('phone', billing.mask_phone(p_values ->> 'phone'))
                    ELSE '{}'::jsonb END
            || CASE WHEN p_values ? 'email'
                    THEN pg_catalog.jsonb_build_object('email', billing.mask_email(p_values ->> 'email'))
                    ELSE '{}'::jsonb END
            || CASE WHEN p_values ? 'email_key'
                    THEN pg_catalog.jsonb_build_object('email_key', billing.mask_email(p_values ->> 'email_key'))
                    ELSE '{}'::jsonb END
        WHEN p_table = 'notification' AND p_values ? 'recipient' THEN
            p_values || pg_catalog.jsonb_build_object('recipient',
                CASE WHEN p_values ->> 'channel' = 'sms'
                     THEN billing.mask_phone(p_values ->> 'recipient')
                     ELSE billing.mask_email(p_values ->> 'recipient') END)
        ELSE p_values
    END
$function$;

ALTER FUNCTION billing.mask_contacts(text, jsonb) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mask_contacts(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mask_contacts(text, jsonb) TO billing_owner;
