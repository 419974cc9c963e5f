CREATE OR REPLACE FUNCTION billing.register_portal_login(p_region_id bigint, p_account_number text, p_receipt_number text, p_login text, p_email text, p_phone text)
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
BEGIN
    PERFORM billing.assert_operator_active();
    -- The rule set of the account's region, else the supplier's default one.
    SELECT * INTO rules FROM billing.portal_rule_set
     WHERE region_id = p_region_id OR region_id IS NULL
     ORDER BY region_id NULLS LAST LIMIT 1;
    IF NOT FOUND THEN
        PERFORM billing.mod_fail('registration.no_rules');
    END IF;
    IF pg_catalog.length(login_typed) < rules.login_min_length THEN
        PERFORM billing.mod_fail('registration.login_too_short', '23514');
    END IF;
    IF login_typed ~ '[[:space:]]' THEN
        PERFORM billing.mod_fail('registration.login_spaces', '23514');
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
    IF NOT billing.email_is_normal(address) THEN
        PERFORM billing.mod_fail('portal_user.email_format', '23514');
    END IF;
    IF EXISTS (SELECT FROM billing.portal_user WHERE email_key = pg_catalog.lower(address)) THEN
        PERFORM billing.mod_fail('portal_user.email_taken', '23505');
    END IF;
    IF number !~ '^\+7[0-9]{10}$' THEN
        PERFORM billing.mod_fail('portal_user.phone_format', '23514');
    END IF;
    IF EXISTS (SELECT FROM billing.portal_user WHERE phone = number) THEN
        PERFORM billing.mod_fail('portal_user.phone_taken', '23505');
    END IF;
    -- Ownership: the account number and the unique number of one of its receipts. The
    -- operator learns only that they do not match, never what billing holds.
    facts := billing.link_proof_facts(p_region_id, p_account_number);
    outcome := billing.link_proof_check('receipt_number', p_receipt_number, facts);
    IF NOT (outcome ->> 'matched')::boolean THEN
        PERFORM billing.mod_fail('registration.proof_failed');
    END IF;
    SELECT * INTO target FROM billing.account WHERE id = (facts ->> 'account_id')::bigint;
    SELECT * INTO owner FROM billing.customer WHERE id = target.customer_id;
    BEGIN
        -- No password: the customer sets it on the page the e-mail link opens (the rule
        -- set's password rules apply there); '!' matches no password.
        INSERT INTO billing.portal_user (login, email, phone, password_hash, kind, status, customer_id)
        VALUES (login_typed, address, number, '!', owner.kind, 'email_unconfirmed', owner.id)
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
    IF rules.sms_code THEN
        PERFORM billing.portal_send_code(u.id, u.version, 'registration');
    END IF;
    RETURN u.id;
END
$function$;

ALTER FUNCTION billing.register_portal_login(bigint, text, text, text, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.register_portal_login(bigint, text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.register_portal_login(bigint, text, text, text, text, text) TO billing_agent, billing_supervisor;
