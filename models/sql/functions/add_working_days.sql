-- The p_days-th working day after p_day (p_day itself for 0), as
-- models/domain/working_days.py counts: Saturdays, Sundays and the fixed statutory
-- holidays of the Labour Code art. 112 (1-8 January, 23 February, 8 March, 1 and 9 May,
-- 12 June, 4 November) are days off, and billing.calendar_day (the government's yearly
-- transfers, kept by admins) overrides them: a 'holiday' row makes a weekday a day off,
-- a 'working_day' row makes a Saturday or Sunday a working day. STABLE, not IMMUTABLE:
-- the answer changes when an admin enters the next year's transfers.
CREATE OR REPLACE FUNCTION billing.add_working_days(p_day date, p_days integer)
RETURNS date
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    d date := p_day;
    remaining integer := greatest(coalesce(p_days, 0), 0);
    transfer text;
    working boolean;
BEGIN
    WHILE remaining > 0 LOOP
        d := d + 1;
        SELECT c.kind INTO transfer FROM billing.calendar_day c WHERE c.day = d;
        IF transfer IS NOT NULL THEN
            working := transfer = 'working_day';
        ELSE
            working := EXTRACT(isodow FROM d) < 6
                AND pg_catalog.to_char(d, 'MM-DD') <> ALL (ARRAY[
                    '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08',
                    '02-23', '03-08', '05-01', '05-09', '06-12', '11-04']);
        END IF;
        IF working THEN
            remaining := remaining - 1;
        END IF;
    END LOOP;
    RETURN d;
END
$function$;

ALTER FUNCTION billing.add_working_days(date, integer) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.add_working_days(date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.add_working_days(date, integer) TO billing_owner;
