"""The cash desk in the database: shifts, one press = one payment, reversals, permissions."""

from __future__ import annotations

import uuid
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.services import fiscal
from console.services import payments as service
from console.tasks import ErrorKind, classify_error
from models import clock
from models.domain.problems import ValidationFailed
from tests.payments.conftest import OperatorSessions


def _open_account(session: Session) -> int:
    return int(
        session.execute(
            text("SELECT id FROM account WHERE status = 'open' ORDER BY id LIMIT 1")
        ).scalar_one()
    )


def _request(account_id: int, amount: str, method: str = "cash", key: uuid.UUID | None = None):
    return service.PaymentRequest(account_id, Decimal(amount), method, None, key or uuid.uuid4())


def _codes(raised: pytest.ExceptionInfo[ValidationFailed]) -> list[str]:
    return [p.code for p in raised.value.problems]


def test_the_same_key_records_one_payment_on_double_click_retry_and_reconnect(
    operator: OperatorSessions, engine: Engine
) -> None:
    cashier = operator("billing_cashier")
    with cashier() as session:
        account_id = _open_account(session)
        before = service.account_summary(session, account_id, clock.today()).balance
        service.open_shift(session, Decimal("1000.00"))
        request = _request(account_id, "1500.00")
        first = service.take_payment(session, request)
        again = service.take_payment(session, request)  # double click / retry
    with cashier() as reconnected:  # a new connection after a lost one
        retried = service.take_payment(reconnected, request)
    assert first.payment.id == again.payment.id == retried.payment.id
    assert first.account.balance.net == before.net - Decimal("1500.00")
    with engine.connect() as connection:
        count = connection.execute(
            text("SELECT count(*) FROM billing.payment WHERE idempotency_key = :k"),
            {"k": request.idempotency_key},
        ).scalar_one()
    assert count == 1
    assert first.payment.entered_by != "postgres"  # the operator, not the function's owner


def test_a_reused_key_with_another_amount_is_refused(operator: OperatorSessions) -> None:
    with operator("billing_cashier")() as session:
        account_id = _open_account(session)
        service.open_shift(session, Decimal("0"))
        key = uuid.uuid4()
        service.take_payment(session, _request(account_id, "100.00", key=key))
        with pytest.raises(ValidationFailed) as raised:
            service.take_payment(session, _request(account_id, "200.00", key=key))
    assert _codes(raised) == ["payment.key_reused"]


@pytest.mark.parametrize("amount", ["0", "-5.00", "1000000.01", "10.001"])
def test_amount_out_of_range_is_refused_by_the_database(
    operator: OperatorSessions, amount: str
) -> None:
    with operator("billing_cashier")() as session:
        account_id = _open_account(session)
        service.open_shift(session, Decimal("0"))
        with pytest.raises(ValidationFailed) as raised:
            service.take_payment(session, _request(account_id, amount))
    assert _codes(raised) == ["payment.amount_range"]
    assert raised.value.problems[0].field == "amount"


def test_payments_need_an_open_shift_but_not_an_open_account(
    operator: OperatorSessions, session: Session
) -> None:
    closed_id = session.execute(
        text("SELECT id FROM account WHERE status <> 'open' ORDER BY id LIMIT 1")
    ).scalar()
    with operator("billing_cashier")() as cashier:
        account_id = _open_account(cashier)
        with pytest.raises(ValidationFailed) as raised:
            service.take_payment(cashier, _request(account_id, "10.00"))
        assert _codes(raised) == ["cash_shift.not_open"]
        service.open_shift(cashier, Decimal("0"))
        with pytest.raises(ValidationFailed) as again:
            service.open_shift(cashier, Decimal("0"))
        assert _codes(again) == ["cash_shift.already_open"]
        if closed_id is not None:  # debtors can pay (issue 12)
            service.take_payment(cashier, _request(int(closed_id), "10.00"))


