-- Set-based expansion of the demo profiles into 24 months of history.
-- Placeholders replaced by seeder.py: :today (a date literal), :seed (an integer).
-- Deterministic: every "random" number is a hash of the row's identity and :seed.
-- Each billing table is written once (INSERT ... SELECT from temp tables): no UPDATEs.

SET LOCAL work_mem = '256MB';

CREATE TEMP TABLE demo_month ON COMMIT DROP AS
SELECT n, (date_trunc('month', DATE :today) - make_interval(months => 24 - n))::date AS period
FROM generate_series(-1, 23) AS n;

-- rnd(key) in [0, 1), from PostgreSQL's stable extended text hash
CREATE FUNCTION pg_temp.rnd(key text) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (hashtextextended(key, :seed) & 2147483647) / 2147483648.0
$$;

-- Readings: one per meter zone per month, taken on day 18..25, while the meter is in service.
CREATE TEMP TABLE demo_reading ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('billing.reading', 'id')) AS reading_id, p.meter_id, p.account_id, p.region_id, p.zones, z.zone, mo.n, mo.period,
       (mo.period + (17 + floor(pg_temp.rnd(p.meter_id || 'd' || mo.n) * 8))::int) AS taken_on,
       CASE
           WHEN mo.n = -1 THEN 0
           WHEN p.style = 'zero_tail' AND mo.n >= 20 THEN 0
           WHEN p.style = 'spike' AND mo.n = 22 THEN round(p.daily * 30.4 * z.share * 4.2)
           ELSE round(p.daily * 30.4 * z.share
                      * (1 + 0.35 * cos(2 * pi() * (extract(month FROM mo.period) - 1) / 12))
                      * (0.8 + 0.4 * pg_temp.rnd(p.meter_id || z.zone || mo.n)))
       END::numeric AS kwh,
       p.start_value, p.digits, p.style
FROM demo_profile p
JOIN demo_zone_share z ON z.zones = p.zones
JOIN demo_month mo ON p.closed_on IS NULL OR mo.period < p.closed_on;

INSERT INTO reading (id, meter_id, zone, value, taken_on, source, entered_by, entered_at)
SELECT reading_id, meter_id, zone,
       mod(start_value + sum(kwh) OVER (PARTITION BY meter_id, zone ORDER BY n),
           power(10, digits)::numeric),
       taken_on,
       CASE
           WHEN style = 'estimated_tail' AND n >= 21 THEN 'estimated'
           WHEN style = 'smart' THEN 'smart_meter'
           ELSE (ARRAY['customer', 'customer', 'customer', 'customer', 'customer', 'customer',
                       'customer_anonymous', 'operator', 'inspector', 'estimated'])
                [1 + floor(pg_temp.rnd(meter_id || 's' || n) * 10)::int]
       END,
       CASE WHEN pg_temp.rnd(meter_id || 's' || n) BETWEEN 0.7 AND 0.8 THEN 'demo_agent'
            ELSE 'portal' END,
       taken_on + time '10:00' + make_interval(mins => (meter_id % 480)::int)
FROM demo_reading
ORDER BY meter_id, zone, n;

-- kWh per meter, zone and month between the previous and this reading, split at tariff
-- changes pro rata by days so that the parts sum exactly to the month's kWh.
CREATE TEMP TABLE demo_part ON COMMIT DROP AS
WITH usage AS (
    SELECT account_id, meter_id, region_id, zones, zone, n, period, kwh,
           lag(taken_on) OVER (PARTITION BY meter_id, zone ORDER BY n) AS from_date,
           taken_on AS to_date,
           lag(reading_id) OVER (PARTITION BY meter_id, zone ORDER BY n) AS previous_reading_id,
           reading_id AS current_reading_id
    FROM demo_reading
), overlap AS (
    SELECT u.*, t.rate, t.valid_from,
           greatest(u.from_date, t.valid_from) AS part_from,
           least(u.to_date, coalesce(t.valid_to, 'infinity'::date)) AS part_to,
           (u.to_date - u.from_date) AS total_days
    FROM usage u
    JOIN tariff t ON t.region_id = u.region_id AND t.zones = u.zones AND t.zone = u.zone
         AND t.valid_from < u.to_date AND (t.valid_to IS NULL OR t.valid_to > u.from_date)
    WHERE u.n >= 0
), cumulative AS (
    SELECT o.*,
           sum(part_to - part_from) OVER (PARTITION BY meter_id, zone, n ORDER BY valid_from)
               AS cum_days,
           count(*) OVER (PARTITION BY meter_id, zone, n) AS parts
    FROM overlap o
)
SELECT account_id, zone, zones, n, period, rate, part_from, parts,
       round(kwh * cum_days / total_days)
           - round(kwh * (cum_days - (part_to - part_from)) / total_days) AS kwh,
       previous_reading_id, current_reading_id
