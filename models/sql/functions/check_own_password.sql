-- Asked by the console at login: true when the caller's password was set outside the
-- console. The first time it is noticed, the registry records when
-- (operator.password_bypassed_at, audited), so administrators see it; the console then
-- refuses the login with «пароль изменён в обход консоли; обратитесь к администратору».
-- Unlike every other console function it does not refuse (it is how the refusal is
-- explained and recorded); it changes nothing else.
CREATE OR REPLACE FUNCTION billing.check_own_password()
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    me billing.operator;
BEGIN
    SELECT o.* INTO me FROM billing.operator o WHERE o.login = session_user;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF me.password_bypassed_at IS NOT NULL THEN
        RETURN true;
    END IF;
    IF NOT billing.password_set_outside(me.login) THEN
        RETURN false;
    END IF;
    UPDATE billing.operator SET password_bypassed_at = pg_catalog.now()
     WHERE login = me.login AND password_bypassed_at IS NULL;
    RETURN true;
END
$function$;

ALTER FUNCTION billing.check_own_password() OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.check_own_password() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.check_own_password() TO billing_agent, billing_cashier, billing_supervisor, billing_admin;
