-- The supplier's cheque settings (admins): the VAT rate of the cheque's item (a rate a
-- cheque can carry: 0 — no VAT, 5, 7, 10, 20, 22 %), the taxation system (ФФД 1.2 tag
-- 1055) and the settlement subject (tag 1212), on the region's supplier details row
-- (NULL: the default row) with the version the admin saw. The row must exist (the
-- supplier's details are saved first); audited by the table's trigger.
CREATE OR REPLACE FUNCTION billing.set_supplier_fiscal(p_region_id integer, p_vat_rate numeric,
                                                       p_taxation text, p_subject text,
                                                       p_expected_version integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    current_version integer;
    new_version integer;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_vat_rate IS NULL OR p_vat_rate NOT IN (0, 5, 7, 10, 20, 22) THEN
        PERFORM billing.settings_fail('supplier.fiscal_vat_rate', 'vat_rate');
    END IF;
    IF p_taxation IS NULL
       OR p_taxation NOT IN ('osn', 'usnIncome', 'usnIncomeOutcome', 'esn', 'patent') THEN
        PERFORM billing.settings_fail('supplier.fiscal_taxation', 'fiscal_taxation');
    END IF;
    IF p_subject IS NULL OR p_subject NOT IN ('commodity', 'service', 'job', 'another') THEN
        PERFORM billing.settings_fail('supplier.fiscal_subject', 'fiscal_subject');
    END IF;
    SELECT s.version INTO current_version FROM billing.supplier_details s
     WHERE s.region_id IS NOT DISTINCT FROM p_region_id FOR UPDATE;
    IF current_version IS NULL THEN
        PERFORM billing.settings_fail('supplier.fiscal_without_details');
    END IF;
    IF current_version IS DISTINCT FROM p_expected_version THEN
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
    UPDATE billing.supplier_details s
       SET vat_rate = p_vat_rate, fiscal_taxation = p_taxation, fiscal_subject = p_subject,
           version = s.version + 1, updated_by = SESSION_USER, updated_at = pg_catalog.now()
     WHERE s.region_id IS NOT DISTINCT FROM p_region_id
    RETURNING s.version INTO new_version;
    RETURN new_version;
END
$function$;

ALTER FUNCTION billing.set_supplier_fiscal(integer, numeric, text, text, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_supplier_fiscal(integer, numeric, text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_supplier_fiscal(integer, numeric, text, text, integer) TO billing_admin;
