CREATE OR REPLACE FUNCTION billing.record_print(p_kind text, p_document_key text, p_account_id bigint)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    v_copy integer;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_document_key IS NULL OR p_document_key = '' THEN
        RAISE EXCEPTION 'print.key_required' USING ERRCODE = 'P0001';
    END IF;
    -- Two prints of one document never get the same copy number: the unique index on
    -- (kind, document_key, copy_number) decides. A concurrent print that took the number
    -- first makes the insert do nothing; the next number is tried. No advisory lock: any
    -- role can take those and hold up everyone's printing.
    LOOP
        SELECT coalesce(pg_catalog.max(dp.copy_number), 0) + 1 INTO v_copy
          FROM billing.document_print dp
         WHERE dp.kind = p_kind AND dp.document_key = p_document_key;
        INSERT INTO billing.document_print (kind, document_key, copy_number, account_id)
        VALUES (p_kind, p_document_key, v_copy, p_account_id)
        ON CONFLICT (kind, document_key, copy_number) DO NOTHING;
        IF FOUND THEN
            RETURN v_copy;
        END IF;
    END LOOP;
END
$function$;

ALTER FUNCTION billing.record_print(text, text, bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.record_print(text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.record_print(text, text, bigint) TO billing_agent, billing_cashier, billing_supervisor;
