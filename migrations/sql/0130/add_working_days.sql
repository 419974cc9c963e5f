-- The p_days-th working day after p_day (p_day itself for 0), as
-- models/domain/working_days.py counts: Saturdays, Sundays and the fixed statutory
-- holidays of the Labour Code art. 112 (1-8 January, 23 February, 8 March, 1 and 9 May,
-- 12 June, 4 November) are days off. Known gap: the government's yearly transfers
-- (a holiday on a weekend carried to a weekday, worked Saturdays) are not in the
-- database on main yet; once a holiday table lands this function must read it.
CREATE OR REPLACE FUNCTION billing.add_working_days(p_day date, p_days integer)
RETURNS date
LANGUAGE plpgsql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    day date := p_day;
    remaining integer := greatest(coalesce(p_days, 0), 0);
BEGIN
    WHILE remaining > 0 LOOP
        day := day + 1;
        IF EXTRACT(isodow FROM day) < 6
           AND pg_catalog.to_char(day, 'MM-DD') <> ALL (ARRAY[
               '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08',
               '02-23', '03-08', '05-01', '05-09', '06-12', '11-04']) THEN
            remaining := remaining - 1;
        END IF;
    END LOOP;
    RETURN day;
END
$function$;

ALTER FUNCTION billing.add_working_days(date, integer) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.add_working_days(date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.add_working_days(date, integer) TO billing_owner;