FROM cumulative;

-- Every line of every bill (penalties come later, once payments are known).
CREATE TEMP TABLE demo_line ON COMMIT DROP AS
SELECT d.account_id, d.n, 'electricity'::text AS kind, d.zone,
       'Электроэнергия' || CASE d.zones WHEN 1 THEN '' ELSE ', ' ||
           CASE WHEN d.zones = 2 THEN (ARRAY['день', 'ночь'])[substr(d.zone, 2)::int]
                ELSE (ARRAY['пик', 'ночь', 'полупик'])[substr(d.zone, 2)::int] END END
           || CASE WHEN d.parts > 1 THEN ' (с ' || to_char(d.part_from, 'DD.MM.YYYY') || ')'
                   ELSE '' END AS description,
       d.kwh AS quantity, d.rate, round(d.kwh * d.rate, 2) AS amount, d.part_from AS sort_key,
       d.previous_reading_id, d.current_reading_id
FROM demo_part d
UNION ALL
SELECT p.account_id, mo.n, 'debt_schedule', NULL,
       'Погашение задолженности по графику (' || (mo.n - 5) || ' из 12)', NULL, NULL, 1500.00,
       'infinity'::date, NULL::bigint, NULL::bigint
FROM demo_profile p JOIN demo_month mo ON mo.n BETWEEN 6 AND 17
WHERE p.extra = 'debt_schedule' AND (p.closed_on IS NULL OR mo.period < p.closed_on)
UNION ALL
SELECT p.account_id, 15, 'act', NULL,
       'Доначисление по акту о безучётном потреблении № ' || (1000 + p.account_id % 9000),
       NULL, NULL, round((3000 + pg_temp.rnd(p.account_id || 'act') * 12000)::numeric, 2),
       'infinity'::date, NULL::bigint, NULL::bigint
FROM demo_profile p WHERE p.extra = 'act' AND p.closed_on IS NULL
UNION ALL
SELECT p.account_id, 10, 'service', NULL, 'Замена прибора учёта', NULL, NULL, 2500.00,
       'infinity'::date, NULL::bigint, NULL::bigint
FROM demo_profile p WHERE p.extra = 'service' AND p.closed_on IS NULL;

-- Bills: one per account and month, formed on the 1st-3rd of the next month; ids taken
-- from the bill sequence now so payments and lines can refer to them.
CREATE TEMP TABLE demo_bill ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('billing.bill', 'id')) AS id, s.*
FROM (
    SELECT l.account_id, l.n, mo.period, sum(l.amount) AS principal,
           (mo.period + interval '1 month')::date
               + floor(pg_temp.rnd(l.account_id || 'f' || l.n) * 3)::int AS formed_on,
           (mo.period + interval '1 month')::date + 24 AS due_on,
           p.payer, p.debt_months
    FROM demo_line l
    JOIN demo_month mo ON mo.n = l.n
    JOIN demo_profile p ON p.account_id = l.account_id
    WHERE (mo.period + interval '1 month')::date + 2 <= DATE :today
    GROUP BY l.account_id, l.n, mo.period, p.payer, p.debt_months
    ORDER BY l.account_id, l.n
) s;

