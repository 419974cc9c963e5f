"""Balance as of a date, against hand-computed cases."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from models.queries.balance import balance, split_balance

D = Decimal


@pytest.mark.parametrize(
    ("charged", "penalty_charged", "paid", "debt", "penalty", "overpayment"),
    [
        ("1000.00", "0.00", "1000.00", "0.00", "0.00", "0.00"),
        ("1000.00", "0.00", "400.00", "600.00", "0.00", "0.00"),
        ("1000.00", "50.00", "400.00", "550.00", "50.00", "0.00"),
        ("1000.00", "50.00", "980.00", "0.00", "20.00", "0.00"),
        ("1000.00", "50.00", "1100.00", "0.00", "0.00", "100.00"),
        ("0.00", "0.00", "300.00", "0.00", "0.00", "300.00"),
    ],
)
def test_settlement_rules(charged, penalty_charged, paid, debt, penalty, overpayment) -> None:
    result = split_balance(1, date(2026, 1, 1), D(charged), D(penalty_charged), D(paid))
    assert (result.debt, result.penalty, result.overpayment) == (
        D(debt),
        D(penalty),
        D(overpayment),
    )


def _new_account(session: Session) -> int:
    customer = session.execute(
        text(
            "INSERT INTO customer (kind, last_name, first_name) VALUES ('person', 'Тестов', 'Тест') RETURNING id"
        )
    ).scalar_one()
    return int(
        session.execute(
            text(
                "INSERT INTO account (region_id, number, customer_id, settlement, street, house, opened_on)"
                " VALUES (1, :n, :c, 'г. Симферополь', 'ул. Ленина', '5', '2020-01-01') RETURNING id"
            ),
            {"n": str(900_000_000 + int(customer)), "c": customer},
        ).scalar_one()
    )


def _bill(
    session: Session, account: int, period: str, formed: str, lines: list[tuple[str, str]]
) -> None:
    total = sum(D(amount) for _kind, amount in lines)
    bill_id = session.execute(
        text(
            "INSERT INTO bill (account_id, billing_period, receipt_number, formed_on, due_on, amount)"
            " VALUES (:a, :p, :r, :f, :f, :t) RETURNING id"
        ),
        {"a": account, "p": period, "r": "R" + str(uuid.uuid4().int)[:14], "f": formed, "t": total},
    ).scalar_one()
    for kind, amount in lines:
        session.execute(
            text(
                "INSERT INTO bill_line (bill_id, kind, zone, description, amount)"
                " VALUES (:b, :k, CASE WHEN :k = 'electricity' THEN 'T1' END, 'x', :m)"
            ),
            {"b": bill_id, "k": kind, "m": D(amount)},
        )


def _pay(session: Session, account: int, paid_on: str, amount: str) -> None:
    session.execute(
        text(
            "INSERT INTO payment (account_id, amount, paid_on, channel) VALUES (:a, :m, :d, 'bank')"
        ),
        {"a": account, "m": D(amount), "d": paid_on},
    )


def test_balance_as_of_dates(session: Session) -> None:
    account = _new_account(session)
    _bill(session, account, "2026-01-01", "2026-02-02", [("electricity", "1200.50")])
    _bill(
        session,
        account,
        "2026-02-01",
        "2026-03-02",
        [("electricity", "1000.00"), ("penalty", "12.30")],
    )
    _pay(session, account, "2026-02-20", "1200.50")
    _pay(session, account, "2026-03-25", "500.00")
    session.commit()
    # before any bill
    early = balance(session, account, date(2026, 2, 1))
    assert (early.debt, early.penalty, early.overpayment) == (D("0.00"), D("0.00"), D("0.00"))
    # first bill formed, not yet paid
    feb = balance(session, account, date(2026, 2, 10))
    assert (feb.debt, feb.penalty) == (D("1200.50"), D("0.00"))
    # first paid, second formed with a penalty
    mar = balance(session, account, date(2026, 3, 10))
    assert (mar.debt, mar.penalty, mar.overpayment) == (D("1000.00"), D("12.30"), D("0.00"))
    # a part payment goes to the principal first
    apr = balance(session, account, date(2026, 4, 1))
    assert (apr.debt, apr.penalty) == (D("500.00"), D("12.30"))
    _pay(session, account, "2026-04-05", "600.00")
    session.commit()
    over = balance(session, account, date(2026, 4, 30))
    assert (over.debt, over.penalty, over.overpayment) == (D("0.00"), D("0.00"), D("87.70"))


def test_unknown_account(session: Session) -> None:
    with pytest.raises(LookupError):
        balance(session, -1, date(2026, 1, 1))
