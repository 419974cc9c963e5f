-- Runs once every account's history is in: link requests whose proof is a payment
-- amount or a receipt number take real values.
-- (pending ones are near misses: a kopeck more, a receipt number off by a few).
UPDATE link_request lr SET proof_value = CASE WHEN lr.status = 'pending'
           THEN to_char(lp.amount + 0.01, 'FM999999990.00')
           ELSE to_char(lp.amount, 'FM999999990.00') END
FROM (SELECT DISTINCT ON (account_id) account_id, amount FROM payment
      WHERE account_id IN (SELECT account_id FROM link_request) AND amount > 0
      ORDER BY account_id, paid_on DESC, id DESC) lp
WHERE lr.proof_kind = 'last_payment_amount' AND lp.account_id = lr.account_id;

UPDATE link_request lr SET proof_value = CASE WHEN lr.status = 'pending'
           THEN 'R' || lpad(((substr(lb.receipt_number, 2)::bigint) + 7)::text,
                            length(lb.receipt_number) - 1, '0')
           ELSE lb.receipt_number END
FROM (SELECT DISTINCT ON (account_id) account_id, receipt_number FROM bill
      WHERE account_id IN (SELECT account_id FROM link_request)
      ORDER BY account_id, billing_period DESC) lb
WHERE lr.proof_kind = 'receipt_number' AND lb.account_id = lr.account_id;

-- The portal's login history of the demo logins: a last login for those who ever logged
-- in, a few failed attempts since on some, and a handful locked after five failures
-- (for a month from the day the demo is loaded).
UPDATE portal_user SET last_login_at = greatest(created_at, least(
           created_at + ((id * 37) % 400) * interval '1 hour',
           (SELECT max(formed_on) FROM bill)::timestamptz - ((id * 7) % 30) * interval '1 hour'))
WHERE status IN ('active', 'blocked');

UPDATE portal_user
   SET failed_login_count = CASE WHEN id % 45 = 0 THEN 5 ELSE 1 + id % 4 END,
       last_failed_login_at = last_login_at + ((id * 13) % 50 + 1) * interval '1 hour',
       locked_until = CASE WHEN id % 45 = 0 THEN now() + interval '30 days' END
WHERE status = 'active' AND id % 9 = 0;

-- Internet payments made on the portal in the last two days that billing has not posted
-- yet (the card shows them pending): about one account in thirty, the last bill's amount.
INSERT INTO internet_payment (account_id, amount, paid_at, external_id, status)
SELECT lb.account_id, lb.amount,
       (SELECT max(paid_on) FROM payment)::timestamptz + ((lb.account_id * 7) % 40) * interval '1 hour',
       'SBP-' || lpad(lb.account_id::text, 10, '0'), 'pending'
FROM (SELECT DISTINCT ON (account_id) account_id, amount FROM bill
      WHERE account_id % 31 = 3 AND amount > 0
      ORDER BY account_id, billing_period DESC, id DESC) lb;

-- The proofs registration applicants gave: the account number with the unique number
-- of its last receipt (every third review's off by a few, as a mistyped one is), and on
-- every other review the last payment amount too (a kopeck more on half of them). The
-- moderation tab shows each proof with the database's verdict.
INSERT INTO registration_proof (review_id, kind, region_id, account_number, proof_value)
SELECT rv.id, 'receipt_number', rv.region_id, rv.account_number,
       CASE WHEN rv.id % 3 = 0
            THEN 'R' || lpad(((substr(lb.receipt_number, 2)::bigint) + 7)::text,
                             length(lb.receipt_number) - 1, '0')
            ELSE lb.receipt_number END
FROM registration_review rv
JOIN account a ON a.region_id = rv.region_id AND a.number = rv.account_number
JOIN LATERAL (SELECT b.receipt_number FROM bill b WHERE b.account_id = a.id
               ORDER BY b.billing_period DESC, b.id DESC LIMIT 1) lb ON true
ORDER BY rv.id;

INSERT INTO registration_proof (review_id, kind, region_id, account_number, proof_value)
SELECT rv.id, 'last_payment_amount', rv.region_id, rv.account_number,
       to_char(lp.amount + CASE WHEN rv.id % 4 = 0 THEN 0.01 ELSE 0 END, 'FM999999990.00')
FROM registration_review rv
JOIN account a ON a.region_id = rv.region_id AND a.number = rv.account_number
JOIN LATERAL (SELECT p.amount FROM payment p WHERE p.account_id = a.id AND p.amount > 0
                AND NOT EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id)
               ORDER BY p.paid_on DESC, p.id DESC LIMIT 1) lp ON true
WHERE rv.id % 2 = 0
ORDER BY rv.id;

-- A few agents' requests to merge two logins of different customers (a caller who says
-- both are theirs): a supervisor approves or rejects them in the moderation tab.
INSERT INTO merge_request (keep_id, joined_id, keep_login, joined_login, keep_version,
                           joined_version, keep_customer_id, joined_customer_id, comment,
                           requested_by, requested_at)
SELECT k.id, j.id, k.login, j.login, k.version, j.version, k.customer_id, j.customer_id,
       'Абонент просит объединить учётные записи: обе его', 'demo_agent',
       k.created_at + interval '1 day'
FROM (SELECT u.*, row_number() OVER (ORDER BY u.id) AS n FROM portal_user u
       WHERE u.status = 'active' AND u.kind = 'person' AND u.id % 53 = 5) k
JOIN (SELECT u.*, row_number() OVER (ORDER BY u.id) AS n FROM portal_user u
       WHERE u.status = 'active' AND u.kind = 'person' AND u.id % 53 = 29) j
  ON j.n = k.n AND j.customer_id <> k.customer_id
WHERE k.n <= 4;
