-- Set-based expansion of the demo profiles into 24 months of history.
-- Parameters (psql-style placeholders replaced by seeder.py): :today, :seed.
-- Deterministic: every "random" number is a hash of the row's identity and :seed.

CREATE TEMP TABLE demo_month ON COMMIT DROP AS
SELECT n, (date_trunc('month', DATE :today) - make_interval(months => 24 - n))::date AS period
FROM generate_series(-1, 23) AS n;

-- rnd(...) in [0, 1): the first 32 bits of md5(seed | parts)
CREATE FUNCTION pg_temp.rnd(key text) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ('x' || substr(md5(:seed || '|' || key), 1, 8))::bit(32)::bigint / 4294967296.0
$$;

-- Readings: one per meter zone per month, taken on day 18..25, while the meter is in service.
CREATE TEMP TABLE demo_reading ON COMMIT DROP AS
SELECT p.meter_id, p.account_id, z.zone, mo.n, mo.period,
       (mo.period + (17 + floor(pg_temp.rnd(p.meter_id::text || '|' || mo.n::text || '|' || 'day') * 8))::int) AS taken_on,
       CASE
           WHEN mo.n = -1 THEN 0
           WHEN p.style = 'zero_tail' AND mo.n >= 20 THEN 0
           WHEN p.style = 'spike' AND mo.n = 22 THEN round(p.daily * 30.4 * z.share * 4.2)
           ELSE round(p.daily * 30.4 * z.share
                      * (1 + 0.35 * cos(2 * pi() * (extract(month FROM mo.period) - 1) / 12))
                      * (0.8 + 0.4 * pg_temp.rnd(p.meter_id::text || '|' || z.zone || '|' || mo.n::text || '|' || 'kwh')))
       END::numeric AS kwh,
       p.start_value, p.digits, p.style
FROM demo_profile p
JOIN demo_zone_share z ON z.zones = p.zones
JOIN demo_month mo ON p.closed_on IS NULL OR mo.period < p.closed_on;

INSERT INTO reading (meter_id, zone, value, taken_on, source, entered_by, entered_at)
SELECT meter_id, zone,
       mod(start_value + sum(kwh) OVER (PARTITION BY meter_id, zone ORDER BY n), power(10, digits)::numeric),
       taken_on,
       CASE
           WHEN style = 'estimated_tail' AND n >= 21 THEN 'estimated'
           WHEN style = 'smart' THEN 'smart_meter'
           ELSE (ARRAY['customer', 'customer', 'customer', 'customer', 'customer', 'customer',
                       'customer_anonymous', 'operator', 'inspector', 'estimated'])
                [1 + floor(pg_temp.rnd(meter_id::text || '|' || n::text || '|' || 'src') * 10)::int]
       END,
       CASE WHEN pg_temp.rnd(meter_id::text || '|' || n::text || '|' || 'src') BETWEEN 0.7 AND 0.8 THEN 'demo_agent'
            ELSE 'portal' END,
       (taken_on + time '10:00' + make_interval(mins => floor(pg_temp.rnd(meter_id::text || '|' || n::text || '|' || 'min') * 480)::int))
           AT TIME ZONE 'Europe/Moscow'
FROM demo_reading;

-- Electricity per account, zone and month, between the previous and this reading.
CREATE TEMP TABLE demo_usage ON COMMIT DROP AS
SELECT r.account_id, r.zone, r.n, r.period, p.zones, p.region_id,
       lag(r.taken_on) OVER w AS from_date, r.taken_on AS to_date, r.kwh,
       r.meter_id
FROM demo_reading r JOIN demo_profile p USING (meter_id)
WINDOW w AS (PARTITION BY r.meter_id, r.zone ORDER BY r.n);
DELETE FROM demo_usage WHERE n < 0;

-- Split each month's kWh at tariff changes, pro rata by days, so the parts sum exactly.
CREATE TEMP TABLE demo_part ON COMMIT DROP AS
WITH overlap AS (
    SELECT u.*, t.rate, t.valid_from,
           greatest(u.from_date, t.valid_from) AS part_from,
           least(u.to_date, coalesce(t.valid_to, 'infinity'::date)) AS part_to,
           (u.to_date - u.from_date) AS total_days
    FROM demo_usage u
    JOIN tariff t ON t.region_id = u.region_id AND t.zones = u.zones AND t.zone = u.zone
         AND t.valid_from < u.to_date AND (t.valid_to IS NULL OR t.valid_to > u.from_date)
), cumulative AS (
    SELECT o.*, sum(part_to - part_from) OVER (PARTITION BY meter_id, zone, n ORDER BY valid_from) AS cum_days,
           count(*) OVER (PARTITION BY meter_id, zone, n) AS parts
    FROM overlap o
)
SELECT account_id, zone, zones, n, period, rate, part_from, parts,
       round(kwh * cum_days / total_days) - round(kwh * (cum_days - (part_to - part_from)) / total_days) AS kwh,
       meter_id
