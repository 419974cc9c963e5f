CREATE OR REPLACE FUNCTION billing.link_proof_facts(p_region_id bigint, p_account_number text)
 RETURNS jsonb
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    a record;
    owner_name text;
    payments jsonb;
BEGIN
    SELECT ac.id, ac.region_id, ac.customer_id, r.name AS region_name INTO a
      FROM account ac JOIN region r ON r.id = ac.region_id
     WHERE ac.number = regexp_replace(coalesce(p_account_number, ''), '[[:space:]-]+', '', 'g')
     ORDER BY (ac.region_id = p_region_id) DESC, ac.id
     LIMIT 1;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('account_found', false, 'region_matches', true);
    END IF;
    SELECT CASE WHEN c.kind = 'organisation' THEN c.name
                ELSE concat_ws(' ', c.last_name, c.first_name, c.middle_name) END
      INTO owner_name FROM customer c WHERE c.id = a.customer_id;
    SELECT coalesce(jsonb_agg(jsonb_build_object('amount', mod_money(p.amount),
                                                 'paid_on', p.paid_on)
                              ORDER BY p.paid_on DESC, p.id DESC), '[]')
      INTO payments
      FROM (SELECT p.id, p.amount, p.paid_on FROM payment p
             WHERE p.account_id = a.id AND p.amount > 0
               AND NOT EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id)
             ORDER BY p.paid_on DESC, p.id DESC LIMIT 13) AS p;
    RETURN jsonb_build_object(
        'account_found', true,
        'account_id', a.id,
        'region_matches', a.region_id = p_region_id,
        'account_region', a.region_name,
        'owner_name', owner_name,
        'previous_owner_names', (
            SELECT coalesce(jsonb_agg(prev.name ORDER BY prev.at DESC), '[]')
              FROM (SELECT DISTINCT ON (c.id) l.at,
                           CASE WHEN c.kind = 'organisation' THEN c.name
                                ELSE concat_ws(' ', c.last_name, c.first_name, c.middle_name)
                           END AS name
                      FROM audit_log l
                      JOIN customer c ON c.id = (l.old_values ->> 'customer_id')::bigint
                     WHERE l.table_name = 'account' AND l.row_key = a.id::text
                       AND l.action = 'UPDATE'
                       AND l.old_values ->> 'customer_id'
                           IS DISTINCT FROM l.new_values ->> 'customer_id'
                       AND c.id <> a.customer_id
                     ORDER BY c.id, l.at DESC) AS prev),
        'last_payment_amount', payments -> 0 ->> 'amount',
        'last_payment_date', payments -> 0 ->> 'paid_on',
        'earlier_payment_amounts', (
            SELECT coalesce(jsonb_agg(e.value ->> 'amount' ORDER BY e.ordinality), '[]')
              FROM jsonb_array_elements(payments) WITH ORDINALITY AS e(value, ordinality)
             WHERE e.ordinality > 1),
        'meter_serials', (
            SELECT coalesce(jsonb_agg(m.serial_number ORDER BY m.id), '[]')
              FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id
             WHERE mp.account_id = a.id AND m.removed_on IS NULL),
        'receipt_numbers', (
            SELECT coalesce(jsonb_agg(b.receipt_number ORDER BY b.billing_period DESC, b.id DESC),
                            '[]')
              FROM bill b WHERE b.account_id = a.id));
END
$function$;

ALTER FUNCTION billing.link_proof_facts(bigint, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.link_proof_facts(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.link_proof_facts(bigint, text) TO billing_agent, billing_supervisor;
