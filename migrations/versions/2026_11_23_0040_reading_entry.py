"""Reading entry: operators confirm meter readings, which form the bill; supervisors correct.

How the console and the database share the work:

* The console checks an entry the way a billing clerk would (``models.domain.
  reading_checks``: warnings, plausibility, rollover offers) and prices the
  consumption with ``models.domain.consumption.split_by_tariffs`` (the one
  implementation of the kWh and kopeck rounding). It passes the priced parts to
  ``billing.confirm_readings``.
* The function trusts none of it. With the meter row locked (``FOR UPDATE``) it
  re-checks every hard rule (future date, before installation or the previous
  reading, removed meter, digits, decimals, missing or unknown zone, duplicate date,
  a value below the previous one without a rollover), recomputes each zone's
  consumption from the stored readings, and verifies that the parts add up to it
  exactly, lie end to end over the reading period, carry the tariff in force on their
  days, and are priced ``round(kWh x rate, 2)``. Only then does it insert the readings
  (source ``operator``, ``entered_by`` = session_user) and the bill with its lines and
  a new receipt number, in the caller's one transaction.
* Optimistic concurrency: the caller names the meter's latest reading it saw; if
  another operator saved a reading meanwhile the function raises ``reading.stale``
  with SQLSTATE 40001 (the console shows a conflict and keeps the typed values).
* Idempotency: readings carry the caller's key; a retry with the same key returns the
  first call's result (``replayed``) and writes nothing.
* One bill per account and period: if the period already has a bill (a second meter
  of the account, or a second reading in the month), the new bill is a supplementary
  one naming it in ``corrects_bill_id`` and carrying only the new lines.
* ``billing.correct_reading`` (supervisors) adds a correcting reading (``corrects_id``
  and a reason) for the latest reading of a zone and re-forms the bill that reading
  formed as a correction bill: a reversal line (kind ``correction``, negative) for each
  old electricity line and new electricity lines, so the bill's amount is the
  difference.

Receipt numbers of the bills formed here come from ``billing.receipt_number_seq``,
starting at 500000000: ``'R' || YYYYMM || 9 digits`` never collides with demo ones.

Revision ID: 0040
Revises: 0030
Create Date: 2026-11-23 16:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0040"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"

HELPERS = r"""
CREATE FUNCTION billing.reading_fail(code text, field text DEFAULT NULL,
                                     state text DEFAULT 'P0001') RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
BEGIN
    -- MESSAGE is the problem code, DETAIL the form field it belongs to.
    RAISE EXCEPTION USING MESSAGE = code, DETAIL = coalesce(field, ''), ERRCODE = state;
END
$$;

CREATE FUNCTION billing.zone_line_description(zones integer, zone text, part_from date,
                                              parts integer) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, billing AS $$
    SELECT 'Электроэнергия'
        || CASE zones WHEN 1 THEN '' ELSE ', ' ||
               CASE WHEN zones = 2 THEN (ARRAY['день', 'ночь'])[substr(zone, 2)::int]
                    ELSE (ARRAY['пик', 'ночь', 'полупик'])[substr(zone, 2)::int] END END
        || CASE WHEN parts > 1 THEN ' (с ' || to_char(part_from, 'DD.MM.YYYY') || ')' ELSE '' END
$$;

-- The zone's reading a new value is compared with: the latest actual one on or before
-- the date (estimated ones only if there is no actual one), ignoring superseded ones.
CREATE FUNCTION billing.zone_baseline(p_meter_id bigint, p_zone text, p_before date)
RETURNS billing.reading
LANGUAGE sql STABLE SET search_path = pg_catalog, billing AS $$
    SELECT r.* FROM billing.reading r
    WHERE r.meter_id = p_meter_id AND r.zone = p_zone AND r.taken_on < p_before
      AND NOT EXISTS (SELECT FROM billing.reading c WHERE c.corrects_id = r.id)
    ORDER BY (r.source = 'estimated'), r.taken_on DESC, r.id DESC
    LIMIT 1
$$;

