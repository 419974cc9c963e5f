"""An account's balance as the portals show it: «Долг / Пеня / Переплата по состоянию на …».

Rules (the portals' and the billing department's):
- charges count from the day their bill is formed, payments from the day they are paid;
- the balance is charges minus payments; a negative balance is an overpayment;
- payments settle the principal (electricity, debt schedule, acts, services) before
  the penalty, so while anything is owed the penalty part is what the payments have
  not reached: ``penalty = min(penalty charged, balance)`` and ``debt = balance - penalty``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Balance:
    """An account's position on a date."""

    account_id: int
    as_of: date
    charged: Decimal
    """Everything billed up to ``as_of``, penalty included."""
    penalty_charged: Decimal
    paid: Decimal
    debt: Decimal
    penalty: Decimal
    overpayment: Decimal

    @property
    def net(self) -> Decimal:
        """Charges minus payments: positive owes, negative is credit."""
        return self.charged - self.paid

    @property
    def total_due(self) -> Decimal:
        """What the customer owes now (debt and penalty)."""
        return self.debt + self.penalty


def split_balance(
    account_id: int, as_of: date, charged: Decimal, penalty_charged: Decimal, paid: Decimal
) -> Balance:
    """Apply the settlement rules to the totals of one account."""
    net = charged - paid
    if net <= 0:
        return Balance(account_id, as_of, charged, penalty_charged, paid, ZERO, ZERO, -net + ZERO)
    penalty = min(penalty_charged, net)
    return Balance(account_id, as_of, charged, penalty_charged, paid, net - penalty, penalty, ZERO)


_TOTALS = text("""
    SELECT a.id,
           coalesce(charged.amount, 0) AS charged,
           coalesce(penalty.amount, 0) AS penalty_charged,
           coalesce(paid.amount, 0) AS paid
    FROM account a
    LEFT JOIN (SELECT b.account_id, sum(b.amount) AS amount FROM bill b
                WHERE b.account_id = ANY(CAST(:ids AS bigint[])) AND b.formed_on <= :as_of
                GROUP BY b.account_id) charged ON charged.account_id = a.id
    LEFT JOIN (SELECT b.account_id, sum(l.amount) AS amount
                 FROM bill b JOIN bill_line l ON l.bill_id = b.id
                WHERE b.account_id = ANY(CAST(:ids AS bigint[])) AND b.formed_on <= :as_of
                  AND l.kind = 'penalty'
                GROUP BY b.account_id) penalty ON penalty.account_id = a.id
    LEFT JOIN (SELECT p.account_id, sum(p.amount) AS amount FROM payment p
                WHERE p.account_id = ANY(CAST(:ids AS bigint[])) AND p.paid_on <= :as_of
                GROUP BY p.account_id) paid ON paid.account_id = a.id
    WHERE a.id = ANY(CAST(:ids AS bigint[]))
""")
"""Charges, penalty charged and payments of several accounts, one grouped pass over each
table (not three correlated subqueries per account)."""


def balances(session: Session, account_ids: Sequence[int], as_of: date) -> dict[int, Balance]:
    """Balances of several accounts on ``as_of`` in one query (for result lists and cards)."""
    if not account_ids:
        return {}
    rows = session.execute(_TOTALS, {"ids": list(account_ids), "as_of": as_of}).all()
    return {
        row.id: split_balance(
            row.id, as_of, Decimal(row.charged), Decimal(row.penalty_charged), Decimal(row.paid)
        )
        for row in rows
    }


_STORED = text("""
    SELECT a.id, t.charged - t.paid AS net, t.dated_until
      FROM billing.account a LEFT JOIN billing.account_total t ON t.account_id = a.id
     WHERE a.id = ANY(CAST(:ids AS bigint[]))
""")
"""The stored totals (``billing.account_total``, kept by triggers) of several accounts: an
account with no row has never been billed nor paid."""


