CREATE OR REPLACE FUNCTION billing.customer_history(p_customer_id bigint, p_limit integer DEFAULT 100, p_before_id bigint DEFAULT NULL::bigint)
RETURNS SETOF billing.audit_log
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    SELECT billing.assert_operator_active();
    SELECT * FROM billing.history_of(
        p_customer_id,
        ARRAY(SELECT id FROM billing.account WHERE customer_id = p_customer_id),
        p_limit, p_before_id)
$function$;

ALTER FUNCTION billing.customer_history(bigint, integer, bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.customer_history(bigint, integer, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.customer_history(bigint, integer, bigint) TO billing_agent, billing_cashier, billing_supervisor, billing_admin;
