-- The INN an operator's cheques carry (ФФД 1.2 tag 1203, the cashier's INN); admins only.
-- NULL clears it (a cheque without the cashier's INN is still valid).
CREATE OR REPLACE FUNCTION billing.set_operator_inn(p_login text, p_inn text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    v_inn text := NULLIF(pg_catalog.btrim(coalesce(p_inn, '')), '');
BEGIN
    PERFORM billing.assert_operator_active();
    IF v_inn IS NOT NULL AND (v_inn !~ '^[0-9]{12}$' OR NOT billing.mod_inn_valid(v_inn)) THEN
        PERFORM billing.settings_fail('operator.inn', 'inn');
    END IF;
    UPDATE billing.operator o SET inn = v_inn WHERE o.login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'operator.unknown' USING ERRCODE = 'P0001';
    END IF;
END
$function$;

ALTER FUNCTION billing.set_operator_inn(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_operator_inn(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_operator_inn(text, text) TO billing_admin;