FROM cumulative;

-- Bills: one per account and month, formed on the 1st-3rd of the next month.
INSERT INTO bill (account_id, billing_period, receipt_number, formed_on, due_on, amount, formed_by, created_at)
SELECT p.account_id, mo.period,
       'R' || to_char(mo.period, 'YYYYMM') || lpad(p.account_id::text, 9, '0'),
       (mo.period + interval '1 month')::date + (floor(pg_temp.rnd(p.account_id::text || '|' || mo.n::text || '|' || 'formed') * 3))::int,
       (mo.period + interval '1 month')::date + 24,
       0, 'billing', (mo.period + interval '1 month')::timestamp AT TIME ZONE 'Europe/Moscow'
FROM (SELECT DISTINCT account_id, closed_on FROM demo_profile) p
JOIN demo_month mo ON mo.n >= 0 AND (p.closed_on IS NULL OR mo.period < p.closed_on)
WHERE (mo.period + interval '1 month')::date + 2 <= DATE :today;

INSERT INTO bill_line (bill_id, kind, zone, description, quantity, rate, amount)
SELECT b.id, 'electricity', d.zone,
       'Электроэнергия' || CASE d.zones WHEN 1 THEN '' ELSE ', ' ||
           CASE WHEN d.zones = 2 THEN (ARRAY['день', 'ночь'])[substr(d.zone, 2)::int]
                ELSE (ARRAY['пик', 'ночь', 'полупик'])[substr(d.zone, 2)::int] END END
           || CASE WHEN d.parts > 1 THEN ' (с ' || to_char(d.part_from, 'DD.MM.YYYY') || ')' ELSE '' END,
       d.kwh, d.rate, round(d.kwh * d.rate, 2)
FROM demo_part d JOIN bill b ON b.account_id = d.account_id AND b.billing_period = d.period
ORDER BY b.id, d.zone, d.part_from;

INSERT INTO bill_line (bill_id, kind, description, amount)
SELECT b.id, 'debt_schedule',
       'Погашение задолженности по графику (' || (24 - (mo.n - 6)) % 12 + 1 || ' из 12)', 1500.00
FROM demo_profile p JOIN demo_month mo ON mo.n BETWEEN 6 AND 17
JOIN bill b ON b.account_id = p.account_id AND b.billing_period = mo.period
WHERE p.extra = 'debt_schedule' AND p.meter_rank = 1;

INSERT INTO bill_line (bill_id, kind, description, amount)
SELECT b.id, 'act', 'Доначисление по акту о безучётном потреблении № ' || (1000 + p.account_id % 9000),
       round((3000 + pg_temp.rnd(p.account_id::text || '|' || 'act') * 12000)::numeric, 2)
FROM demo_profile p JOIN demo_month mo ON mo.n = 15
JOIN bill b ON b.account_id = p.account_id AND b.billing_period = mo.period
WHERE p.extra = 'act' AND p.meter_rank = 1;

INSERT INTO bill_line (bill_id, kind, description, amount)
SELECT b.id, 'service', 'Замена прибора учёта', 2500.00
FROM demo_profile p JOIN demo_month mo ON mo.n = 10
JOIN bill b ON b.account_id = p.account_id AND b.billing_period = mo.period
WHERE p.extra = 'service' AND p.meter_rank = 1;

UPDATE bill b SET amount = s.total
FROM (SELECT bill_id, sum(amount) AS total FROM bill_line GROUP BY bill_id) s
WHERE s.bill_id = b.id;

-- Payments follow each account's payer profile.
CREATE TEMP TABLE demo_pay ON COMMIT DROP AS
SELECT b.id AS bill_id, b.account_id, b.amount, b.due_on, mo.n, p.payer, p.debt_months
FROM bill b JOIN demo_month mo ON mo.period = b.billing_period
JOIN (SELECT DISTINCT account_id, payer, debt_months FROM demo_profile) p USING (account_id)
WHERE b.amount > 0;