-- Checks a register value against the meter; raises the problem of the first fault.
CREATE FUNCTION billing.check_register_value(p_value numeric, p_digits integer, p_field text)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
BEGIN
    IF p_value IS NULL THEN
        PERFORM billing.reading_fail('reading.value_missing', p_field, 'check_violation');
    ELSIF p_value < 0 THEN
        PERFORM billing.reading_fail('reading.negative', p_field, 'check_violation');
    ELSIF scale(trim_scale(p_value)) > 3 THEN
        PERFORM billing.reading_fail('reading.too_many_decimals', p_field, 'check_violation');
    ELSIF p_value >= power(10::numeric, p_digits) THEN
        PERFORM billing.reading_fail('reading.too_many_digits', p_field, 'check_violation');
    END IF;
END
$$;

-- kWh between two register values; NULL when the value went down without a rollover.
CREATE FUNCTION billing.zone_consumption(p_previous numeric, p_current numeric,
                                         p_digits integer, p_rollover boolean) RETURNS numeric
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, billing AS $$
    SELECT CASE
        WHEN p_current >= p_previous THEN p_current - p_previous
        WHEN p_rollover THEN power(10::numeric, p_digits) - p_previous + p_current
    END
$$;

-- Verifies priced parts of one zone against the consumption and the tariffs.
CREATE FUNCTION billing.check_priced_parts(p_parts jsonb, p_region_id bigint, p_zones integer,
                                           p_zone text, p_from date, p_to date,
                                           p_consumption numeric) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, billing AS $$
DECLARE
    part record;
    cursor_day date := p_from;
    total numeric := 0;
BEGIN
    FOR part IN
        SELECT (e ->> 'start')::date AS start, (e ->> 'end')::date AS finish,
               (e ->> 'kwh')::numeric AS kwh, (e ->> 'rate')::numeric AS rate,
               (e ->> 'amount')::numeric AS amount
        FROM jsonb_array_elements(coalesce(p_parts, '[]')) e
        ORDER BY (e ->> 'start')::date
    LOOP
        IF part.start <> cursor_day OR part.finish <= part.start OR part.kwh < 0
           OR part.amount <> round(part.kwh * part.rate, 2)
           OR NOT EXISTS (SELECT FROM billing.tariff t
                          WHERE t.region_id = p_region_id AND t.zones = p_zones
                            AND t.zone = p_zone AND t.rate = part.rate
                            AND t.valid_from <= part.start
                            AND (t.valid_to IS NULL OR t.valid_to > part.start))
           OR EXISTS (SELECT FROM billing.tariff t
                      WHERE t.region_id = p_region_id AND t.zones = p_zones
                        AND t.zone = p_zone AND t.rate <> part.rate
                        AND t.valid_from < part.finish
                        AND (t.valid_to IS NULL OR t.valid_to > part.start)) THEN
            PERFORM billing.reading_fail('reading.pricing_mismatch', 'value_' || p_zone,
                                         'check_violation');
        END IF;
        total := total + part.kwh;
        cursor_day := part.finish;
    END LOOP;
    IF cursor_day <> p_to OR total <> p_consumption THEN
        PERFORM billing.reading_fail('reading.pricing_mismatch', 'value_' || p_zone,
                                     'check_violation');
    END IF;
END
$$;

-- A bill with a new receipt number; lines are added by the caller.
CREATE FUNCTION billing.new_bill(p_account_id bigint, p_period date, p_corrects bigint)
RETURNS billing.bill
LANGUAGE sql SET search_path = pg_catalog, billing AS $$
    INSERT INTO billing.bill (account_id, billing_period, receipt_number, formed_on, due_on,
                              amount, corrects_bill_id)
    VALUES (p_account_id, p_period,
            'R' || to_char(p_period, 'YYYYMM')
                || lpad(nextval('billing.receipt_number_seq')::text, 9, '0'),
            current_date,
            greatest(current_date, (p_period + interval '1 month')::date + 24),
            0, p_corrects)
    RETURNING *
$$;

