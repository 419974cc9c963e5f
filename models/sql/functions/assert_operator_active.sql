-- The guard every console function runs first (PERFORM billing.assert_operator_active()).
-- It refuses an operator the registry says may not act:
-- * operator.disabled: disabled by an administrator. The registry row is read FOR SHARE,
--   so a call made while billing.disable_operator is running waits for the admin's
--   commit and is then refused, and a REPEATABLE READ snapshot taken before that commit
--   fails with a serialization error instead of acting on the old state;
-- * operator.password_bypassed: the login's password is not the one the console set
--   (ALTER ROLE … PASSWORD by the operator: no policy, no expiry, no audit) until an
--   administrator resets it.
-- Logins outside the registry (superusers, service logins of billing_sender) pass.
CREATE OR REPLACE FUNCTION billing.assert_operator_active()
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    me billing.operator;
BEGIN
    SELECT o.* INTO me FROM billing.operator o WHERE o.login = session_user FOR SHARE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF me.disabled THEN
        RAISE EXCEPTION 'operator.disabled' USING ERRCODE = 'insufficient_privilege',
            DETAIL = 'оператор отключён администратором';
    END IF;
    IF me.password_bypassed_at IS NOT NULL OR billing.password_set_outside(me.login) THEN
        RAISE EXCEPTION 'operator.password_bypassed' USING ERRCODE = 'insufficient_privilege',
            DETAIL = 'пароль изменён в обход консоли; обратитесь к администратору';
    END IF;
END
$function$;

ALTER FUNCTION billing.assert_operator_active() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.assert_operator_active() FROM PUBLIC;
