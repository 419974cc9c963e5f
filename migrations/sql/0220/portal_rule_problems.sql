-- What a portal's rule set refuses in a new login's data: a JSON array of problems
-- (billing.mod_problem), empty when the portal accepts it. NULL arguments are not
-- checked (the console never sees the password, the customer sets it on the portal).
-- Mirrors models.domain.portal_rules.registration_problems; where each rule comes from
-- is noted on the rule set's row (billing.portal_rule_set.source, migration 0220).
CREATE OR REPLACE FUNCTION billing.portal_rule_problems(p_rules billing.portal_rule_set, p_login text, p_password text, p_email text, p_phone text)
RETURNS jsonb
LANGUAGE plpgsql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    problems jsonb := '[]';
    address text := pg_catalog.btrim(coalesce(p_email, ''));
    number text := pg_catalog.regexp_replace(coalesce(p_phone, ''), '[[:space:]()-]+', '', 'g');
BEGIN
    IF p_login IS NOT NULL THEN
        IF p_rules.login_is_email THEN
            -- The login is the e-mail itself (however short): an empty login takes it.
            IF p_login <> '' AND pg_catalog.lower(p_login) <> pg_catalog.lower(address) THEN
                problems := problems || billing.mod_problem('registration.login_not_email', 'login');
            END IF;
        ELSE
            IF pg_catalog.length(p_login) < p_rules.login_min_length THEN
                problems := problems || billing.mod_problem('registration.login_too_short', 'login',
                    pg_catalog.jsonb_build_object('min_length', p_rules.login_min_length));
            END IF;
            IF p_login ~ '[[:space:]]' THEN
                problems := problems || billing.mod_problem('registration.login_spaces', 'login');
            END IF;
            IF pg_catalog.length(p_login) > 64 OR p_login !~ '^[A-Za-z0-9._@[:space:]-]*$' THEN
                problems := problems || billing.mod_problem('registration.login_format', 'login');
            END IF;
        END IF;
    END IF;
    IF p_password IS NOT NULL THEN
        IF pg_catalog.length(p_password) < p_rules.password_min_length THEN
            problems := problems || billing.mod_problem('registration.password_too_short', 'password',
                pg_catalog.jsonb_build_object('min_length', p_rules.password_min_length));
        END IF;
        IF p_rules.password_needs_latin_and_digit
           AND (p_password !~ '[A-Za-z]' OR p_password !~ '[0-9]') THEN
            problems := problems || billing.mod_problem('registration.password_latin_and_digit', 'password');
        END IF;
    END IF;
    IF p_email IS NOT NULL AND NOT billing.email_is_normal(address) THEN
        problems := problems || billing.mod_problem('portal_user.email_format', 'email');
    END IF;
    IF p_phone IS NOT NULL THEN
        IF number = '' THEN
            IF p_rules.phone_required THEN
                problems := problems || billing.mod_problem('registration.phone_required', 'phone');
            END IF;
        ELSIF number !~ '^\+7[0-9]{10}$' THEN
            problems := problems || billing.mod_problem('portal_user.phone_format', 'phone');
        END IF;
    END IF;
    RETURN problems;
END
$function$;

ALTER FUNCTION billing.portal_rule_problems(billing.portal_rule_set, text, text, text, text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.portal_rule_problems(billing.portal_rule_set, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_rule_problems(billing.portal_rule_set, text, text, text, text) TO billing_owner;
