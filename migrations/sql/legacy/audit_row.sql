CREATE OR REPLACE FUNCTION billing.audit_row()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    key_columns text[] := TG_ARGV;
    source jsonb := coalesce(new_row, old_row);
    row_key text;
BEGIN
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NEW;
    END IF;
    -- Never copy a password hash into the log: record only that it changed.
    IF source ? 'password_hash' THEN
        IF TG_OP = 'UPDATE' AND old_row -> 'password_hash' IS DISTINCT FROM new_row -> 'password_hash' THEN
            old_row := old_row - 'password_hash' || '{"password_hash": "***"}';
            new_row := new_row - 'password_hash' || '{"password_hash": "*** (changed)"}';
        ELSE
            old_row := old_row - 'password_hash';
            new_row := new_row - 'password_hash';
        END IF;
    END IF;
    SELECT string_agg(source ->> column_name, ',' ORDER BY ordinality)
      INTO row_key
      FROM unnest(key_columns) WITH ORDINALITY AS k(column_name, ordinality);
    INSERT INTO billing.audit_log (operator, table_name, row_key, action, old_values, new_values)
    VALUES (session_user, TG_TABLE_NAME, coalesce(row_key, ''), TG_OP, old_row, new_row);
    RETURN coalesce(NEW, OLD);
END
$function$;

ALTER FUNCTION billing.audit_row() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.audit_row() FROM PUBLIC;
