-- One contact with a customer (a call, a visit, a portal message, an e-mail, a letter):
-- the channel, a topic of the supervisors' list, the facts checked to identify the
-- caller, a note and the outcome. The database stamps the time and the operator.
CREATE OR REPLACE FUNCTION billing.record_interaction(p_customer_id bigint, p_account_id bigint, p_channel text, p_topic text, p_identified_by text[], p_note text, p_outcome text)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    new_id bigint;
    facts text[];
BEGIN
    PERFORM billing.assert_operator_active();
    IF NOT EXISTS (SELECT FROM billing.customer c WHERE c.id = p_customer_id) THEN
        PERFORM billing.mod_fail('interaction.customer_not_found');
    END IF;
    IF p_account_id IS NOT NULL AND NOT EXISTS (
        SELECT FROM billing.account a WHERE a.id = p_account_id AND a.customer_id = p_customer_id) THEN
        PERFORM billing.mod_fail('interaction.account_not_customers');
    END IF;
    IF p_channel IS NULL OR p_channel <> ALL (ARRAY['phone', 'visit', 'portal', 'email', 'letter']) THEN
        PERFORM billing.mod_fail('interaction.channel');
    END IF;
    IF NOT EXISTS (SELECT FROM billing.interaction_topic t WHERE t.code = p_topic AND t.active) THEN
        PERFORM billing.mod_fail('interaction.topic');
    END IF;
    facts := ARRAY(SELECT DISTINCT f FROM pg_catalog.unnest(coalesce(p_identified_by, '{}'::text[])) AS f ORDER BY f);
    IF NOT facts <@ ARRAY['account_number', 'full_name', 'address', 'receipt_number',
                          'last_payment', 'meter_serial', 'passport'] THEN
        PERFORM billing.mod_fail('interaction.identification');
    END IF;
    IF pg_catalog.length(coalesce(p_note, '')) > 4000 THEN
        PERFORM billing.mod_fail('interaction.note_too_long');
    END IF;
    IF pg_catalog.length(coalesce(p_outcome, '')) > 1000 THEN
        PERFORM billing.mod_fail('interaction.outcome_too_long');
    END IF;
    INSERT INTO billing.interaction (customer_id, account_id, channel, topic, identified_by, note, outcome)
    VALUES (p_customer_id, p_account_id, p_channel, p_topic, facts,
            pg_catalog.btrim(coalesce(p_note, '')), pg_catalog.btrim(coalesce(p_outcome, '')))
    RETURNING id INTO new_id;
    RETURN new_id;
END
$function$;

ALTER FUNCTION billing.record_interaction(bigint, bigint, text, text, text[], text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.record_interaction(bigint, bigint, text, text, text[], text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.record_interaction(bigint, bigint, text, text, text[], text, text) TO billing_agent, billing_supervisor;
