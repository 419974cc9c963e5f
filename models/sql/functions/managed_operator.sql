CREATE OR REPLACE FUNCTION billing.managed_operator(p_login text)
RETURNS billing.operator
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    target billing.operator;
BEGIN
    SELECT * INTO target FROM billing.operator WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'operator.unknown' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION 'operator.self' USING ERRCODE = 'insufficient_privilege',
            DETAIL = 'An administrator cannot disable, regroup or reset themselves.';
    END IF;
    RETURN target;
END
$function$;

ALTER FUNCTION billing.managed_operator(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.managed_operator(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.managed_operator(text) TO billing_owner;
