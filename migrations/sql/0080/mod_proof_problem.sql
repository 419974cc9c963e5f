CREATE OR REPLACE FUNCTION billing.mod_proof_problem(p_kind text, p_value text, f jsonb)
RETURNS jsonb
LANGUAGE plpgsql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    typed text := billing.mod_trim(p_value);
    amount numeric;
    actual numeric;
    typed_prefix text;
    owner_word text;
    previous text;
    known int;
BEGIN
    IF typed = '' THEN
        RETURN billing.mod_problem('link_proof.value_missing', p_kind);
    END IF;
    IF p_kind = 'last_payment_amount' THEN
        amount := billing.mod_parse_amount(p_value);
        IF amount IS NULL THEN
            RETURN billing.mod_problem('link_proof.amount_unparseable', p_kind,
                               pg_catalog.jsonb_build_object('typed', typed));
        END IF;
        actual := (f ->> 'last_payment_amount')::numeric;
        IF actual IS NULL THEN
            RETURN billing.mod_problem('link_proof.no_payments', p_kind,
                               pg_catalog.jsonb_build_object('typed', billing.mod_money(amount)));
        END IF;
        IF amount = actual THEN
            RETURN NULL;
        END IF;
        IF EXISTS (SELECT FROM pg_catalog.jsonb_array_elements_text(f -> 'earlier_payment_amounts') AS e(v)
                    WHERE e.v::numeric = amount) THEN
            RETURN billing.mod_problem('link_proof.amount_matches_earlier_payment', p_kind,
                pg_catalog.jsonb_build_object('typed', billing.mod_money(amount), 'actual', billing.mod_money(actual),
                                   'paid_on', coalesce(f ->> 'last_payment_date', '')));
        END IF;
        RETURN billing.mod_problem('link_proof.amount_differs', p_kind,
            pg_catalog.jsonb_build_object('typed', billing.mod_money(amount), 'actual', billing.mod_money(actual),
                               'difference', billing.mod_money(pg_catalog.abs(amount - actual)),
                               'paid_on', coalesce(f ->> 'last_payment_date', '')));
    ELSIF p_kind = 'surname_prefix' THEN
        typed_prefix := billing.mod_surname_prefix(p_value);
        IF pg_catalog.length(typed_prefix) < 3 THEN
            RETURN billing.mod_problem('link_proof.surname_prefix_too_short', p_kind,
                               pg_catalog.jsonb_build_object('typed', typed, 'length', '3'));
        END IF;
        IF coalesce(f ->> 'owner_name', '') = '' THEN
            RETURN billing.mod_problem('link_proof.owner_unknown', p_kind,
                               pg_catalog.jsonb_build_object('typed', typed));
        END IF;
        owner_word := billing.mod_owner_surname(f ->> 'owner_name');
        IF billing.mod_surname_prefix(owner_word) = typed_prefix THEN
            RETURN NULL;
        END IF;
        FOR previous IN SELECT v FROM pg_catalog.jsonb_array_elements_text(f -> 'previous_owner_names')
                                    WITH ORDINALITY AS e(v, o) ORDER BY o LOOP
            IF billing.mod_surname_prefix(billing.mod_owner_surname(previous)) = typed_prefix THEN
                RETURN billing.mod_problem('link_proof.surname_matches_previous_owner', p_kind,
                    pg_catalog.jsonb_build_object('typed', typed, 'owner', owner_word,
                                       'previous_owner', billing.mod_owner_surname(previous)));
            END IF;
        END LOOP;
        RETURN billing.mod_problem('link_proof.surname_differs', p_kind,
                           pg_catalog.jsonb_build_object('typed', typed, 'owner', owner_word));
    ELSIF p_kind = 'meter_serial' THEN
        known := pg_catalog.jsonb_array_length(f -> 'meter_serials');
        IF known = 0 THEN
            RETURN billing.mod_problem('link_proof.no_meters', p_kind, pg_catalog.jsonb_build_object('typed', typed));
        END IF;
        IF EXISTS (SELECT FROM pg_catalog.jsonb_array_elements_text(f -> 'meter_serials') AS e(v)
                    WHERE billing.mod_serial_key(e.v) = billing.mod_serial_key(p_value)) THEN
            RETURN NULL;
        END IF;
        RETURN billing.mod_problem('link_proof.meter_unknown', p_kind,
                           pg_catalog.jsonb_build_object('typed', typed, 'known', known::text));
    ELSIF p_kind = 'receipt_number' THEN
        IF pg_catalog.jsonb_array_length(f -> 'receipt_numbers') = 0 THEN
            RETURN billing.mod_problem('link_proof.no_bills', p_kind, pg_catalog.jsonb_build_object('typed', typed));
        END IF;
        IF EXISTS (SELECT FROM pg_catalog.jsonb_array_elements_text(f -> 'receipt_numbers') AS e(v)
                    WHERE billing.mod_receipt_key(e.v) = billing.mod_receipt_key(p_value)) THEN
            RETURN NULL;
        END IF;
        RETURN billing.mod_problem('link_proof.receipt_unknown', p_kind, pg_catalog.jsonb_build_object('typed', typed));
    END IF;
    RAISE EXCEPTION 'link_request.proof_kind' USING ERRCODE = '23514', DETAIL = p_kind;
END
$function$;

ALTER FUNCTION billing.mod_proof_problem(text, text, jsonb) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_proof_problem(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_proof_problem(text, text, jsonb) TO billing_owner;