-- Payments follow each account's payer profile.
CREATE TEMP TABLE demo_payment ON COMMIT DROP AS
SELECT *
FROM (
    SELECT b.id AS bill_id, b.account_id, b.n, b.principal,
           CASE b.payer
               WHEN 'overpayer' THEN ceil(b.principal / 100) * 100
                                     + floor(pg_temp.rnd(b.account_id || '-' || b.n || 'o') * 5) * 100
               WHEN 'partial' THEN round(b.principal
                                         * (0.5 + 0.4 * pg_temp.rnd(b.account_id || '-' || b.n || 'p'))::numeric, 2)
               ELSE b.principal
           END::numeric(14, 2) AS amount,
           CASE b.payer
               WHEN 'late' THEN b.due_on + 5 + floor(pg_temp.rnd(b.account_id || '-' || b.n || 'l') * 35)::int
               ELSE b.due_on - floor(pg_temp.rnd(b.account_id || '-' || b.n || 'e') * 14)::int
           END AS paid_on,
           (ARRAY['bank', 'online', 'online', 'portal', 'portal', 'cash_desk'])
               [1 + floor(pg_temp.rnd(b.account_id || '-' || b.n || 'c') * 6)::int] AS channel
    FROM demo_bill b
    WHERE b.principal > 0
      AND NOT (b.payer = 'debtor' AND b.n >= 24 - b.debt_months)
      AND NOT (b.payer = 'late' AND b.n % 7 = 3)
) x
WHERE paid_on <= DATE :today AND amount > 0;

-- Penalty on overdue debt: 1/300 of a 9.5 % key rate per day, for a month, on the bills
-- unpaid more than 30 days after their due date when this bill is formed.
CREATE TEMP TABLE demo_penalty ON COMMIT DROP AS
SELECT b.id AS bill_id,
       round(sum(o.principal - coalesce(pp.amount, 0)) * 0.095 / 300 * 30, 2) AS amount
FROM demo_bill b
JOIN demo_bill o ON o.account_id = b.account_id AND o.due_on + 30 < b.formed_on
LEFT JOIN demo_payment pp ON pp.bill_id = o.id AND pp.paid_on <= b.formed_on
WHERE b.payer IN ('late', 'debtor', 'partial')
  AND coalesce(pp.amount, 0) < o.principal
GROUP BY b.id
HAVING round(sum(o.principal - coalesce(pp.amount, 0)) * 0.095 / 300 * 30, 2) > 0;

INSERT INTO bill (id, account_id, billing_period, receipt_number, formed_on, due_on, amount,
                  paid_on, formed_by, created_at)
SELECT b.id, b.account_id, b.period,
       'R' || to_char(b.period, 'YYYYMM') || lpad(b.account_id::text, 9, '0'),
       b.formed_on, b.due_on, b.principal + coalesce(pe.amount, 0),
       CASE WHEN pa.amount >= b.principal + coalesce(pe.amount, 0) THEN pa.paid_on END,
       'billing', b.formed_on + time '06:00'
FROM demo_bill b
LEFT JOIN demo_penalty pe ON pe.bill_id = b.id
LEFT JOIN demo_payment pa ON pa.bill_id = b.id
ORDER BY b.id;

INSERT INTO bill_line (bill_id, kind, zone, description, quantity, rate, amount,
                       previous_reading_id, current_reading_id)
SELECT b.id, l.kind, l.zone, l.description, l.quantity, l.rate, l.amount,
       l.previous_reading_id, l.current_reading_id
FROM demo_line l JOIN demo_bill b ON b.account_id = l.account_id AND b.n = l.n
UNION ALL
SELECT pe.bill_id, 'penalty', NULL, 'Пеня за несвоевременную оплату', NULL, NULL, pe.amount,
       NULL, NULL
FROM demo_penalty pe;

INSERT INTO payment (account_id, amount, paid_on, channel, external_id, idempotency_key, bill_id,
                     entered_by, created_at)
SELECT account_id, amount, paid_on, channel,
       CASE WHEN channel <> 'cash_desk'
            THEN upper(lpad(to_hex(hashtextextended('ext' || account_id || '-' || n, :seed)), 16, '0')) END,
       CASE WHEN channel = 'cash_desk' THEN md5(:seed || 'idem' || account_id || '-' || n)::uuid END,
       bill_id, CASE WHEN channel = 'cash_desk' THEN 'demo_cashier' ELSE 'bank_import' END,
       paid_on + time '12:00'
FROM demo_payment
ORDER BY paid_on, bill_id;
