CREATE OR REPLACE FUNCTION billing.set_supplier_details(
    p_region_id integer, p_name text, p_inn text, p_kpp text, p_address text, p_phone text,
    p_email text, p_website text, p_bank_name text, p_bic text, p_settlement_account text,
    p_correspondent_account text, p_vat_rate numeric, p_expected_version integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    v_name text := pg_catalog.btrim(coalesce(p_name, ''));
    v_inn text := pg_catalog.btrim(coalesce(p_inn, ''));
    v_kpp text := pg_catalog.btrim(coalesce(p_kpp, ''));
    v_address text := pg_catalog.btrim(coalesce(p_address, ''));
    v_phone text := pg_catalog.btrim(coalesce(p_phone, ''));
    v_email text := pg_catalog.btrim(coalesce(p_email, ''));
    v_website text := pg_catalog.btrim(coalesce(p_website, ''));
    v_bank text := pg_catalog.btrim(coalesce(p_bank_name, ''));
    v_bic text := pg_catalog.btrim(coalesce(p_bic, ''));
    v_settlement text := pg_catalog.btrim(coalesce(p_settlement_account, ''));
    v_corr text := pg_catalog.btrim(coalesce(p_correspondent_account, ''));
    current_version integer;
    new_version integer;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_region_id IS NOT NULL
       AND NOT EXISTS (SELECT FROM billing.region r WHERE r.id = p_region_id) THEN
        PERFORM billing.settings_fail('settings.region_unknown');
    END IF;
    IF v_name = '' THEN
        PERFORM billing.settings_fail('supplier.name_required', 'name');
    ELSIF pg_catalog.length(v_name) > 160 THEN
        PERFORM billing.settings_fail('supplier.name_too_long', 'name');
    ELSIF pg_catalog.strpos(v_name, '|') > 0 THEN
        PERFORM billing.settings_fail('supplier.separator', 'name');
    END IF;
    IF v_inn !~ '^[0-9]{10}$' THEN
        PERFORM billing.settings_fail('supplier.inn_format', 'inn');
    ELSIF NOT billing.inn_checksum_ok(v_inn) THEN
        PERFORM billing.settings_fail('supplier.inn_checksum', 'inn');
    END IF;
    IF v_kpp !~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$' THEN
        PERFORM billing.settings_fail('supplier.kpp_format', 'kpp');
    END IF;
    IF v_address = '' THEN
        PERFORM billing.settings_fail('supplier.address_required', 'address');
    END IF;
    IF v_phone = '' THEN
        PERFORM billing.settings_fail('supplier.phone_required', 'phone');
    END IF;
    IF v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
        PERFORM billing.settings_fail('supplier.email_format', 'email');
    END IF;
    IF v_website !~ '^(https?://)?[^\s/@]+\.[^\s/@]+(/\S*)?$' THEN
        PERFORM billing.settings_fail('supplier.website_format', 'website');
    END IF;
    IF v_bank = '' THEN
        PERFORM billing.settings_fail('supplier.bank_name_required', 'bank_name');
    ELSIF pg_catalog.length(v_bank) > 45 THEN
        PERFORM billing.settings_fail('supplier.bank_name_too_long', 'bank_name');
    ELSIF pg_catalog.strpos(v_bank, '|') > 0 THEN
        PERFORM billing.settings_fail('supplier.separator', 'bank_name');
    END IF;
    IF v_bic !~ '^[0-9]{9}$' THEN
        PERFORM billing.settings_fail('supplier.bic_format', 'bic');
    END IF;
    IF v_settlement !~ '^[0-9]{20}$' THEN
        PERFORM billing.settings_fail('supplier.settlement_account_format', 'settlement_account');
    ELSIF NOT billing.bank_account_key_ok(v_bic, v_settlement, false) THEN
        PERFORM billing.settings_fail('supplier.settlement_account_key', 'settlement_account');
    END IF;
    IF v_corr !~ '^301[0-9]{17}$' THEN
        PERFORM billing.settings_fail('supplier.correspondent_account_format',
                                      'correspondent_account');
    ELSIF NOT billing.bank_account_key_ok(v_bic, v_corr, true) THEN
        PERFORM billing.settings_fail('supplier.correspondent_account_key',
                                      'correspondent_account');
    END IF;
    -- Only the rates a fiscal cheque can carry (ФФД 1.2 tag 1199): the bill's rate goes
    -- on the cheque of every payment of it.
    IF p_vat_rate IS NULL OR p_vat_rate NOT IN (0, 5, 7, 10, 20, 22) THEN
        PERFORM billing.settings_fail('supplier.vat_rate_range', 'vat_rate');
    END IF;
    -- The QR code's mandatory block (GOST R 56042-2014) must fit in 300 bytes.
    IF pg_catalog.octet_length('ST00012|Name=' || v_name || '|PersonalAcc=' || v_settlement
                               || '|BankName=' || v_bank || '|BIC=' || v_bic
                               || '|CorrespAcc=' || v_corr) > 300 THEN
        PERFORM billing.settings_fail('supplier.qr_block_too_long', 'name');
    END IF;

    SELECT s.version INTO current_version FROM billing.supplier_details s
     WHERE s.region_id IS NOT DISTINCT FROM p_region_id FOR UPDATE;
    IF current_version IS DISTINCT FROM p_expected_version THEN
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
    IF current_version IS NULL THEN
        BEGIN
            INSERT INTO billing.supplier_details (
                region_id, name, inn, kpp, address, phone, email, website, bank_name, bic,
                settlement_account, correspondent_account, vat_rate)
            VALUES (p_region_id, v_name, v_inn, v_kpp, v_address, v_phone, v_email, v_website,
                    v_bank, v_bic, v_settlement, v_corr, p_vat_rate)
            RETURNING version INTO new_version;
        EXCEPTION WHEN unique_violation THEN
            -- another admin created the row meanwhile
            PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
        END;
    ELSE
        UPDATE billing.supplier_details s
           SET name = v_name, inn = v_inn, kpp = v_kpp, address = v_address, phone = v_phone,
               email = v_email, website = v_website, bank_name = v_bank, bic = v_bic,
               settlement_account = v_settlement, correspondent_account = v_corr,
               vat_rate = p_vat_rate, version = s.version + 1,
               updated_by = SESSION_USER, updated_at = pg_catalog.now()
         WHERE s.region_id IS NOT DISTINCT FROM p_region_id
        RETURNING s.version INTO new_version;
    END IF;
    RETURN new_version;
END
$function$;

ALTER FUNCTION billing.set_supplier_details(integer, text, text, text, text, text, text, text, text, text, text, text, numeric, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_supplier_details(integer, text, text, text, text, text, text, text, text, text, text, text, numeric, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_supplier_details(integer, text, text, text, text, text, text, text, text, text, text, text, numeric, integer) TO billing_admin;