INSERT INTO payment (account_id, amount, paid_on, channel, external_id, idempotency_key, bill_id,
                     entered_by, created_at)
SELECT account_id, amount, paid_on, channel,
       CASE WHEN channel = 'cash_desk' THEN NULL ELSE upper(substr(md5(:seed || 'ext' || bill_id), 1, 16)) END,
       CASE WHEN channel = 'cash_desk' THEN md5(:seed || 'idem' || bill_id)::uuid END,
       bill_id, CASE WHEN channel = 'cash_desk' THEN 'demo_cashier' ELSE 'bank_import' END,
       paid_on + time '12:00'
FROM (
    SELECT d.*,
           CASE d.payer
               WHEN 'overpayer' THEN ceil(d.amount / 100) * 100 + floor(pg_temp.rnd(d.bill_id::text || '|' || 'over') * 5) * 100
               WHEN 'partial' THEN round(d.amount * (0.5 + 0.4 * pg_temp.rnd(d.bill_id::text || '|' || 'part')::numeric), 2)
               ELSE d.amount
           END AS pay_amount,
           CASE d.payer
               WHEN 'late' THEN d.due_on + 5 + floor(pg_temp.rnd(d.bill_id::text || '|' || 'late') * 35)::int
               ELSE d.due_on - floor(pg_temp.rnd(d.bill_id::text || '|' || 'early') * 14)::int
           END AS pay_date,
           (ARRAY['bank', 'online', 'online', 'portal', 'portal', 'cash_desk'])
               [1 + floor(pg_temp.rnd(d.bill_id::text || '|' || 'ch') * 6)::int] AS channel
    FROM demo_pay d
    WHERE NOT (d.payer = 'debtor' AND d.n >= 24 - d.debt_months)
      AND NOT (d.payer = 'late' AND d.n % 7 = 3)
) x(bill_id, account_id, bill_amount, due_on, n, payer, debt_months, amount, paid_on, channel)
WHERE paid_on <= DATE :today AND amount > 0
ORDER BY paid_on, bill_id;

UPDATE bill b SET paid_on = p.paid_on
FROM payment p WHERE p.bill_id = b.id AND p.amount >= b.amount;

-- Penalty on overdue debt: 1/300 of a 9.5 % key rate per day, for the month, from day 31.
CREATE TEMP TABLE demo_penalty ON COMMIT DROP AS
SELECT b.id AS bill_id, round(sum(o.amount - coalesce(pp.paid, 0)) * 0.095 / 300 * 30, 2) AS amount
FROM bill b
JOIN bill o ON o.account_id = b.account_id AND o.due_on + 30 < b.formed_on AND o.paid_on IS NULL
LEFT JOIN (SELECT bill_id, sum(amount) AS paid FROM payment WHERE bill_id IS NOT NULL GROUP BY bill_id) pp
       ON pp.bill_id = o.id
GROUP BY b.id
HAVING sum(o.amount - coalesce(pp.paid, 0)) > 0;

INSERT INTO bill_line (bill_id, kind, description, amount)
SELECT bill_id, 'penalty', 'Пеня за несвоевременную оплату', amount FROM demo_penalty WHERE amount > 0;

UPDATE bill b SET amount = b.amount + d.amount, paid_on = NULL
FROM demo_penalty d WHERE d.bill_id = b.id AND d.amount > 0;

-- Link requests whose proof is a payment amount or a receipt number take real values.
UPDATE link_request lr SET proof_value = CASE WHEN lr.status = 'pending' THEN
           to_char(lp.amount + 0.01, 'FM999999990.00') ELSE to_char(lp.amount, 'FM999999990.00') END
FROM (SELECT DISTINCT ON (account_id) account_id, amount FROM payment
      WHERE amount > 0 ORDER BY account_id, paid_on DESC, id DESC) lp
WHERE lr.proof_kind = 'last_payment_amount' AND lp.account_id = lr.account_id;

UPDATE link_request lr SET proof_value = CASE WHEN lr.status = 'pending' THEN
           'R' || lpad(((substr(lb.receipt_number, 2)::bigint) + 7)::text, length(lb.receipt_number) - 1, '0')
           ELSE lb.receipt_number END
FROM (SELECT DISTINCT ON (account_id) account_id, receipt_number FROM bill
      ORDER BY account_id, billing_period DESC) lb
WHERE lr.proof_kind = 'receipt_number' AND lb.account_id = lr.account_id;
