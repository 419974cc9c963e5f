"""A supervisor reverses a payment from the history; a cashier cannot."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.payments.history_tab import PaymentsTab
from console.payments.reversal_dialog import ReversalDialog
from console.services import payments as service
from console.services.payments import AccountHistory, PaymentRow
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.domain.problems import ValidationFailed
from tests.payments.conftest import OperatorSessions
from widgets.qt import Qt, QtCore


@pytest.fixture
def payment(session: Session) -> tuple[int, int, Decimal]:
    """``(account id, payment id, amount)`` of a recent payment nobody has reversed."""
    row = session.execute(
        text(
            "SELECT p.account_id, p.id, p.amount FROM payment p"
            " WHERE p.reverses_id IS NULL AND p.paid_on > billing.today() - 300"
            " AND NOT EXISTS (SELECT FROM payment r WHERE r.reverses_id = p.id)"
            " ORDER BY p.paid_on DESC, p.id LIMIT 1"
        )
    ).one()
    return int(row[0]), int(row[1]), Decimal(row[2])


def _runner(sessions: sessionmaker[Session]) -> TaskRunner:
    return TaskRunner(sessions)


@pytest.fixture
def supervisor_runner(operator: OperatorSessions) -> Iterator[TaskRunner]:
    runner = _runner(operator("billing_supervisor"))
    yield runner
    runner.wait_for_done()


def _shown(qtbot: QtBot, tab: PaymentsTab, account_id: int) -> AccountHistory:
    with qtbot.waitSignal(tab.history_shown, timeout=10_000) as shown:
        tab.load_account(account_id)
    history: AccountHistory = shown.args[0]
    return history


def _select(tab: PaymentsTab, payment_id: int) -> None:
    model = tab.payments_model
    for row in range(model.rowCount()):
        if model.item(row, 0).data(QtCore.Qt.ItemDataRole.UserRole + 2) == payment_id:
            tab.payments_view.setCurrentIndex(model.index(row, 0))
            return
    raise AssertionError(f"payment {payment_id} is not in the table")


def _reversals(session: Session, payment_id: int) -> list[Decimal]:
    session.rollback()
    return list(
        session.execute(
            text("SELECT amount FROM payment WHERE reverses_id = :id"), {"id": payment_id}
        ).scalars()
    )


def test_a_supervisor_reverses_a_payment_once_with_a_reason(
    qtbot: QtBot,
    supervisor_runner: TaskRunner,
    session: Session,
    payment: tuple[int, int, Decimal],
) -> None:
    account_id, payment_id, amount = payment
    tab = PaymentsTab(supervisor_runner, role="supervisor")
    qtbot.addWidget(tab)
    history = _shown(qtbot, tab, account_id)
    qtbot.waitUntil(lambda: tab.balance_label.text() != "—")
    balance_before = tab.balance_label.text()
    assert not tab.reverse_button.isHidden()
    assert "Ctrl+Shift+V" in tab.reverse_button.text()
    _select(tab, payment_id)
    assert tab.reverse_button.isEnabled()

    with qtbot.waitSignal(tab.reversal_opened, timeout=5_000) as opened:
        tab.reverse_button.click()
    dialog: ReversalDialog = opened.args[0]
    assert dialog.isVisible()
    assert not dialog.confirm_button.isEnabled()  # a reason is required
    dialog.reason_edit.setText("ab")
    dialog.confirm()
    assert dialog.reason_error.isVisible()
    assert _reversals(session, payment_id) == []

    qtbot.keyClicks(dialog.reason_edit, "c")
    dialog.reason_edit.insert(": оплата на чужой лицевой счёт")
    assert dialog.confirm_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter alone does not reverse
    qtbot.wait(200)
    assert dialog.isVisible()
    assert _reversals(session, payment_id) == []
    with qtbot.waitSignal(tab.history_shown, timeout=10_000) as refreshed:
        dialog.confirm()
        dialog.confirm()  # a double press records one reversal
    assert _reversals(session, payment_id) == [-amount]

    after: AccountHistory = refreshed.args[0]
    assert len(after.payments) == len(history.payments) + 1
    entry = next(p for p in after.payments if p.reverses_id == payment_id)
    assert entry.amount == -amount
    assert entry.reason == "abc: оплата на чужой лицевой счёт"
    texts = [tab.payments_model.item(r, 1).text() for r in range(tab.payments_model.rowCount())]
    assert any(t.startswith("-") for t in texts)
    qtbot.waitUntil(lambda: tab.balance_label.text() != balance_before, timeout=10_000)
    assert f"-{amount}".replace(".", ",")[-3:] in tab.status.text()
    assert "reversed" in tab.status.text() or "сторн" in tab.status.text().lower()

    # The reversed payment (and its reversal) cannot be reversed again.
    _select(tab, payment_id)
    assert not tab.reverse_button.isEnabled()
    _select(tab, entry.id)
    assert not tab.reverse_button.isEnabled()
    # Even if the console let it through, the database says no, clearly.
    original = next(p for p in history.payments if p.id == payment_id)
    second = ReversalDialog(supervisor_runner, original, "", None)
    qtbot.addWidget(second)
    second.reason_edit.setText("ещё раз")
    with qtbot.waitSignal(second.refused, timeout=10_000) as refused:
        second.confirm()
    error: TaskError = refused.args[0]
    assert [p.code for p in error.problems] == ["payment.already_reversed"]
    assert not second.reason_error.isHidden()
    assert _reversals(session, payment_id) == [-amount]


def test_a_cashier_gets_no_reversal_and_the_database_refuses_it(
    qtbot: QtBot,
    operator: OperatorSessions,
    session: Session,
    payment: tuple[int, int, Decimal],
) -> None:
    account_id, payment_id, _ = payment
    cashier = operator("billing_cashier")
    runner = _runner(cashier)
    try:
        tab = PaymentsTab(runner, role="cashier")
        qtbot.addWidget(tab)
        history = _shown(qtbot, tab, account_id)
        _select(tab, payment_id)
        assert tab.reverse_button.isHidden()
        assert not tab.reverse_button.isEnabled()
        tab.reverse_selected_payment()  # the shortcut does nothing either
        assert tab.findChild(ReversalDialog) is None

        # The database is the guard: 42501, shown as a permission refusal.
        row: PaymentRow = next(p for p in history.payments if p.id == payment_id)
        dialog = ReversalDialog(runner, row, "", None)
        qtbot.addWidget(dialog)
        dialog.reason_edit.setText("попытка кассира")
        with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
            dialog.confirm()
        error: TaskError = refused.args[0]
        assert error.kind is ErrorKind.PERMISSION
        assert not dialog.reason_error.isHidden()
    finally:
        runner.wait_for_done()
    with cashier() as own, pytest.raises(DBAPIError) as raised:
        service.reverse_payment(own, payment_id, "попытка кассира")
    assert isinstance(raised.value.orig, psycopg.errors.InsufficientPrivilege)
    assert raised.value.orig.sqlstate == "42501"
    assert _reversals(session, payment_id) == []


def test_a_second_reversal_is_refused_by_the_database(
    operator: OperatorSessions, payment: tuple[int, int, Decimal]
) -> None:
    _, payment_id, _ = payment
    with operator("billing_supervisor")() as supervisor:
        service.reverse_payment(supervisor, payment_id, "первое сторно")
        with pytest.raises(ValidationFailed) as raised:
            service.reverse_payment(supervisor, payment_id, "второе сторно")
    assert [p.code for p in raised.value.problems] == ["payment.already_reversed"]
