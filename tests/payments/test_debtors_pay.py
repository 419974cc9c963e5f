"""Debtors can pay (issue 12): nothing about the account's standing refuses money at the
cash desk: not a suspended or closed account, not a bill already paid, not a payment
far above what is due (it stays as credit)."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text

from tests.payments.conftest import OperatorSessions


def _take(engine_sessions: OperatorSessions, sql: str, **params: object) -> None:
    with engine_sessions("billing_cashier")() as session:
        session.execute(text("SELECT billing.open_shift(0)"))
        session.commit()
        session.execute(text(sql), {**params, "key": uuid.uuid4()})
        session.commit()


@pytest.mark.parametrize("status", ["suspended", "closed"])
def test_a_suspended_or_closed_account_can_pay_its_debt(
    engine: Engine, operator: OperatorSessions, status: str
) -> None:
    with engine.begin() as connection:
        account, paid_bill = connection.execute(
            text(
                "SELECT b.account_id, b.id FROM bill b WHERE b.paid_on IS NOT NULL"
                " ORDER BY b.id LIMIT 1"
            )
        ).one()
        connection.execute(
            text("UPDATE account SET status = :s WHERE id = :a"), {"s": status, "a": account}
        )
        before = connection.execute(
            text("SELECT coalesce(sum(amount), 0) FROM payment WHERE account_id = :a"),
            {"a": account},
        ).scalar_one()
    # Plain SQL as the cashier: a payment far above the due amount, to a bill already paid.
    _take(
        operator,
        "SELECT billing.take_payment(:a, 250000.00, 'cash', :b, :key)",
        a=account,
        b=paid_bill,
    )
    with engine.connect() as connection:
        after = connection.execute(
            text("SELECT coalesce(sum(amount), 0) FROM payment WHERE account_id = :a"),
            {"a": account},
        ).scalar_one()
        audited = connection.execute(
            text(
                "SELECT count(*) FROM audit_log WHERE table_name = 'payment'"
                " AND new_values ->> 'account_id' = :a"
            ),
            {"a": str(account)},
        ).scalar_one()
    assert after - before == Decimal("250000.00")
    assert audited >= 1