-- Adds the verified parts of one zone to a bill as electricity lines; returns their sum.
CREATE FUNCTION billing.add_electricity_lines(p_bill_id bigint, p_zones integer, p_zone text,
                                              p_parts jsonb, p_previous_id bigint,
                                              p_current_id bigint) RETURNS numeric
LANGUAGE sql SET search_path = pg_catalog, billing AS $$
    WITH inserted AS (
        INSERT INTO billing.bill_line (bill_id, kind, zone, description, quantity, rate,
                                       amount, previous_reading_id, current_reading_id)
        SELECT p_bill_id, 'electricity', p_zone,
               billing.zone_line_description(p_zones, p_zone, (e ->> 'start')::date,
                                             jsonb_array_length(p_parts)),
               (e ->> 'kwh')::numeric, (e ->> 'rate')::numeric, (e ->> 'amount')::numeric,
               p_previous_id, p_current_id
        FROM jsonb_array_elements(p_parts) AS x(e)
        ORDER BY (e ->> 'start')::date
        RETURNING amount)
    SELECT coalesce(sum(amount), 0) FROM inserted
$$;

CREATE FUNCTION billing.readings_result(p_key uuid, p_replayed boolean) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, billing AS $$
    SELECT jsonb_build_object(
        'readings', (SELECT jsonb_object_agg(r.zone, r.id) FROM billing.reading r
                     WHERE r.idempotency_key = p_key),
        'bill_id', b.id, 'receipt_number', b.receipt_number, 'amount', b.amount::text,
        'billing_period', b.billing_period, 'corrects_bill_id', b.corrects_bill_id,
        'replayed', p_replayed)
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (
        SELECT bl.bill_id FROM billing.bill_line bl
        JOIN billing.reading r ON r.id = bl.current_reading_id
        WHERE r.idempotency_key = p_key ORDER BY bl.id LIMIT 1) l ON true
    LEFT JOIN billing.bill b ON b.id = l.bill_id
$$;
"""

CONFIRM = r"""
CREATE FUNCTION billing.confirm_readings(
    p_meter_id bigint, p_taken_on date, p_values jsonb, p_rollover text[], p_reason text,
    p_expected_last_reading_id bigint, p_billing_period date, p_parts jsonb,
    p_idempotency_key uuid)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    m record;
    latest_id bigint;
    latest_on date;
    zone_code text;
    field text;
    value numeric;
    base billing.reading;
    used numeric;
    new_id bigint;
    bill_row billing.bill;
    existing_bill bigint;
    zone_parts jsonb;
    total numeric := 0;
    reason text := nullif(btrim(coalesce(p_reason, '')), '');
    this_month date := date_trunc('month', current_date)::date;
