-- Disables an operator for good, in the admin's one transaction: NOLOGIN, no group, the
-- registry's disabled flag, and the operator's open sessions ended.
-- The race: a session the operator opens after the sessions were ended but before the
-- admin's commit is not ended here. It can do nothing once the commit lands: it has no
-- group left (every SELECT and EXECUTE is refused), and every console function it calls
-- meanwhile waits on the registry row locked here and then refuses
-- (billing.assert_operator_active). A session holding that row (a console function
-- running or left in an open transaction) is ended until the lock is ours.
CREATE OR REPLACE FUNCTION billing.disable_operator(p_login text)
RETURNS billing.operator
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    changed billing.operator;
    member text;
    tries integer := 0;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_login = session_user THEN
        PERFORM billing.managed_operator(p_login);  -- refuses: operator.self
    END IF;
    LOOP
        BEGIN
            PERFORM FROM billing.operator o WHERE o.login = p_login FOR UPDATE NOWAIT;
            EXIT;
        EXCEPTION WHEN lock_not_available THEN
            tries := tries + 1;
            IF tries > 20 THEN
                RAISE;
            END IF;
            PERFORM pg_catalog.pg_terminate_backend(a.pid, 1000)
               FROM pg_catalog.pg_stat_activity a
              WHERE a.usename = p_login AND a.pid <> pg_catalog.pg_backend_pid();
        END;
    END LOOP;
    PERFORM billing.managed_operator(p_login);
    EXECUTE pg_catalog.format('ALTER ROLE %I NOLOGIN', p_login);
    FOR member IN
        SELECT g.rolname FROM pg_catalog.pg_auth_members m
          JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
          JOIN pg_catalog.pg_roles r ON r.oid = m.member
         WHERE r.rolname = p_login AND g.rolname LIKE 'billing\_%'
    LOOP
        EXECUTE pg_catalog.format('REVOKE %I FROM %I', member, p_login);
    END LOOP;
    UPDATE billing.operator SET disabled = true WHERE login = p_login RETURNING * INTO changed;
    -- A disabled operator who is still logged in is cut off now, not at their next login.
    PERFORM pg_catalog.pg_terminate_backend(a.pid)
       FROM pg_catalog.pg_stat_activity a
      WHERE a.usename = p_login AND a.pid <> pg_catalog.pg_backend_pid();
    RETURN changed;
END
$function$;

ALTER FUNCTION billing.disable_operator(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.disable_operator(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.disable_operator(text) TO billing_admin;
