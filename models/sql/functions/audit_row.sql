-- The audit trigger of every business table: one audit_log row per inserted, updated or
-- deleted row, attributed to session_user (the operator, also inside the console's
-- SECURITY DEFINER functions). Password hashes, password fingerprints and one-time codes
-- (portal_code.code_hash, notification.secret) never reach the log: only that they changed. It runs as the caller (billing_owner inside the console's
-- functions, a superuser for maintenance) and belongs to billing_data_owner, so the role
-- the console's functions run as can neither replace nor drop it.
CREATE OR REPLACE FUNCTION billing.audit_row()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN pg_catalog.to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN pg_catalog.to_jsonb(NEW) END;
    key_columns text[] := TG_ARGV;
    source jsonb := coalesce(new_row, old_row);
    secret text;
    row_key text;
BEGIN
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NEW;
    END IF;
    -- Never copy a secret into the log: record only that it changed.
    FOREACH secret IN ARRAY ARRAY['password_hash', 'fingerprint', 'code_hash', 'secret'] LOOP
        IF source ? secret THEN
            IF TG_OP = 'UPDATE' AND old_row -> secret IS DISTINCT FROM new_row -> secret THEN
                old_row := old_row - secret || pg_catalog.jsonb_build_object(secret, '***');
                new_row := new_row - secret || pg_catalog.jsonb_build_object(secret, '*** (changed)');
            ELSE
                old_row := old_row - secret;
                new_row := new_row - secret;
            END IF;
        END IF;
    END LOOP;
    SELECT pg_catalog.string_agg(source ->> column_name, ',' ORDER BY ordinality)
      INTO row_key
      FROM pg_catalog.unnest(key_columns) WITH ORDINALITY AS k(column_name, ordinality);
    INSERT INTO billing.audit_log (operator, table_name, row_key, action, old_values, new_values)
    VALUES (session_user, TG_TABLE_NAME, coalesce(row_key, ''), TG_OP, old_row, new_row);
    RETURN coalesce(NEW, OLD);
END
$function$;

ALTER FUNCTION billing.audit_row() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.audit_row() FROM PUBLIC;