BEGIN
    IF p_idempotency_key IS NULL THEN
        PERFORM billing.reading_fail('reading.key_required');
    END IF;
    SELECT mt.id, mt.digits, mt.zones, mt.installed_on, mt.removed_on, a.id AS account_id,
           a.region_id
      INTO m
      FROM billing.meter mt
      JOIN billing.metering_point mp ON mp.id = mt.metering_point_id
      JOIN billing.account a ON a.id = mp.account_id
     WHERE mt.id = p_meter_id
       FOR UPDATE OF mt;
    IF NOT FOUND THEN
        PERFORM billing.reading_fail('reading.meter_unknown');
    END IF;
    -- A retry of a call that went through returns its result and writes nothing.
    IF EXISTS (SELECT FROM billing.reading WHERE idempotency_key = p_idempotency_key) THEN
        IF EXISTS (SELECT FROM billing.reading WHERE idempotency_key = p_idempotency_key
                   AND meter_id <> p_meter_id) THEN
            PERFORM billing.reading_fail('reading.key_reused');
        END IF;
        RETURN billing.readings_result(p_idempotency_key, true);
    END IF;
    SELECT max(id), max(taken_on) INTO latest_id, latest_on
      FROM billing.reading WHERE meter_id = p_meter_id;
    IF latest_id IS DISTINCT FROM p_expected_last_reading_id THEN
        PERFORM billing.reading_fail('reading.stale', NULL, 'serialization_failure');
    END IF;
    -- Hard rules: the client is not trusted.
    IF p_taken_on IS NULL THEN
        PERFORM billing.reading_fail('reading.date_missing', 'taken_on', 'check_violation');
    ELSIF p_taken_on > current_date THEN
        PERFORM billing.reading_fail('reading.future_date', 'taken_on', 'check_violation');
    ELSIF p_taken_on < m.installed_on THEN
        PERFORM billing.reading_fail('reading.before_installation', 'taken_on', 'check_violation');
    ELSIF m.removed_on IS NOT NULL AND p_taken_on > m.removed_on THEN
        PERFORM billing.reading_fail('reading.meter_removed', 'taken_on', 'check_violation');
    ELSIF p_taken_on = latest_on THEN
        PERFORM billing.reading_fail('reading.duplicate_date', 'taken_on', 'check_violation');
    ELSIF p_taken_on < latest_on THEN
        PERFORM billing.reading_fail('reading.before_previous', 'taken_on', 'check_violation');
    END IF;
    -- The period a reading counts for: its own month at the earliest (a paper reading
    -- entered late), the month after the current one at the latest (after the window).
    IF p_billing_period IS NULL OR extract(day FROM p_billing_period) <> 1
       OR p_billing_period < date_trunc('month', p_taken_on)
       OR p_billing_period > (this_month + interval '1 month')::date THEN
        PERFORM billing.reading_fail('reading.billing_period', 'taken_on', 'check_violation');
    END IF;
    IF jsonb_typeof(p_values) IS DISTINCT FROM 'object' OR EXISTS (
            SELECT FROM jsonb_object_keys(p_values) k
            WHERE k NOT IN (SELECT 'T' || g FROM generate_series(1, m.zones) g)) THEN
        PERFORM billing.reading_fail('reading.zone_unknown', NULL, 'check_violation');
    END IF;
    IF EXISTS (SELECT FROM unnest(coalesce(p_rollover, '{}')) z
               WHERE NOT p_values ? z) THEN
        PERFORM billing.reading_fail('reading.zone_unknown', NULL, 'check_violation');
    END IF;
    FOR zone_code IN SELECT 'T' || g FROM generate_series(1, m.zones) g LOOP
        field := 'value_' || zone_code;
        IF NOT p_values ? zone_code OR jsonb_typeof(p_values -> zone_code) = 'null' THEN
            PERFORM billing.reading_fail(
                CASE WHEN m.zones = 1 THEN 'reading.value_missing' ELSE 'reading.zone_missing' END,
                field, 'check_violation');
        END IF;
        value := (p_values ->> zone_code)::numeric;
        PERFORM billing.check_register_value(value, m.digits, field);
        base := billing.zone_baseline(p_meter_id, zone_code, p_taken_on);
        IF base.id IS NOT NULL AND billing.zone_consumption(
                base.value, value, m.digits, zone_code = ANY (coalesce(p_rollover, '{}'))) IS NULL THEN
            PERFORM billing.reading_fail('reading.below_previous', field, 'check_violation');
        END IF;
        IF base.id IS NULL AND (p_parts ? zone_code) THEN
            PERFORM billing.reading_fail('reading.pricing_mismatch', field, 'check_violation');
        END IF;
    END LOOP;

    SELECT b.id INTO existing_bill FROM billing.bill b
     WHERE b.account_id = m.account_id AND b.billing_period = p_billing_period
       AND b.corrects_bill_id IS NULL;
    FOR zone_code IN SELECT 'T' || g FROM generate_series(1, m.zones) g LOOP
        value := (p_values ->> zone_code)::numeric;
        base := billing.zone_baseline(p_meter_id, zone_code, p_taken_on);
        INSERT INTO billing.reading (meter_id, zone, value, taken_on, source, reason, rollover,
                                     idempotency_key)
        VALUES (p_meter_id, zone_code, value, p_taken_on, 'operator', reason,
                zone_code = ANY (coalesce(p_rollover, '{}')) AND value < base.value,
                p_idempotency_key)
        RETURNING id INTO new_id;
        IF base.id IS NULL THEN
            CONTINUE;  -- the first reading of a zone: nothing to charge yet
        END IF;
        used := billing.zone_consumption(base.value, value, m.digits,
                                         zone_code = ANY (coalesce(p_rollover, '{}')));
        zone_parts := coalesce(p_parts -> zone_code, '[]');
        PERFORM billing.check_priced_parts(zone_parts, m.region_id, m.zones, zone_code,
                                           base.taken_on, p_taken_on, used);
        IF bill_row.id IS NULL THEN
            bill_row := billing.new_bill(m.account_id, p_billing_period, existing_bill);
        END IF;
        total := total + billing.add_electricity_lines(bill_row.id, m.zones, zone_code,
                                                       zone_parts, base.id, new_id);
    END LOOP;
    IF bill_row.id IS NOT NULL THEN
        UPDATE billing.bill SET amount = total WHERE id = bill_row.id;
    END IF;
    RETURN billing.readings_result(p_idempotency_key, false);