def nets(session: Session, account_ids: Sequence[int], as_of: date) -> dict[int, Decimal]:
    """Charges minus payments of several accounts on ``as_of`` (positive owes, negative is
    an overpayment): what a result page's debt badges show.

    One row per account from the stored totals; an account whose totals hold a bill or
    payment dated after ``as_of`` (the console looking at an earlier day) is summed from
    its history instead, so the answer is always :attr:`Balance.net`.
    """
    if not account_ids:
        return {}
    found: dict[int, Decimal] = {}
    earlier: list[int] = []
    for row in session.execute(_STORED, {"ids": list(account_ids)}):
        if row.dated_until is not None and row.dated_until > as_of:
            earlier.append(row.id)
        else:
            found[row.id] = Decimal(row.net) if row.net is not None else ZERO
    found.update((i, b.net) for i, b in balances(session, earlier, as_of).items())
    return found


def balance(session: Session, account_id: int, as_of: date) -> Balance:
    """The balance of one account on ``as_of``; raises LookupError for an unknown account."""
    found = balances(session, [account_id], as_of)
    if account_id not in found:
        raise LookupError(f"no account {account_id}")
    return found[account_id]


_BEFORE_BILLS = text("""
    SELECT b.id,
           coalesce((SELECT sum(o.amount) FROM bill o
                     WHERE o.account_id = b.account_id
                       AND (o.formed_on < b.formed_on
                            OR (o.formed_on = b.formed_on AND o.id < b.id))), 0)
           - coalesce((SELECT sum(p.amount) FROM payment p
                       WHERE p.account_id = b.account_id
                         AND (p.paid_on < b.formed_on
                              OR (p.paid_on = b.formed_on AND p.created_at < b.created_at))),
                      0) AS carried
    FROM bill b
    WHERE b.id IN :ids
""").bindparams(bindparam("ids", expanding=True))


def carried_into_bills(session: Session, bill_ids: Sequence[int]) -> dict[int, Decimal]:
    """The net balance each bill starts from: its account's bills formed before it
    (earlier days, and earlier bills of the same day) minus the payments received before
    it (earlier days, and the same day's recorded before the bill was formed).

    A correction formed the day of the bill it corrects starts from that bill, so its
    total due (this plus its own amount) is what the customer owes after it.
    """
    if not bill_ids:
        return {}
    rows = session.execute(_BEFORE_BILLS, {"ids": list(bill_ids)})
    return {int(row.id): Decimal(row.carried) for row in rows}


DEBT_KINDS = ("electricity", "debt_schedule", "act", "service")
"""What a debt is for, as the portals split it (corrections count with electricity)."""
_KOPECK = Decimal("0.01")


def split_debt(
    debt: Decimal, bills_newest_first: Sequence[Sequence[tuple[str, Decimal]]]
) -> dict[str, Decimal]:
    """The debt (penalty apart) by kind: payments settle the oldest bills first, so what
    is owed is the newest bills' lines; the oldest bill the debt reaches is owed in part,
    shared among its kinds in proportion. Debt older than the bills given is electricity.
    """
    owed = dict.fromkeys(DEBT_KINDS, ZERO)
    remaining = debt
    for lines in bills_newest_first:
        if remaining <= 0:
            break
        bill = dict.fromkeys(DEBT_KINDS, ZERO)
        for kind, amount in lines:
            if kind != "penalty":
                bill[kind if kind in bill else "electricity"] += amount
        total = sum(bill.values(), ZERO)
        if total <= 0:
            continue
        if total <= remaining:
            share = bill
        else:
            share = {k: (v * remaining / total).quantize(_KOPECK) for k, v in bill.items()}
            share["electricity"] += remaining - sum(share.values(), ZERO)
        for kind, amount in share.items():
            owed[kind] += amount
        remaining -= sum(share.values(), ZERO)
    if remaining > 0:
        owed["electricity"] += remaining
    return owed
