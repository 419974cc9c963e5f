CREATE OR REPLACE FUNCTION billing.new_bill(p_account_id bigint, p_period date, p_corrects bigint)
RETURNS billing.bill
LANGUAGE sql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
    INSERT INTO billing.bill (account_id, billing_period, receipt_number, formed_on, due_on,
                              amount, corrects_bill_id)
    VALUES (p_account_id, p_period,
            'R' || pg_catalog.to_char(p_period, 'YYYYMM')
                || pg_catalog.lpad(pg_catalog.nextval('billing.receipt_number_seq')::text, 9, '0'),
            billing.today(),
            greatest(billing.today(), (p_period + interval '1 month')::date + 24),
            0, p_corrects)
    RETURNING *
$function$;

ALTER FUNCTION billing.new_bill(bigint, date, bigint) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.new_bill(bigint, date, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.new_bill(bigint, date, bigint) TO billing_owner;