def test_shift_arithmetic_expected_is_float_plus_cash_minus_cash_reversals(
    operator: OperatorSessions,
) -> None:
    cashier, supervisor = operator("billing_cashier"), operator("billing_supervisor")
    with cashier() as session:
        account_id = _open_account(session)
        service.open_shift(session, Decimal("2000.00"))
        service.take_payment(session, _request(account_id, "1000.00"))
        mistaken = service.take_payment(session, _request(account_id, "300.50"))
        service.take_payment(session, _request(account_id, "700.00", "card"))
    with supervisor() as session:
        reversal = service.reverse_payment(session, mistaken.payment.id, "Ошибка в сумме")
        assert reversal.amount == Decimal("-300.50")
        assert reversal.reverses_id == mistaken.payment.id
        with pytest.raises(ValidationFailed) as twice:
            service.reverse_payment(session, mistaken.payment.id, "Ещё раз")
        assert _codes(twice) == ["payment.already_reversed"]
    with cashier() as session:
        # The cheques of the shift (sales and the refund) are printed before it closes.
        fiscal.fiscalise_pending(session, fiscal.register_of(fiscal.cash_desk(session)))
        closed = service.close_shift(session, Decimal("2999.50"))
        assert service.current_shift(session) is None
    assert closed.expected_cash == Decimal("3000.00")  # 2000 + 1000 + 300.50 - 300.50
    assert closed.counted_cash == Decimal("2999.50")
    assert closed.difference == Decimal("-0.50")
    assert closed.card_total == Decimal("700.00")


def _sqlstate(error: DBAPIError) -> str | None:
    original = error.orig
    return original.sqlstate if isinstance(original, psycopg.Error) else None


def test_a_cashier_cannot_reverse_and_an_agent_cannot_take_payments(
    operator: OperatorSessions,
) -> None:
    with operator("billing_cashier")() as cashier:
        account_id = _open_account(cashier)
        service.open_shift(cashier, Decimal("0"))
        taken = service.take_payment(cashier, _request(account_id, "50.00"))
        with pytest.raises(DBAPIError) as refused:
            service.reverse_payment(cashier, taken.payment.id, "Не положено")
        assert _sqlstate(refused.value) == "42501"
        assert classify_error(refused.value).kind is ErrorKind.PERMISSION
    with operator("billing_agent")() as agent:
        with pytest.raises(DBAPIError) as denied:
            service.take_payment(agent, _request(account_id, "50.00"))
        assert _sqlstate(denied.value) == "42501"
        agent.rollback()
        with pytest.raises(DBAPIError) as no_shift:
            service.open_shift(agent, Decimal("0"))
        assert _sqlstate(no_shift.value) == "42501"
        agent.rollback()
        # Agents read the history.
        history = service.account_history(
            agent, account_id, clock.today().replace(year=2025), clock.today(), clock.today()
        )
        assert taken.payment.id in [p.id for p in history.payments]


def test_nobody_updates_or_deletes_payments(operator: OperatorSessions, engine: Engine) -> None:
    for group in ("billing_cashier", "billing_supervisor"):
        with operator(group)() as session:
            for sql in (
                "UPDATE payment SET amount = 1 WHERE id = (SELECT min(id) FROM payment)",
                "DELETE FROM payment WHERE id = (SELECT min(id) FROM payment)",
            ):
                with pytest.raises(DBAPIError) as refused:
                    session.execute(text(sql))
                assert _sqlstate(refused.value) == "42501"
                session.rollback()
    with engine.connect() as owner:  # not even the schema owner
        owner.execute(text("SET ROLE billing_owner"))
        with pytest.raises(DBAPIError) as refused:
            owner.execute(text("DELETE FROM billing.payment WHERE id = 1"))
        assert _sqlstate(refused.value) == "42501"


def test_print_log_numbers_copies(operator: OperatorSessions) -> None:
    with operator("billing_agent")() as session:
        assert service.record_print(session, "bill", "1", None) == 1
        assert service.record_print(session, "bill", "1", None) == 2
        assert service.record_print(session, "statement", "1", None) == 1
