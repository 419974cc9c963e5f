CREATE OR REPLACE FUNCTION billing.mod_fail(p_code text, p_errcode text DEFAULT 'P0001'::text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION USING MESSAGE = p_code, ERRCODE = p_errcode;
END
$function$;

ALTER FUNCTION billing.mod_fail(text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_fail(text, text) FROM PUBLIC;
