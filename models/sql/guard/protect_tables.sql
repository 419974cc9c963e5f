-- Payments, readings, bills, bill lines, the audit log and the print log keep their
-- triggers. DDL that touches one of these tables, a trigger, rule or policy on it, or a
-- function one of its triggers runs, is refused to everybody but a superuser, and a
-- superuser's is recorded in billing.audit_log (action 'DDL'). billing_owner, which the
-- console's functions run as, owns none of these tables anyway (billing_data_owner does):
-- this also stops whoever may act as the tables' owner.

CREATE OR REPLACE FUNCTION billing_guard.protect_tables_ddl()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    protected oid[] := ARRAY(
        SELECT pg_catalog.to_regclass(n)::oid
          FROM pg_catalog.unnest(ARRAY['billing.payment', 'billing.reading', 'billing.bill',
                                       'billing.bill_line', 'billing.audit_log',
                                       'billing.document_print']) AS n
         WHERE pg_catalog.to_regclass(n) IS NOT NULL);
    command record;
    target oid;
BEGIN
    FOR command IN SELECT * FROM pg_catalog.pg_event_trigger_ddl_commands() LOOP
        target := CASE command.classid
            WHEN 'pg_catalog.pg_class'::regclass THEN command.objid
            WHEN 'pg_catalog.pg_trigger'::regclass
                THEN (SELECT tg.tgrelid FROM pg_catalog.pg_trigger tg WHERE tg.oid = command.objid)
            WHEN 'pg_catalog.pg_rewrite'::regclass
                THEN (SELECT rw.ev_class FROM pg_catalog.pg_rewrite rw WHERE rw.oid = command.objid)
            WHEN 'pg_catalog.pg_policy'::regclass
                THEN (SELECT po.polrelid FROM pg_catalog.pg_policy po WHERE po.oid = command.objid)
            WHEN 'pg_catalog.pg_proc'::regclass
                THEN (SELECT tg.tgrelid FROM pg_catalog.pg_trigger tg
                       WHERE tg.tgfoid = command.objid AND tg.tgrelid = ANY (protected)
                       LIMIT 1)
        END;
        CONTINUE WHEN target IS NULL OR NOT target = ANY (protected);
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles r
                        WHERE r.rolname = current_user AND r.rolsuper) THEN
            RAISE EXCEPTION 'table.protected' USING ERRCODE = 'insufficient_privilege',
                DETAIL = pg_catalog.format('%s %s: the triggers of %s are kept; only a superuser '
                                           'may change them.', command.command_tag,
                                           command.object_identity, target::regclass);
        END IF;
        INSERT INTO billing.audit_log (operator, table_name, row_key, action, new_values)
        VALUES (session_user, (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = target),
                '', 'DDL',
                pg_catalog.jsonb_build_object(
                    'command', command.command_tag, 'object_type', command.object_type,
                    'object', command.object_identity, 'current_user', current_user::text,
                    'statement', pg_catalog.left(pg_catalog.current_query(), 2000)));
    END LOOP;
END
$function$;

CREATE OR REPLACE FUNCTION billing_guard.protect_tables_drop()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    dropped record;
BEGIN
    FOR dropped IN SELECT * FROM pg_catalog.pg_event_trigger_dropped_objects() LOOP
        CONTINUE WHEN dropped.object_type NOT IN ('table', 'trigger', 'rule', 'policy')
                   OR dropped.address_names[1] IS DISTINCT FROM 'billing'
                   OR NOT coalesce(dropped.address_names[2] = ANY (ARRAY[
                          'payment', 'reading', 'bill', 'bill_line', 'audit_log',
                          'document_print']), false);
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles r
                        WHERE r.rolname = current_user AND r.rolsuper) THEN
            RAISE EXCEPTION 'table.protected' USING ERRCODE = 'insufficient_privilege',
                DETAIL = pg_catalog.format('%s %s: the triggers of billing.%s are kept; only a '
                                           'superuser may change them.', TG_TAG,
                                           dropped.object_identity, dropped.address_names[2]);
        END IF;
        -- Dropping the audit log itself (a superuser dropping the schema) leaves no log.
        CONTINUE WHEN pg_catalog.to_regclass('billing.audit_log') IS NULL;
        INSERT INTO billing.audit_log (operator, table_name, row_key, action, new_values)
        VALUES (session_user, dropped.address_names[2], '', 'DDL',
                pg_catalog.jsonb_build_object(
                    'command', TG_TAG, 'object_type', dropped.object_type,
                    'object', dropped.object_identity, 'current_user', current_user::text,
                    'statement', pg_catalog.left(pg_catalog.current_query(), 2000)));
    END LOOP;
END
$function$;

REVOKE ALL ON FUNCTION billing_guard.protect_tables_ddl() FROM PUBLIC;
REVOKE ALL ON FUNCTION billing_guard.protect_tables_drop() FROM PUBLIC;

DROP EVENT TRIGGER IF EXISTS billing_protect_tables_ddl;
CREATE EVENT TRIGGER billing_protect_tables_ddl ON ddl_command_end
    EXECUTE FUNCTION billing_guard.protect_tables_ddl();
DROP EVENT TRIGGER IF EXISTS billing_protect_tables_drop;
CREATE EVENT TRIGGER billing_protect_tables_drop ON sql_drop
    EXECUTE FUNCTION billing_guard.protect_tables_drop();