END
$$;
"""

CORRECT = r"""
CREATE FUNCTION billing.correct_reading(
    p_reading_id bigint, p_new_value numeric, p_rollover boolean, p_reason text,
    p_parts jsonb, p_idempotency_key uuid)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    old billing.reading;
    m record;
    base billing.reading;
    used numeric;
    new_id bigint;
    old_bill billing.bill;
    bill_row billing.bill;
    line record;
    total numeric := 0;
    reason text := nullif(btrim(coalesce(p_reason, '')), '');
BEGIN
    IF p_idempotency_key IS NULL THEN
        PERFORM billing.reading_fail('reading.key_required');
    END IF;
    IF reason IS NULL THEN
        PERFORM billing.reading_fail('reading.reason_required', 'reason', 'check_violation');
    END IF;
    SELECT * INTO old FROM billing.reading WHERE id = p_reading_id;
    IF NOT FOUND THEN
        PERFORM billing.reading_fail('reading.unknown');
    END IF;
    SELECT mt.id, mt.digits, mt.zones, a.region_id INTO m
      FROM billing.meter mt
      JOIN billing.metering_point mp ON mp.id = mt.metering_point_id
      JOIN billing.account a ON a.id = mp.account_id
     WHERE mt.id = old.meter_id
       FOR UPDATE OF mt;
    IF EXISTS (SELECT FROM billing.reading WHERE idempotency_key = p_idempotency_key) THEN
        RETURN billing.readings_result(p_idempotency_key, true);
    END IF;
    IF EXISTS (SELECT FROM billing.reading WHERE corrects_id = p_reading_id) THEN
        PERFORM billing.reading_fail('reading.already_corrected', NULL, 'serialization_failure');
    END IF;
    IF EXISTS (SELECT FROM billing.reading WHERE meter_id = old.meter_id AND zone = old.zone
               AND taken_on > old.taken_on) THEN
        PERFORM billing.reading_fail('reading.correction_not_latest', 'value');
    END IF;
    PERFORM billing.check_register_value(p_new_value, m.digits, 'value');
    IF p_new_value = old.value THEN
        PERFORM billing.reading_fail('reading.correction_unchanged', 'value', 'check_violation');
    END IF;
    base := billing.zone_baseline(old.meter_id, old.zone, old.taken_on);
    IF base.id IS NOT NULL AND billing.zone_consumption(
            base.value, p_new_value, m.digits, coalesce(p_rollover, false)) IS NULL THEN
        PERFORM billing.reading_fail('reading.below_previous', 'value', 'check_violation');
    END IF;
    INSERT INTO billing.reading (meter_id, zone, value, taken_on, source, reason, rollover,
                                 corrects_id, idempotency_key)
    VALUES (old.meter_id, old.zone, p_new_value, old.taken_on, 'operator', reason,
            coalesce(p_rollover, false) AND base.id IS NOT NULL AND p_new_value < base.value,
            p_reading_id, p_idempotency_key)
    RETURNING id INTO new_id;

    SELECT b.* INTO old_bill FROM billing.bill b
     WHERE b.id = (SELECT bill_id FROM billing.bill_line WHERE current_reading_id = p_reading_id
                   ORDER BY id DESC LIMIT 1);
    IF old_bill.id IS NULL OR base.id IS NULL THEN
        RETURN billing.readings_result(p_idempotency_key, false);  -- it formed no bill
    END IF;
    used := billing.zone_consumption(base.value, p_new_value, m.digits, coalesce(p_rollover, false));
    PERFORM billing.check_priced_parts(p_parts, m.region_id, m.zones, old.zone,
                                       base.taken_on, old.taken_on, used);
    bill_row := billing.new_bill(old_bill.account_id, old_bill.billing_period, old_bill.id);
    FOR line IN SELECT * FROM billing.bill_line
                WHERE bill_id = old_bill.id AND current_reading_id = p_reading_id ORDER BY id LOOP
        INSERT INTO billing.bill_line (bill_id, kind, zone, description, quantity, rate, amount,
                                       previous_reading_id, current_reading_id)
        VALUES (bill_row.id, 'correction', line.zone, 'Сторно: ' || line.description,
                line.quantity, line.rate, -line.amount, line.previous_reading_id, p_reading_id);
        total := total - line.amount;
    END LOOP;
    total := total + billing.add_electricity_lines(bill_row.id, m.zones, old.zone, p_parts,
                                                   base.id, new_id);
    UPDATE billing.bill SET amount = total WHERE id = bill_row.id;
    RETURN billing.readings_result(p_idempotency_key, false);
