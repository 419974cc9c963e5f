-- An agent or supervisor registers a caller's appeal (often right after recording the
-- call: p_interaction_id). The number and the 3-working-day deadline come from
-- billing.appeal_stamp; it starts as «new», unassigned, in the supervisors' queue.
CREATE OR REPLACE FUNCTION billing.register_appeal(p_customer_id bigint, p_account_id bigint, p_kind text, p_body text, p_interaction_id bigint DEFAULT NULL::bigint)
RETURNS TABLE(appeal_id bigint, appeal_number text, appeal_deadline date)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    body text := pg_catalog.btrim(coalesce(p_body, ''));
BEGIN
    PERFORM billing.assert_operator_active();
    IF NOT EXISTS (SELECT FROM billing.customer c WHERE c.id = p_customer_id) THEN
        PERFORM billing.mod_fail('interaction.customer_not_found');
    END IF;
    IF p_account_id IS NOT NULL AND NOT EXISTS (
        SELECT FROM billing.account a WHERE a.id = p_account_id AND a.customer_id = p_customer_id) THEN
        PERFORM billing.mod_fail('interaction.account_not_customers');
    END IF;
    IF p_kind IS NULL OR p_kind <> ALL (ARRAY['feedback', 'complaint', 'general', 'change_of_details']) THEN
        PERFORM billing.mod_fail('appeal.kind');
    END IF;
    IF body = '' THEN
        PERFORM billing.mod_fail('appeal.text_required');
    END IF;
    IF pg_catalog.length(body) > 8000 THEN
        PERFORM billing.mod_fail('appeal.text_too_long');
    END IF;
    IF p_interaction_id IS NOT NULL AND NOT EXISTS (
        SELECT FROM billing.interaction i
         WHERE i.id = p_interaction_id AND i.customer_id = p_customer_id) THEN
        PERFORM billing.mod_fail('appeal.interaction_not_customers');
    END IF;
    RETURN QUERY
    INSERT INTO billing.appeal (kind, source, customer_id, account_id, interaction_id, body)
    VALUES (p_kind, 'agent', p_customer_id, p_account_id, p_interaction_id, body)
    RETURNING id, number, deadline;
END
$function$;

ALTER FUNCTION billing.register_appeal(bigint, bigint, text, text, bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.register_appeal(bigint, bigint, text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.register_appeal(bigint, bigint, text, text, bigint) TO billing_agent, billing_supervisor;
