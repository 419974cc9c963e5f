CREATE OR REPLACE FUNCTION billing.edit_registration_review(p_id bigint, p_version integer, p_organisation_type text, p_organisation_name text, p_inn text, p_kpp text, p_ogrn text, p_contract_numbers text[])
RETURNS billing.registration_review
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    r billing.registration_review;
    kind text := billing.mod_trim(p_organisation_type);
    inn_typed text := pg_catalog.regexp_replace(coalesce(p_inn, ''), '[[:space:]]+', '', 'g');
    kpp_typed text := pg_catalog.regexp_replace(coalesce(p_kpp, ''), '[[:space:]]+', '', 'g');
    ogrn_typed text := pg_catalog.regexp_replace(coalesce(p_ogrn, ''), '[[:space:]]+', '', 'g');
    entrepreneur boolean := kind = 'ИП';
    -- An individual entrepreneur: 12-digit INN, 15-digit OGRNIP; an organisation: 10 and 13.
    inn_digits integer := CASE WHEN entrepreneur THEN 12 ELSE 10 END;
    ogrn_digits integer := CASE WHEN entrepreneur THEN 15 ELSE 13 END;
BEGIN
    PERFORM billing.assert_operator_active();
    r := billing.mod_locked_review(p_id, p_version);
    IF r.customer_kind <> 'organisation' THEN
        PERFORM billing.mod_fail('registration.not_organisation');
    END IF;
    IF kind <> ALL (billing.organisation_types()) THEN
        PERFORM billing.mod_fail('registration.organisation_type', '23514');
    END IF;
    IF inn_typed !~ pg_catalog.format('^[0-9]{%s}$', inn_digits) THEN
        PERFORM billing.mod_fail('registration.inn_kind', '23514');
    END IF;
    IF ogrn_typed <> '' AND ogrn_typed !~ pg_catalog.format('^[0-9]{%s}$', ogrn_digits) THEN
        PERFORM billing.mod_fail('registration.ogrn_kind', '23514');
    END IF;
    IF entrepreneur AND kpp_typed <> '' THEN
        PERFORM billing.mod_fail('registration.kpp_entrepreneur', '23514');
    END IF;
    UPDATE billing.registration_review
       SET organisation_type = kind,
           organisation_name = nullif(billing.mod_trim(p_organisation_name), ''),
           inn = inn_typed,
           kpp = nullif(kpp_typed, ''),
           ogrn = nullif(ogrn_typed, ''),
           contract_numbers = coalesce((SELECT pg_catalog.array_agg(billing.mod_trim(c)) FROM pg_catalog.unnest(p_contract_numbers)
                                        AS c WHERE billing.mod_trim(c) <> ''), '{}'),
           version = version + 1
     WHERE id = p_id RETURNING * INTO r;
    RETURN r;
END
$function$;

ALTER FUNCTION billing.edit_registration_review(bigint, integer, text, text, text, text, text, text[]) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.edit_registration_review(bigint, integer, text, text, text, text, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.edit_registration_review(bigint, integer, text, text, text, text, text, text[]) TO billing_supervisor;
