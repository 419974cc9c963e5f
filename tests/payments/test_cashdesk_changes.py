"""The cash desk hears other consoles' writes: the balance of the account on the form and
the figures of its shift change without F5, and nothing the cashier typed moves."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.database.change_listener import ChangeListener
from console.navigation import Navigator
from console.payments.cashdesk_tab import CashDeskTab
from console.services import payments as service
from console.tasks import TaskRunner
from tests.payments.conftest import OperatorSessions
from widgets.qt import Qt


class Desk:
    """A cashier's desk listening for changes, as the main window wires it."""

    def __init__(self, qtbot: QtBot, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.runner = TaskRunner(sessions)
        self.navigator = Navigator()
        self.runner.changed.connect(self.navigator.changed)
        self.listener = ChangeListener(sessions.kw["bind"])
        self.listener.changed.connect(self.navigator.changed)
        with qtbot.waitSignal(self.listener.listening, timeout=10_000):
            self.listener.start()
        with sessions() as session:
            self.shift = service.open_shift(session, Decimal("0.00"))
        self.tab = CashDeskTab(self.runner, navigator=self.navigator)
        self.tab.follow_changes(self.navigator)
        qtbot.addWidget(self.tab)
        self.tab.show()
        qtbot.waitUntil(lambda: "open since" in self.tab.shift_label.text(), timeout=10_000)


@pytest.fixture
def desk(qtbot: QtBot, operator: OperatorSessions) -> Iterator[Desk]:
    desk = Desk(qtbot, operator("billing_cashier"))
    yield desk
    desk.listener.stop()
    desk.runner.wait_for_done()


def _open_account(session: Session) -> int:
    return int(
        session.execute(
            text("SELECT id FROM billing.account WHERE status = 'open' ORDER BY id LIMIT 1")
        ).scalar_one()
    )


def _pay(sessions: sessionmaker[Session], account_id: int, amount: str) -> None:
    with sessions() as session:
        if service.current_shift(session) is None:
            service.open_shift(session, Decimal("0.00"))
        request = service.PaymentRequest(account_id, Decimal(amount), "cash", None, uuid.uuid4())
        service.take_payment(session, request)


def test_another_consoles_payment_updates_the_balance_and_keeps_the_typed_amount(
    qtbot: QtBot, desk: Desk, operator: OperatorSessions, session: Session
) -> None:
    account_id = _open_account(session)
    tab = desk.tab
    tab.load_account(account_id)
    qtbot.waitUntil(tab.amount_edit.hasFocus, timeout=10_000)
    before = tab.balance_label.text()
    assert before != "—"
    tab.amount_edit.selectAll()
    qtbot.keyClicks(tab.amount_edit, "12,34")
    bill = tab.bill_combo.currentData()

    _pay(operator("billing_cashier"), account_id, "777.77")  # another cashier, another PC
    qtbot.waitUntil(lambda: tab.balance_label.text() != before, timeout=10_000)
    assert tab.amount_edit.text() == "12,34"
    assert tab.amount_edit.hasFocus()
    assert tab.account_edit.text() == tab.payment_panel.picker.number()
    if bill is not None and tab.bill_combo.findData(bill) >= 0:
        assert tab.bill_combo.currentData() == bill  # the bill chosen stays chosen
    assert "shift" not in tab.status.text().lower()  # the desk's own shift is untouched

    # The cashier goes on: Ctrl+Enter takes the amount typed, for the fresh balance.
    with (
        qtbot.waitSignal(tab.payment_taken, timeout=20_000) as taken,
        qtbot.waitSignal(tab.receipt_shown, timeout=60_000) as shown,
    ):
        qtbot.keyClick(tab.amount_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert taken.args[0].payment.amount == Decimal("12.34")
    shown.args[0].reject()


def test_a_payment_on_the_shift_from_another_session_updates_its_figures(
    qtbot: QtBot, desk: Desk, session: Session
) -> None:
    account_id = _open_account(session)
    tab = desk.tab
    assert "500,00" not in tab.shift_label.text()
    _pay(desk.sessions, account_id, "500.00")  # the same cashier's shift, another session
    qtbot.waitUntil(lambda: "500,00" in tab.shift_label.text(), timeout=10_000)
    assert f"№ {desk.shift.id}" in tab.shift_label.text()
