"""Moderation: the automatic check of link requests, the supervisors' queues, the outbox sender.

* ``link_proof_facts`` / ``link_proof_check`` repeat the portal's automatic check in the
  database (mirroring ``models/domain/link_proofs.py``; tests compare both on the same
  cases), so neither an agent's console nor a portal can approve a link by claiming the
  proof matched.
* ``create_link_request`` / ``edit_link_request`` (agents and supervisors) run the check:
  a matching proof links the account at once, otherwise the request waits, with the
  failed rule in ``check_code``/``check_details``.
* ``moderation_claim_next`` (supervisors) takes the oldest unclaimed item of a queue with
  ``FOR UPDATE SKIP LOCKED`` and claims it for some minutes; ``moderation_release`` puts
  it back; ``decide_link_request`` / ``decide_registration_review`` approve or reject
  against the version the supervisor saw (``moderation.stale`` otherwise), and queue the
  customer's notification in the same transaction.
* The outbox sender (group ``billing_sender``, and supervisors, whose console can run
  it) claims due notifications with a lease, marks them sent or failed with exponential
  backoff, and lets them die after the last try; supervisors can resend by hand.

Revision ID: 0030
Revises: 0020
Create Date: 2026-11-23 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
SENDER = "billing_sender"
AGENTS = "billing_agent, billing_supervisor"
SUPERVISORS = "billing_supervisor"
READERS = "billing_agent, billing_cashier, billing_supervisor"

REASONS = (
    # code, queue, position, Russian text the customer reads
    (
        "proof_mismatch",
        "link_request",
        1,
        "данные для подтверждения не совпадают с данными биллинга",
    ),
    ("account_not_found", "link_request", 2, "лицевой счёт не найден в выбранном районе"),
    ("not_owner", "link_request", 3, "заявитель не является владельцем лицевого счёта"),
    ("duplicate", "link_request", 4, "повторная заявка"),
    ("other", "link_request", 9, "другая причина"),
    ("inn_invalid", "registration_review", 1, "ИНН указан с ошибкой"),
    ("not_customer", "registration_review", 2, "организация не является абонентом"),
    (
        "contracts_mismatch",
        "registration_review",
        3,
        "указанные договоры не принадлежат организации",
    ),
    ("account_not_found", "registration_review", 4, "лицевой счёт не найден"),
    ("incomplete", "registration_review", 5, "неполные данные регистрации"),
    ("other", "registration_review", 9, "другая причина"),
)

HELPERS = r"""
CREATE FUNCTION billing.mod_trim(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(coalesce(p, ''), '^[[:space:]]+|[[:space:]]+$', '', 'g');

CREATE FUNCTION billing.mod_money(p numeric) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN to_char(p, 'FM999999999990.00');

-- models.domain.link_proofs.parse_amount
CREATE FUNCTION billing.mod_parse_amount(p_text text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, billing AS $$
DECLARE
    cleaned text;
    whole_re constant text := '[0-9]{1,3}(?: [0-9]{3})+|[0-9]+';
    rub_re constant text := '(?:рублей|рубля|рубль|руб|р)\.?';
    kop_re constant text := '(?:копеек|копейки|копейка|коп|к)\.?';
    m text[];
    whole text;
BEGIN
    cleaned := btrim(regexp_replace(lower(coalesce(p_text, '')),
        '[[:space:]' || chr(160) || chr(8239) || chr(8201) || ''']+', ' ', 'g'), ' ');
    m := regexp_match(cleaned, '^(?:(' || whole_re || ') ?' || rub_re || ')? ?(?:([0-9]{1,2}) ?'
                                || kop_re || ')?$');
    IF m IS NOT NULL AND (m[1] IS NOT NULL OR m[2] IS NOT NULL) THEN
        RETURN coalesce(replace(m[1], ' ', '')::numeric, 0) + coalesce(m[2]::numeric / 100, 0);
    END IF;
    cleaned := regexp_replace(cleaned, '[[:space:]]*(?:₽|руб(?:лей|ля|ль)?\.?|р\.?|rub\.?)$', '');
    m := regexp_match(cleaned,
        '^([0-9]{1,3}(?:([ ,.])[0-9]{3})(?:\2[0-9]{3})*|[0-9]+)(?:([.,])([0-9]{1,2}))?$');
    IF m IS NULL THEN
        RETURN NULL;
    END IF;
    whole := m[1];
    IF m[2] IS NOT NULL THEN
        IF m[2] = m[3] THEN
            RETURN NULL;
        END IF;
        IF m[3] IS NULL AND m[2] <> ' '
           AND length(whole) - length(replace(whole, m[2], '')) = 1 THEN
            RETURN NULL;
        END IF;
        whole := replace(whole, m[2], '');
    END IF;
    RETURN (whole || coalesce('.' || m[4], ''))::numeric;
END
$$;

-- models.domain.text.surname_prefix(text, 3)
CREATE FUNCTION billing.mod_surname_prefix(p_text text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, billing AS $$
DECLARE
    word text;
    letters text;
BEGIN
    FOR word IN SELECT w FROM regexp_split_to_table(
            translate(lower(normalize(coalesce(p_text, ''), NFC)), 'ё', 'е'), '[[:space:]]+') AS w
    LOOP
        letters := regexp_replace(word, '[^[:alpha:]]', '', 'g');
        IF letters <> '' THEN
            RETURN left(letters, 3);
        END IF;
    END LOOP;
    RETURN '';
END
$$;

-- models.domain.link_proofs.owner_surname
CREATE FUNCTION billing.mod_owner_surname(p_name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, billing AS $$
DECLARE
    word text;
    letters text;
BEGIN
    FOR word IN SELECT w FROM regexp_split_to_table(coalesce(p_name, ''),
                                                   '[[:space:]"«»“”„'']+') AS w LOOP
        letters := btrim(word, '.,');
        IF letters <> '' AND lower(letters) NOT IN (
            'ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'муп', 'гуп', 'фгуп', 'нко', 'ано', 'чп', 'тсж')
        THEN
            RETURN letters;
        END IF;
    END LOOP;
    RETURN billing.mod_trim(p_name);
END
$$;

-- models.domain.search_keys.meter_serial_key
CREATE FUNCTION billing.mod_serial_key(p_serial text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (SELECT CASE WHEN kept = '' THEN '' WHEN ltrim(kept, '0') = '' THEN '0'
                    ELSE ltrim(kept, '0') END
        FROM (SELECT regexp_replace(
                  translate(upper(coalesce(p_serial, '')), 'АВЕКМНОРСТУХЁ', 'ABEKMHOPCTYXE'),
                  '[^[:alnum:]]', '', 'g') AS kept) AS k);

-- models.domain.search_keys.receipt_number_key
CREATE FUNCTION billing.mod_receipt_key(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (SELECT CASE WHEN c ~ '^[0-9]{15}$' AND substr(c, 1, 4)::int BETWEEN 2000 AND 2099
                         AND substr(c, 5, 2)::int BETWEEN 1 AND 12 THEN 'R' || c ELSE c END
        FROM (SELECT replace(upper(regexp_replace(coalesce(p_text, ''), '[[:space:]-]+', '', 'g')),
                             'Р', 'R') AS c) AS k);

-- INN check digits (models.domain.identifiers.validate_inn without the messages)
CREATE FUNCTION billing.mod_inn_valid(p_inn text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, billing AS $$
DECLARE
    d int[];
    w10 constant int[] := ARRAY[2, 4, 10, 3, 5, 9, 4, 6, 8];
    w11 constant int[] := ARRAY[7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    w12 constant int[] := ARRAY[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    s int;
BEGIN
    IF p_inn IS NULL OR p_inn !~ '^([0-9]{10}|[0-9]{12})$' OR p_inn LIKE '00%' THEN
        RETURN false;
    END IF;
    SELECT array_agg(x::int ORDER BY i) INTO d
      FROM unnest(string_to_array(p_inn, NULL)) WITH ORDINALITY AS t(x, i);
    IF length(p_inn) = 10 THEN
        SELECT sum(d[i] * w10[i]) INTO s FROM generate_series(1, 9) AS i;
        RETURN s % 11 % 10 = d[10];
    END IF;
    SELECT sum(d[i] * w11[i]) INTO s FROM generate_series(1, 10) AS i;
    IF s % 11 % 10 <> d[11] THEN
        RETURN false;
    END IF;
    SELECT sum(d[i] * w12[i]) INTO s FROM generate_series(1, 11) AS i;
    RETURN s % 11 % 10 = d[12];
END
$$;
"""

CHECK = r"""
-- What billing holds about the account a link request names (link_proofs.AccountFacts).
CREATE FUNCTION billing.link_proof_facts(p_region_id bigint, p_account_number text)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
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
$$;

CREATE FUNCTION billing.mod_problem(p_code text, p_field text, p_params jsonb DEFAULT '{}',
                                    p_severity text DEFAULT 'error')
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN jsonb_build_object('code', p_code, 'field', p_field, 'params', p_params,
                          'severity', p_severity);

-- The problem with the proof itself, or NULL when it matches (link_proofs._proof_problem).
CREATE FUNCTION billing.mod_proof_problem(p_kind text, p_value text, f jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, billing AS $$
DECLARE
    typed text := mod_trim(p_value);
    amount numeric;
    actual numeric;
    typed_prefix text;
    owner_word text;
    previous text;
    known int;
BEGIN
    IF typed = '' THEN
        RETURN mod_problem('link_proof.value_missing', p_kind);
    END IF;
    IF p_kind = 'last_payment_amount' THEN
        amount := mod_parse_amount(p_value);
        IF amount IS NULL THEN
            RETURN mod_problem('link_proof.amount_unparseable', p_kind,
                               jsonb_build_object('typed', typed));
        END IF;
        actual := (f ->> 'last_payment_amount')::numeric;
        IF actual IS NULL THEN
            RETURN mod_problem('link_proof.no_payments', p_kind,
                               jsonb_build_object('typed', mod_money(amount)));
        END IF;
        IF amount = actual THEN
            RETURN NULL;
        END IF;
        IF EXISTS (SELECT FROM jsonb_array_elements_text(f -> 'earlier_payment_amounts') AS e(v)
                    WHERE e.v::numeric = amount) THEN
            RETURN mod_problem('link_proof.amount_matches_earlier_payment', p_kind,
                jsonb_build_object('typed', mod_money(amount), 'actual', mod_money(actual),
                                   'paid_on', coalesce(f ->> 'last_payment_date', '')));
        END IF;
        RETURN mod_problem('link_proof.amount_differs', p_kind,
            jsonb_build_object('typed', mod_money(amount), 'actual', mod_money(actual),
                               'difference', mod_money(abs(amount - actual)),
                               'paid_on', coalesce(f ->> 'last_payment_date', '')));
    ELSIF p_kind = 'surname_prefix' THEN
        typed_prefix := mod_surname_prefix(p_value);
        IF length(typed_prefix) < 3 THEN
            RETURN mod_problem('link_proof.surname_prefix_too_short', p_kind,
                               jsonb_build_object('typed', typed, 'length', '3'));
        END IF;
        IF coalesce(f ->> 'owner_name', '') = '' THEN
            RETURN mod_problem('link_proof.owner_unknown', p_kind,
                               jsonb_build_object('typed', typed));
        END IF;
        owner_word := mod_owner_surname(f ->> 'owner_name');
        IF mod_surname_prefix(owner_word) = typed_prefix THEN
            RETURN NULL;
        END IF;
        FOR previous IN SELECT v FROM jsonb_array_elements_text(f -> 'previous_owner_names')
                                    WITH ORDINALITY AS e(v, o) ORDER BY o LOOP
            IF mod_surname_prefix(mod_owner_surname(previous)) = typed_prefix THEN
                RETURN mod_problem('link_proof.surname_matches_previous_owner', p_kind,
                    jsonb_build_object('typed', typed, 'owner', owner_word,
                                       'previous_owner', mod_owner_surname(previous)));
            END IF;
        END LOOP;
        RETURN mod_problem('link_proof.surname_differs', p_kind,
                           jsonb_build_object('typed', typed, 'owner', owner_word));
    ELSIF p_kind = 'meter_serial' THEN
        known := jsonb_array_length(f -> 'meter_serials');
        IF known = 0 THEN
            RETURN mod_problem('link_proof.no_meters', p_kind, jsonb_build_object('typed', typed));
        END IF;
        IF EXISTS (SELECT FROM jsonb_array_elements_text(f -> 'meter_serials') AS e(v)
                    WHERE mod_serial_key(e.v) = mod_serial_key(p_value)) THEN
            RETURN NULL;
        END IF;
        RETURN mod_problem('link_proof.meter_unknown', p_kind,
                           jsonb_build_object('typed', typed, 'known', known::text));
    ELSIF p_kind = 'receipt_number' THEN
        IF jsonb_array_length(f -> 'receipt_numbers') = 0 THEN
            RETURN mod_problem('link_proof.no_bills', p_kind, jsonb_build_object('typed', typed));
        END IF;
        IF EXISTS (SELECT FROM jsonb_array_elements_text(f -> 'receipt_numbers') AS e(v)
                    WHERE mod_receipt_key(e.v) = mod_receipt_key(p_value)) THEN
            RETURN NULL;
        END IF;
        RETURN mod_problem('link_proof.receipt_unknown', p_kind, jsonb_build_object('typed', typed));
    END IF;
    RAISE EXCEPTION 'link_request.proof_kind' USING ERRCODE = '23514', DETAIL = p_kind;
END
$$;

-- link_proofs.check_proof: {"matched": bool, "problems": [...]}, the deciding problem first.
CREATE FUNCTION billing.link_proof_check(p_kind text, p_value text, p_facts jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, billing AS $$
DECLARE
    proof jsonb;
    region text := coalesce(p_facts ->> 'account_region', '');
BEGIN
    IF NOT (p_facts ->> 'account_found')::boolean THEN
        RETURN jsonb_build_object('matched', false, 'problems',
            jsonb_build_array(mod_problem('link_proof.account_not_found', 'account_number')));
    END IF;
    proof := mod_proof_problem(p_kind, p_value, p_facts);
    IF (p_facts ->> 'region_matches')::boolean THEN
        RETURN jsonb_build_object('matched', proof IS NULL, 'problems',
            CASE WHEN proof IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(proof) END);
    END IF;
    RETURN jsonb_build_object('matched', false, 'problems', jsonb_build_array(
        mod_problem('link_proof.region_differs', 'region',
                    jsonb_build_object('account_region', region)),
        coalesce(proof, mod_problem('link_proof.matches_in_other_region', 'region',
                                    jsonb_build_object('account_region', region), 'warning'))));
END
$$;
"""

LINK_REQUESTS = r"""
CREATE FUNCTION billing.mod_fail(p_code text, p_errcode text DEFAULT 'P0001') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = p_code, ERRCODE = p_errcode;
END
$$;

-- Runs the automatic check on a new or edited request: links at once or leaves it pending.
CREATE FUNCTION billing.link_request_run_check(p_id bigint) RETURNS billing.link_request
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    r link_request;
    facts jsonb;
    outcome jsonb;
    lead_problem jsonb;
    in_region bigint;
BEGIN
    SELECT * INTO r FROM link_request WHERE id = p_id FOR UPDATE;
    facts := link_proof_facts(r.region_id, r.account_number);
    outcome := link_proof_check(r.proof_kind, r.proof_value, facts);
    lead_problem := outcome -> 'problems' -> 0;
    in_region := CASE WHEN (facts ->> 'account_found')::boolean
                       AND (facts ->> 'region_matches')::boolean
                      THEN (facts ->> 'account_id')::bigint END;
    IF (outcome ->> 'matched')::boolean THEN
        UPDATE link_request
           SET status = 'auto_approved', account_id = in_region, check_code = NULL,
               check_details = NULL, claimed_by = NULL, claimed_until = NULL,
               decided_by = session_user, decided_at = now(), updated_at = now(),
               version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        INSERT INTO account_link (portal_user_id, account_id, link_request_id)
        VALUES (r.portal_user_id, in_region, r.id) ON CONFLICT DO NOTHING;
        PERFORM enqueue_notification(r.portal_user_id, 'link_request_approved',
            jsonb_build_object('number', r.number, 'account_number', r.account_number));
    ELSE
        UPDATE link_request
           SET status = 'pending', account_id = in_region, check_code = lead_problem ->> 'code',
               check_details = lead_problem -> 'params', updated_at = now(), version = version + 1
         WHERE id = p_id RETURNING * INTO r;
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION billing.create_link_request(p_portal_user_id bigint, p_region_id bigint,
    p_account_number text, p_proof_kind text, p_proof_value text)
RETURNS billing.link_request
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u portal_user;
    number_typed text := regexp_replace(coalesce(p_account_number, ''), '[[:space:]-]+', '', 'g');
    new_id bigint;
    r link_request;
BEGIN
    -- Locking the portal user serialises two requests of one customer (double click).
    SELECT * INTO u FROM portal_user WHERE id = p_portal_user_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM mod_fail('link_request.portal_user_not_found');
    END IF;
    IF u.status <> 'active' THEN
        PERFORM mod_fail('link_request.portal_user_inactive');
    END IF;
    IF NOT EXISTS (SELECT FROM region WHERE id = p_region_id) THEN
        PERFORM mod_fail('link_request.region_required', '23514');
    END IF;
    IF number_typed = '' THEN
        PERFORM mod_fail('link_request.account_number_required', '23514');
    END IF;
    IF p_proof_kind IS NULL OR p_proof_kind NOT IN
            ('last_payment_amount', 'surname_prefix', 'meter_serial', 'receipt_number') THEN
        PERFORM mod_fail('link_request.proof_kind', '23514');
    END IF;
    IF mod_trim(p_proof_value) = '' THEN
        PERFORM mod_fail('link_request.proof_required', '23514');
    END IF;
    IF EXISTS (SELECT FROM account_link l JOIN account a ON a.id = l.account_id
                WHERE l.portal_user_id = u.id AND a.region_id = p_region_id
                  AND a.number = number_typed) THEN
        PERFORM mod_fail('link_request.already_linked');
    END IF;
    IF EXISTS (SELECT FROM link_request
                WHERE portal_user_id = u.id AND region_id = p_region_id
                  AND account_number = number_typed AND status IN ('new', 'pending')) THEN
        PERFORM mod_fail('link_request.duplicate');
    END IF;
    INSERT INTO link_request (portal_user_id, region_id, account_number, proof_kind, proof_value,
                              status)
    VALUES (u.id, p_region_id, number_typed, p_proof_kind, mod_trim(p_proof_value), 'new')
    RETURNING id INTO new_id;
    r := link_request_run_check(new_id);
    IF r.status = 'pending' THEN
        PERFORM enqueue_notification(r.portal_user_id, 'link_request_received',
            jsonb_build_object('number', r.number, 'account_number', r.account_number));
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION billing.mod_locked_link_request(p_id bigint, p_version integer)
RETURNS billing.link_request
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
DECLARE
    r link_request;
BEGIN
    SELECT * INTO r FROM link_request WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM mod_fail('moderation.not_found');
    END IF;
    IF r.version <> p_version THEN
        PERFORM mod_fail('moderation.stale');
    END IF;
    IF r.status NOT IN ('new', 'pending') THEN
        PERFORM mod_fail('moderation.already_decided');
    END IF;
    IF r.claimed_by IS NOT NULL AND r.claimed_by <> session_user AND r.claimed_until > now() THEN
        PERFORM mod_fail('moderation.claimed_by_other');
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION billing.edit_link_request(p_id bigint, p_version integer, p_region_id bigint,
    p_account_number text, p_proof_kind text, p_proof_value text)
RETURNS billing.link_request
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    r link_request;
    number_typed text := regexp_replace(coalesce(p_account_number, ''), '[[:space:]-]+', '', 'g');
BEGIN
    r := mod_locked_link_request(p_id, p_version);
    IF NOT EXISTS (SELECT FROM region WHERE id = p_region_id) THEN
        PERFORM mod_fail('link_request.region_required', '23514');
    END IF;
    IF number_typed = '' THEN
        PERFORM mod_fail('link_request.account_number_required', '23514');
    END IF;
    IF p_proof_kind IS NULL OR p_proof_kind NOT IN
            ('last_payment_amount', 'surname_prefix', 'meter_serial', 'receipt_number') THEN
        PERFORM mod_fail('link_request.proof_kind', '23514');
    END IF;
    IF mod_trim(p_proof_value) = '' THEN
        PERFORM mod_fail('link_request.proof_required', '23514');
    END IF;
    UPDATE link_request SET region_id = p_region_id, account_number = number_typed,
           proof_kind = p_proof_kind, proof_value = mod_trim(p_proof_value)
     WHERE id = p_id;
    RETURN link_request_run_check(p_id);
END
$$;

CREATE FUNCTION billing.mod_reason(p_queue text, p_code text, p_comment text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, billing AS $$
DECLARE
    reason_title text;
    note text := regexp_replace(mod_trim(p_comment), '[[:space:]]+', ' ', 'g');
BEGIN
    SELECT rr.title INTO reason_title FROM rejection_reason rr
     WHERE rr.queue = p_queue AND rr.code = p_code;
    IF NOT FOUND THEN
        PERFORM mod_fail('moderation.reason_required', '23514');
    END IF;
    IF p_code = 'other' AND note = '' THEN
        PERFORM mod_fail('moderation.comment_required', '23514');
    END IF;
    RETURN CASE WHEN note = '' THEN reason_title ELSE reason_title || ': ' || note END;
END
$$;

CREATE FUNCTION billing.decide_link_request(p_id bigint, p_version integer, p_approve boolean,
    p_reason_code text DEFAULT NULL, p_comment text DEFAULT NULL)
RETURNS billing.link_request
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    r link_request;
    target bigint;
    why text;
BEGIN
    r := mod_locked_link_request(p_id, p_version);
    IF p_approve THEN
        SELECT id INTO target FROM account
         WHERE region_id = r.region_id AND number = r.account_number;
        IF NOT FOUND THEN
            PERFORM mod_fail('moderation.account_not_found');
        END IF;
        UPDATE link_request
           SET status = 'approved', account_id = target, decided_by = session_user,
               decided_at = now(), reason = NULL, claimed_by = NULL, claimed_until = NULL,
               updated_at = now(), version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        INSERT INTO account_link (portal_user_id, account_id, link_request_id)
        VALUES (r.portal_user_id, target, r.id) ON CONFLICT DO NOTHING;
        PERFORM enqueue_notification(r.portal_user_id, 'link_request_approved',
            jsonb_build_object('number', r.number, 'account_number', r.account_number));
    ELSE
        why := mod_reason('link_request', p_reason_code, p_comment);
        UPDATE link_request
           SET status = 'rejected', decided_by = session_user, decided_at = now(), reason = why,
               claimed_by = NULL, claimed_until = NULL, updated_at = now(),
               version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        PERFORM enqueue_notification(r.portal_user_id, 'link_request_rejected',
            jsonb_build_object('number', r.number, 'account_number', r.account_number,
                               'reason', why));
    END IF;
    RETURN r;
END
$$;
"""

REVIEWS = r"""
CREATE FUNCTION billing.mod_locked_review(p_id bigint, p_version integer)
RETURNS billing.registration_review
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
DECLARE
    r registration_review;
BEGIN
    SELECT * INTO r FROM registration_review WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM mod_fail('moderation.not_found');
    END IF;
    IF r.version <> p_version THEN
        PERFORM mod_fail('moderation.stale');
    END IF;
    IF r.status <> 'pending' THEN
        PERFORM mod_fail('moderation.already_decided');
    END IF;
    IF r.claimed_by IS NOT NULL AND r.claimed_by <> session_user AND r.claimed_until > now() THEN
        PERFORM mod_fail('moderation.claimed_by_other');
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION billing.edit_registration_review(p_id bigint, p_version integer,
    p_organisation_name text, p_inn text, p_kpp text, p_ogrn text, p_contract_numbers text[])
RETURNS billing.registration_review
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    r registration_review;
BEGIN
    r := mod_locked_review(p_id, p_version);
    IF r.customer_kind <> 'organisation' THEN
        PERFORM mod_fail('registration.not_organisation');
    END IF;
    UPDATE registration_review
       SET organisation_name = nullif(mod_trim(p_organisation_name), ''),
           inn = nullif(regexp_replace(coalesce(p_inn, ''), '[[:space:]]+', '', 'g'), ''),
           kpp = nullif(regexp_replace(coalesce(p_kpp, ''), '[[:space:]]+', '', 'g'), ''),
           ogrn = nullif(regexp_replace(coalesce(p_ogrn, ''), '[[:space:]]+', '', 'g'), ''),
           contract_numbers = coalesce((SELECT array_agg(mod_trim(c)) FROM unnest(p_contract_numbers)
                                        AS c WHERE mod_trim(c) <> ''), '{}'),
           version = version + 1
     WHERE id = p_id RETURNING * INTO r;
    RETURN r;
END
$$;

CREATE FUNCTION billing.decide_registration_review(p_id bigint, p_version integer,
    p_approve boolean, p_reason_code text DEFAULT NULL, p_comment text DEFAULT NULL)
RETURNS billing.registration_review
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    r registration_review;
    owner_id bigint;
    why text;
BEGIN
    r := mod_locked_review(p_id, p_version);
    IF p_approve THEN
        IF r.customer_kind = 'organisation' THEN
            IF NOT mod_inn_valid(r.inn) THEN
                PERFORM mod_fail('registration.inn_invalid');
            END IF;
            SELECT id INTO owner_id FROM customer WHERE inn = r.inn ORDER BY id LIMIT 1;
            IF NOT FOUND THEN
                PERFORM mod_fail('registration.customer_not_found');
            END IF;
        ELSE
            SELECT customer_id INTO owner_id FROM account
             WHERE region_id = r.region_id AND number = r.account_number;
            IF NOT FOUND THEN
                PERFORM mod_fail('registration.account_not_found');
            END IF;
        END IF;
        UPDATE portal_user
           SET status = CASE WHEN status = 'awaiting_review' THEN 'active' ELSE status END,
               customer_id = owner_id, version = version + 1
         WHERE id = r.portal_user_id;
        INSERT INTO account_link (portal_user_id, account_id)
        SELECT r.portal_user_id, a.id FROM account a
         WHERE a.customer_id = owner_id
           AND ((a.region_id = r.region_id AND a.number = r.account_number)
                OR a.contract_id IN (SELECT id FROM contract
                                      WHERE customer_id = owner_id
                                        AND number = ANY (r.contract_numbers)))
        ON CONFLICT DO NOTHING;
        UPDATE registration_review
           SET status = 'approved', decided_by = session_user, decided_at = now(), reason = NULL,
               claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        PERFORM enqueue_notification(r.portal_user_id, 'registration_approved');
    ELSE
        why := mod_reason('registration_review', p_reason_code, p_comment);
        UPDATE registration_review
           SET status = 'rejected', decided_by = session_user, decided_at = now(), reason = why,
               claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING * INTO r;
        PERFORM enqueue_notification(r.portal_user_id, 'registration_rejected',
                                     jsonb_build_object('reason', why));
    END IF;
    RETURN r;
END
$$;
"""

CLAIMS = r"""
-- The oldest unclaimed (or abandoned) item of a queue, claimed for p_minutes. An item the
-- caller already holds comes back first, so pressing Next twice does not hoard items.
CREATE FUNCTION billing.moderation_claim_next(p_queue text, p_minutes integer DEFAULT 15)
RETURNS TABLE (item_id bigint, item_version integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    lease interval := make_interval(mins => least(greatest(coalesce(p_minutes, 15), 1), 240));
    found_id bigint;
BEGIN
    IF p_queue = 'link_request' THEN
        SELECT id INTO found_id FROM link_request
         WHERE status IN ('new', 'pending') AND claimed_by = session_user AND claimed_until > now()
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF found_id IS NULL THEN
            SELECT id INTO found_id FROM link_request
             WHERE status IN ('new', 'pending')
               AND (claimed_until IS NULL OR claimed_until <= now())
             ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        END IF;
        IF found_id IS NULL THEN
            RETURN;
        END IF;
        RETURN QUERY UPDATE link_request
           SET claimed_by = session_user, claimed_until = now() + lease, version = version + 1
         WHERE id = found_id RETURNING id, version;
    ELSIF p_queue = 'registration_review' THEN
        SELECT id INTO found_id FROM registration_review
         WHERE status = 'pending' AND claimed_by = session_user AND claimed_until > now()
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF found_id IS NULL THEN
            SELECT id INTO found_id FROM registration_review
             WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until <= now())
             ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED;
        END IF;
        IF found_id IS NULL THEN
            RETURN;
        END IF;
        RETURN QUERY UPDATE registration_review
           SET claimed_by = session_user, claimed_until = now() + lease, version = version + 1
         WHERE id = found_id RETURNING id, version;
    ELSE
        PERFORM mod_fail('moderation.unknown_queue', '22023');
    END IF;
END
$$;

-- Puts a claimed item back in the queue; returns its new version.
CREATE FUNCTION billing.moderation_release(p_queue text, p_id bigint, p_version integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    new_version integer;
BEGIN
    IF p_queue = 'link_request' THEN
        PERFORM mod_locked_link_request(p_id, p_version);
        UPDATE link_request SET claimed_by = NULL, claimed_until = NULL, version = version + 1
         WHERE id = p_id RETURNING version INTO new_version;
    ELSIF p_queue = 'registration_review' THEN
        PERFORM mod_locked_review(p_id, p_version);
        UPDATE registration_review SET claimed_by = NULL, claimed_until = NULL,
               version = version + 1
         WHERE id = p_id RETURNING version INTO new_version;
    ELSE
        PERFORM mod_fail('moderation.unknown_queue', '22023');
    END IF;
    RETURN new_version;
END
$$;
"""

OUTBOX = r"""
-- Due messages, leased to one sender for p_lease_seconds (attempts counts the try).
-- p_due_before: only messages due by then (one pass does not retry its own failures).
CREATE FUNCTION billing.notification_claim(p_limit integer DEFAULT 20,
                                           p_lease_seconds integer DEFAULT 120,
                                           p_due_before timestamptz DEFAULT NULL)
RETURNS SETOF billing.notification
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
    WITH due AS (
        SELECT id FROM notification
         WHERE status IN ('queued', 'failed')
           AND next_attempt_at <= least(clock_timestamp(), coalesce(p_due_before, 'infinity'))
         ORDER BY next_attempt_at, id
         LIMIT least(greatest(coalesce(p_limit, 20), 1), 500)
           FOR UPDATE SKIP LOCKED)
    UPDATE notification n
       SET attempts = n.attempts + 1,
           next_attempt_at = clock_timestamp()
               + make_interval(secs => least(greatest(coalesce(p_lease_seconds, 120), 1), 3600))
      FROM due WHERE n.id = due.id
    RETURNING n.*;
$$;

-- The gateway accepted try p_attempt; false when another sender's later try owns the row.
CREATE FUNCTION billing.notification_mark_sent(p_id bigint, p_attempt integer) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
BEGIN
    UPDATE notification SET status = 'sent', sent_at = now(), last_error = NULL
     WHERE id = p_id AND attempts = p_attempt AND status IN ('queued', 'failed');
    RETURN FOUND;
END
$$;

-- Try p_attempt failed: retry after backoff * 2^(attempt-1), or dead after the last try.
CREATE FUNCTION billing.notification_mark_failed(p_id bigint, p_attempt integer, p_error text,
    p_max_attempts integer, p_backoff_seconds integer, p_permanent boolean DEFAULT false)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    new_status text;
BEGIN
    UPDATE notification
       SET status = CASE WHEN p_permanent OR attempts >= greatest(coalesce(p_max_attempts, 1), 1)
                         THEN 'dead' ELSE 'failed' END,
           last_error = left(coalesce(p_error, ''), 2000),
           next_attempt_at = clock_timestamp() + least(
               make_interval(secs => greatest(coalesce(p_backoff_seconds, 1), 0)
                                     * power(2, greatest(attempts - 1, 0))),
               interval '1 day')
     WHERE id = p_id AND attempts = p_attempt AND status IN ('queued', 'failed')
    RETURNING status INTO new_status;
    RETURN new_status;
END
$$;

-- A supervisor sends a failed or dead message again (a fresh series of tries).
CREATE FUNCTION billing.notification_resend(p_id bigint) RETURNS billing.notification
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    n notification;
BEGIN
    SELECT * INTO n FROM notification WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM mod_fail('notification.not_found');
    END IF;
    IF n.status NOT IN ('failed', 'dead') THEN
        PERFORM mod_fail('notification.not_resendable');
    END IF;
    UPDATE notification SET status = 'queued', attempts = 0, next_attempt_at = now(),
           last_error = NULL
     WHERE id = p_id RETURNING * INTO n;
    RETURN n;
END
$$;
"""

INTERNAL = (
    "mod_trim(text)",
    "mod_money(numeric)",
    "mod_parse_amount(text)",
    "mod_surname_prefix(text)",
    "mod_owner_surname(text)",
    "mod_serial_key(text)",
    "mod_receipt_key(text)",
    "mod_inn_valid(text)",
    "mod_problem(text, text, jsonb, text)",
    "mod_proof_problem(text, text, jsonb)",
    "link_proof_check(text, text, jsonb)",
    "mod_fail(text, text)",
    "link_request_run_check(bigint)",
    "mod_locked_link_request(bigint, integer)",
    "mod_reason(text, text, text)",
    "mod_locked_review(bigint, integer)",
)
GRANTED = {
    "link_proof_facts(bigint, text)": AGENTS,
    "create_link_request(bigint, bigint, text, text, text)": AGENTS,
    "edit_link_request(bigint, integer, bigint, text, text, text)": AGENTS,
    "decide_link_request(bigint, integer, boolean, text, text)": SUPERVISORS,
    "edit_registration_review(bigint, integer, text, text, text, text, text[])": SUPERVISORS,
    "decide_registration_review(bigint, integer, boolean, text, text)": SUPERVISORS,
    "moderation_claim_next(text, integer)": SUPERVISORS,
    "moderation_release(text, bigint, integer)": SUPERVISORS,
    "notification_claim(integer, integer, timestamptz)": f"{SUPERVISORS}, {SENDER}",
    "notification_mark_sent(bigint, integer)": f"{SUPERVISORS}, {SENDER}",
    "notification_mark_failed(bigint, integer, text, integer, integer, boolean)": (
        f"{SUPERVISORS}, {SENDER}"
    ),
    "notification_resend(bigint)": SUPERVISORS,
}


def upgrade() -> None:
    op.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{SENDER}') THEN "
        f"CREATE ROLE {SENDER} NOLOGIN; END IF; END $$"
    )
    op.execute(f"GRANT USAGE ON SCHEMA billing TO {SENDER}")
    op.create_table(
        "rejection_reason",
        sa.Column("queue", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "queue IN ('link_request', 'registration_review')",
            name=op.f("ck_rejection_reason_queue"),
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_rejection_reason_title_present")),
        sa.PrimaryKeyConstraint("queue", "code", name=op.f("pk_rejection_reason")),
        schema="billing",
    )
    op.execute(f"ALTER TABLE billing.rejection_reason OWNER TO {OWNER}")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.rejection_reason "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('queue', 'code')"
    )
    reason = sa.table(
        "rejection_reason",
        sa.column("queue"),
        sa.column("code"),
        sa.column("position"),
        sa.column("title"),
        schema="billing",
    )
    op.bulk_insert(
        reason,
        [
            {"code": code, "queue": queue, "position": position, "title": title}
            for code, queue, position, title in REASONS
        ],
    )
    op.execute(f"GRANT SELECT ON billing.rejection_reason TO {READERS}")
    for block in (HELPERS, CHECK, LINK_REQUESTS, REVIEWS, CLAIMS, OUTBOX):
        # «(?:рублей» would read as a bind parameter: escape the colons of the regexes.
        op.execute(sa.text(block.replace("(?:", "(?\\:")))
    for signature in (*INTERNAL, *GRANTED):
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
    for signature, groups in GRANTED.items():
        op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {groups}")


def downgrade() -> None:
    for signature in (*GRANTED, *reversed(INTERNAL)):
        op.execute(f"DROP FUNCTION IF EXISTS billing.{signature}")
    op.drop_table("rejection_reason", schema="billing")
    op.execute(f"REVOKE USAGE ON SCHEMA billing FROM {SENDER}")
