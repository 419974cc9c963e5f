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
    -- One print at a time per document, so two prints never get the same copy number.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext(p_kind || ':' || p_document_key));
    SELECT coalesce(pg_catalog.max(copy_number), 0) + 1 INTO v_copy FROM billing.document_print
     WHERE kind = p_kind AND document_key = p_document_key;
    INSERT INTO billing.document_print (kind, document_key, copy_number, account_id)
    VALUES (p_kind, p_document_key, v_copy, p_account_id);
    RETURN v_copy;
END
$function$;

ALTER FUNCTION billing.record_print(text, text, bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.record_print(text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.record_print(text, text, bigint) TO billing_agent, billing_cashier, billing_supervisor;
