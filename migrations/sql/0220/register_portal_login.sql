CREATE OR REPLACE FUNCTION billing.register_portal_login(p_region_id bigint, p_account_number text, p_receipt_number text, p_login text, p_email text, p_phone text, p_rule_set text DEFAULT NULL::text, p_proof_kind text DEFAULT NULL::text)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    rules billing.portal_rule_set;
    login_typed text := coalesce(p_login, '');
    address text := pg_catalog.btrim(coalesce(p_email, ''));
    number text := pg_catalog.btrim(coalesce(p_phone, ''));
    facts jsonb;
    outcome jsonb;
    target billing.account;
    owner billing.customer;
    u billing.portal_user;
    problems jsonb;
    kind text;
BEGIN
    PERFORM billing.assert_operator_active();
    -- The rule set named, else the account's region's, else the supplier's default one.
    rules := billing.portal_rules_for(p_rule_set, p_region_id);
    IF rules.code IS NULL THEN
        PERFORM billing.mod_fail('registration.no_rules');
    END IF;
    IF rules.login_is_email AND login_typed = '' THEN
        login_typed := address;
    END IF;
    problems := billing.portal_rule_problems(rules, login_typed, NULL, address, number);
    IF pg_catalog.jsonb_array_length(problems) > 0 THEN
        PERFORM billing.mod_fail(problems -> 0 ->> 'code', '23514');
    END IF;
    IF NOT billing.text_ok(login_typed, 64) THEN
        PERFORM billing.mod_fail('registration.login_format', '23514');
    END IF;
    IF EXISTS (SELECT FROM billing.portal_user WHERE login_key = pg_catalog.lower(login_typed)) THEN
        PERFORM billing.mod_fail('registration.login_taken', '23505');
    END IF;
    IF pg_catalog.strpos(address, '@') > 0 THEN
        address := pg_catalog.substring(address, '^(.*)@') || '@'
                   || pg_catalog.lower(pg_catalog.substring(address, '@([^@]*)$'));
    END IF;
    IF rules.login_is_email THEN
        login_typed := address;
    END IF;
    -- A portal that keeps e-mails unique refuses one any login has; one that lets an
    -- e-mail serve several logins (Inter RAO) refuses only one a unique-e-mail login owns.
    IF EXISTS (SELECT FROM billing.portal_user
                WHERE email_key = pg_catalog.lower(address) AND (rules.email_unique OR NOT email_shared)) THEN
        PERFORM billing.mod_fail('portal_user.email_taken', '23505');
    END IF;
    number := nullif(pg_catalog.regexp_replace(number, '[[:space:]()-]+', '', 'g'), '');
    IF number IS NOT NULL AND EXISTS (SELECT FROM billing.portal_user WHERE phone = number) THEN
        PERFORM billing.mod_fail('portal_user.phone_taken', '23505');
    END IF;
    kind := coalesce(p_proof_kind, rules.proof_kinds[1]);
    IF kind IS NULL OR kind <> ALL (rules.proof_kinds) THEN
        PERFORM billing.mod_fail('registration.proof_kind', '23514');
    END IF;
    -- Ownership: the account number and a proof of the rule set's kinds (Kamchatskenergo:
    -- the unique number of one of its receipts). The operator learns only that they do
    -- not match, never what billing holds.
    facts := billing.link_proof_facts(p_region_id, p_account_number);
    outcome := billing.link_proof_check(kind, p_receipt_number, facts);
    IF NOT (outcome ->> 'matched')::boolean THEN
        PERFORM billing.mod_fail('registration.proof_failed');
    END IF;
    SELECT * INTO target FROM billing.account WHERE id = (facts ->> 'account_id')::bigint;
    SELECT * INTO owner FROM billing.customer WHERE id = target.customer_id;
    BEGIN
        -- No password: the customer sets it on the page the e-mail link opens (the rule
        -- set's password rules apply there); '!' matches no password.
        INSERT INTO billing.portal_user (login, email, phone, password_hash, kind, status, customer_id,
                                         rule_set_code, email_shared)
        VALUES (login_typed, address, number, '!', owner.kind, 'email_unconfirmed', owner.id,
                rules.code, NOT rules.email_unique)
        RETURNING * INTO u;
    EXCEPTION WHEN unique_violation THEN
        PERFORM billing.mod_fail('registration.login_taken', '23505');
    END;
    INSERT INTO billing.account_link (portal_user_id, account_id) VALUES (u.id, target.id);
    PERFORM billing.record_portal_action(u, 'registered', NULL,
        pg_catalog.jsonb_build_object('rule_set', rules.code, 'account_id', target.id));
    SELECT * INTO u FROM billing.portal_user WHERE id = u.id;
    IF rules.email_link THEN
        PERFORM billing.enqueue_notification(u.id, 'email_confirmation');
    END IF;
    IF rules.sms_code AND u.phone IS NOT NULL THEN
        PERFORM billing.portal_send_code(u.id, u.version, 'registration');
    END IF;
    RETURN u.id;
END
$function$;

ALTER FUNCTION billing.register_portal_login(bigint, text, text, text, text, text, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.register_portal_login(bigint, text, text, text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.register_portal_login(bigint, text, text, text, text, text, text, text) TO billing_agent, billing_supervisor;
