CREATE OR REPLACE FUNCTION billing.set_calendar_day(p_day date, p_kind text, p_note text,
                                         p_expected_version integer) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    current_version integer;
    new_version integer;
BEGIN
    PERFORM billing.assert_operator_active();
    IF p_day IS NULL THEN
        PERFORM billing.settings_fail('calendar.day_required', 'day');
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('holiday', 'working_day') THEN
        PERFORM billing.settings_fail('calendar.kind', 'kind');
    ELSIF p_kind = 'holiday' AND pg_catalog.date_part('isodow', p_day) >= 6 THEN
        PERFORM billing.settings_fail('calendar.holiday_on_weekend', 'day');
    ELSIF p_kind = 'working_day' AND pg_catalog.date_part('isodow', p_day) < 6 THEN
        PERFORM billing.settings_fail('calendar.working_day_on_weekday', 'day');
    END IF;
    IF pg_catalog.length(coalesce(p_note, '')) > 200 THEN
        PERFORM billing.settings_fail('calendar.note_too_long', 'note');
    END IF;
    SELECT c.version INTO current_version FROM billing.calendar_day c
     WHERE c.day = p_day FOR UPDATE;
    IF current_version IS DISTINCT FROM p_expected_version THEN
        IF p_expected_version IS NULL THEN
            PERFORM billing.settings_fail('calendar.duplicate', 'day');
        END IF;
        PERFORM billing.settings_fail('settings.stale', NULL, 'serialization_failure');
    END IF;
    IF current_version IS NULL THEN
        BEGIN
            INSERT INTO billing.calendar_day (day, kind, note)
            VALUES (p_day, p_kind, pg_catalog.btrim(coalesce(p_note, '')))
            RETURNING version INTO new_version;
        EXCEPTION WHEN unique_violation THEN
            PERFORM billing.settings_fail('calendar.duplicate', 'day');
        END;
    ELSE
        UPDATE billing.calendar_day c
           SET kind = p_kind, note = pg_catalog.btrim(coalesce(p_note, '')),
               version = c.version + 1, updated_by = SESSION_USER,
               updated_at = pg_catalog.now()
         WHERE c.day = p_day
        RETURNING c.version INTO new_version;
    END IF;
    RETURN new_version;
END
$function$;

ALTER FUNCTION billing.set_calendar_day(date, text, text, integer) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.set_calendar_day(date, text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.set_calendar_day(date, text, text, integer) TO billing_admin;