END
$$;
"""

INTERNAL = (
    "reading_fail(text, text, text)",
    "zone_line_description(integer, text, date, integer)",
    "zone_baseline(bigint, text, date)",
    "check_register_value(numeric, integer, text)",
    "zone_consumption(numeric, numeric, integer, boolean)",
    "check_priced_parts(jsonb, bigint, integer, text, date, date, numeric)",
    "new_bill(bigint, date, bigint)",
    "add_electricity_lines(bigint, integer, text, jsonb, bigint, bigint)",
    "readings_result(uuid, boolean)",
)
CONFIRM_SIGNATURE = "confirm_readings(bigint, date, jsonb, text[], text, bigint, date, jsonb, uuid)"
CORRECT_SIGNATURE = "correct_reading(bigint, numeric, boolean, text, jsonb, uuid)"


def upgrade() -> None:
    op.execute("ALTER TABLE billing.reading ADD COLUMN rollover boolean NOT NULL DEFAULT false")
    op.execute("ALTER TABLE billing.reading ADD COLUMN idempotency_key uuid")
    op.execute(
        "CREATE UNIQUE INDEX uq_reading_idempotency_key_zone ON billing.reading "
        "(idempotency_key, zone) WHERE idempotency_key IS NOT NULL"
    )
    op.execute("CREATE SEQUENCE billing.receipt_number_seq START 500000000 MAXVALUE 999999999")
    op.execute(f"ALTER SEQUENCE billing.receipt_number_seq OWNER TO {OWNER}")
    op.execute(HELPERS)
    op.execute(CONFIRM)
    op.execute(CORRECT)
    for signature in (*INTERNAL, CONFIRM_SIGNATURE, CORRECT_SIGNATURE):
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
    op.execute(
        f"GRANT EXECUTE ON FUNCTION billing.{CONFIRM_SIGNATURE} "
        "TO billing_agent, billing_supervisor"
    )
    op.execute(f"GRANT EXECUTE ON FUNCTION billing.{CORRECT_SIGNATURE} TO billing_supervisor")


def downgrade() -> None:
    for signature in (CORRECT_SIGNATURE, CONFIRM_SIGNATURE, *reversed(INTERNAL)):
        op.execute(f"DROP FUNCTION billing.{signature}")
    op.execute("DROP SEQUENCE billing.receipt_number_seq")
    op.execute("DROP INDEX billing.uq_reading_idempotency_key_zone")
    op.execute("ALTER TABLE billing.reading DROP COLUMN idempotency_key")
    op.execute("ALTER TABLE billing.reading DROP COLUMN rollover")
