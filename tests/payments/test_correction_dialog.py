"""A supervisor prints a correction cheque from the payment history («Чек коррекции…»):
keyboard only, a deliberate confirmation, the cheque's attributes in the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from console.fiscal.emulator import RegisterEmulator
from console.payments.correction_dialog import CorrectionConfirmDialog, CorrectionDialog
from console.payments.history_tab import PaymentsTab
from console.services import fiscal
from console.services.payments import AccountHistory
from console.tasks import TaskRunner
from tests.payments.conftest import OperatorSessions
from tests.payments.test_fiscal import register
from tests.payments.test_reversal_dialog import _select, _shown
from widgets.qt import Qt, QtWidgets

__all__ = ["register"]

INPUTS = (QtWidgets.QLineEdit, QtWidgets.QComboBox, QtWidgets.QDateEdit, QtWidgets.QPushButton)


@pytest.fixture
def supervisor_runner(operator: OperatorSessions) -> Iterator[TaskRunner]:
    runner = TaskRunner(operator("billing_supervisor"))
    yield runner
    runner.wait_for_done()


@pytest.fixture
def cash_payment(session: Session) -> tuple[int, int, Decimal]:
    """``(account id, payment id, amount)`` of a recent payment not made by card."""
    row = session.execute(
        text(
            "SELECT p.account_id, p.id, p.amount FROM payment p"
            " WHERE p.reverses_id IS NULL AND p.method IS DISTINCT FROM 'card'"
            " AND p.paid_on > billing.today() - 300 ORDER BY p.paid_on DESC, p.id LIMIT 1"
        )
    ).one()
    return int(row[0]), int(row[1]), Decimal(row[2])


def _corrections(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(text("SELECT count(*) FROM billing.fiscal_correction")).scalar_one()
        )


def _open(qtbot: QtBot, tab: PaymentsTab) -> CorrectionDialog:
    with qtbot.waitSignal(tab.correction_opened, timeout=5_000) as opened:
        qtbot.keyClick(
            tab.payments_view,
            Qt.Key.Key_F,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    dialog: CorrectionDialog = opened.args[0]  # the tab's child, deleted on close
    return dialog


def test_a_supervisor_prints_a_correction_cheque_after_a_deliberate_confirmation(
    qtbot: QtBot,
    supervisor_runner: TaskRunner,
    register: RegisterEmulator,
    engine: Engine,
    cash_payment: tuple[int, int, Decimal],
    russian: object,
) -> None:
    account_id, payment_id, amount = cash_payment
    tab = PaymentsTab(supervisor_runner, role="supervisor")
    qtbot.addWidget(tab)
    tab.show()
    _shown(qtbot, tab, account_id)
    assert not tab.correction_button.isHidden()
    assert tab.correction_button.isEnabled()
    _select(tab, payment_id)
    tab.payments_view.setFocus()
    dialog = _open(qtbot, tab)
    assert dialog.isVisible()
    unnamed = [
        (type(w).__name__, w.objectName())
        for kind in INPUTS
        for w in dialog.findChildren(kind)
        if not (w.objectName() and w.accessibleName())
    ]
    assert [u for u in unnamed if u[1] != "qt_spinbox_lineedit"] == []
    # The payment's amount and method are filled in; the keyboard does the rest.
    assert Decimal("".join(dialog.amount_edit.text().split()).replace(",", ".")) == amount
    assert dialog.method_combo.currentData() == "cash"
    qtbot.waitUntil(dialog.kind_combo.hasFocus)
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # refund-of-income correction
    assert dialog.kind_combo.currentData() == "sellReturnCorrection"
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
    assert dialog.type_combo.hasFocus()
    qtbot.keyClick(dialog.type_combo, Qt.Key.Key_Down)  # by order: needs the number
    assert dialog.type_combo.currentData() == "instruction"

    # Without a reason and the order's number: errors next to the fields, nothing sent.
    dialog.amount_edit.setText("150,00")
    with qtbot.assertNotEmitted(dialog.confirm_asked):
        qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors["reason"].isVisible()
    assert dialog.errors["base_number"].isVisible()
    assert "предписани" in dialog.errors["base_number"].text()
    qtbot.keyClicks(dialog.base_number, "15/2026")
    dialog.reason_edit.insert("Оплата принята без чека")  # typed (QTest types ASCII only)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter alone does nothing
    assert dialog.confirmation is None

    # The confirmation shows what will be printed; Enter there goes back, nothing printed.
    with qtbot.waitSignal(dialog.confirm_asked, timeout=5_000) as asked:
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    confirmation: CorrectionConfirmDialog = asked.args[0]
    summary = confirmation.summary.text()
    assert "Чек коррекции прихода" in summary
    assert "По предписанию" in summary
    assert "№ 15/2026" in summary
    assert "150,00" in summary
    assert "Наличными" in summary
    assert confirmation.back_button.isDefault()
    assert not confirmation.print_button.isDefault()
    assert not confirmation.print_button.autoDefault()
    with qtbot.waitSignal(confirmation.rejected, timeout=5_000):
        qtbot.keyClick(confirmation.back_button, Qt.Key.Key_Return)
    assert _corrections(engine) == 0
    assert register.documents("sellCorrection") == []

    with qtbot.waitSignal(dialog.confirm_asked, timeout=5_000) as asked:
        dialog.review_button.click()
    with (
        qtbot.waitSignal(tab.history_shown, timeout=20_000) as refreshed,
        qtbot.waitSignal(dialog.corrected, timeout=20_000) as corrected,
    ):
        asked.args[0].print_button.click()
    state: fiscal.CorrectionState = corrected.args[0]
    assert state.is_done
    assert "Чек коррекции напечатан" in dialog.message.text()
    assert f"ФД № {state.fd_number}" in dialog.message.text()
    assert not dialog.review_button.isEnabled()  # printed: no second one from this dialog
    (printed,) = register.documents("sellCorrection")
    assert printed["task"]["correctionType"] == "instruction"
    assert printed["task"]["correctionBaseNumber"] == "15/2026"
    assert printed["task"]["total"] == 150.0
    assert _corrections(engine) == 1

    history: AccountHistory = refreshed.args[0]
    (shown,) = history.corrections
    assert shown.payment_id == payment_id
    cells = [tab.corrections_model.item(0, c).text() for c in range(7)]
    assert cells[1] == "Чек коррекции прихода"
    assert cells[2] == "По предписанию"
    assert "№ 15/2026" in cells[3]
    assert cells[5] == (f"ФН № {register.state['fn']}, ФД № {printed['fd']}, ФП {printed['fp']}")
    assert cells[6] == "Оплата принята без чека"
    dialog.close_button.click()


def test_a_correction_the_register_cannot_print_stays_pending_and_f7_prints_it(
    qtbot: QtBot,
    supervisor_runner: TaskRunner,
    register: RegisterEmulator,
    engine: Engine,
    cash_payment: tuple[int, int, Decimal],
) -> None:
    account_id, _, _ = cash_payment
    tab = PaymentsTab(supervisor_runner, role="supervisor")
    qtbot.addWidget(tab)
    tab.show()
    _shown(qtbot, tab, account_id)
    tab.payments_view.setFocus()
    dialog = _open(qtbot, tab)
    dialog.reason_edit.insert("cheque not printed at the desk")
    register.set_mode("paper_out")
    with qtbot.waitSignal(dialog.confirm_asked, timeout=5_000) as asked:
        dialog.review_button.click()
    with qtbot.waitSignal(dialog.corrected, timeout=20_000) as corrected:
        asked.args[0].print_button.click()
    assert not corrected.args[0].is_done
    assert corrected.args[0].failure == "paper_out"
    assert dialog.review_button.isEnabled()
    # A second press records no second correction: the same key.
    with qtbot.waitSignal(dialog.confirm_asked, timeout=5_000) as asked:
        dialog.review_button.click()
    with qtbot.waitSignal(dialog.corrected, timeout=20_000):
        asked.args[0].print_button.click()
    assert _corrections(engine) == 1
    register.set_mode("normal")
    assert dialog.retry_button.shortcut().toString() == "F7"
    with qtbot.waitSignal(dialog.retried, timeout=20_000) as retried:
        dialog.retry_button.click()
    assert retried.args[0] == ()
    assert len(register.documents("sellCorrection")) == 1


def test_a_cashier_sees_no_correction_button(
    qtbot: QtBot, operator: OperatorSessions, cash_payment: tuple[int, int, Decimal]
) -> None:
    runner = TaskRunner(operator("billing_cashier"))
    tab = PaymentsTab(runner, role="cashier")
    qtbot.addWidget(tab)
    _shown(qtbot, tab, cash_payment[0])
    assert tab.correction_button.isHidden()
    tab.open_correction()
    runner.wait_for_done()


def test_a_supervisors_console_retries_pending_corrections_by_itself(
    qtbot: QtBot,
    supervisor_runner: TaskRunner,
    operator: OperatorSessions,
    register: RegisterEmulator,
    engine: Engine,
    cash_payment: tuple[int, int, Decimal],
) -> None:
    account_id, _, _ = cash_payment
    tab = PaymentsTab(supervisor_runner, role="supervisor")
    qtbot.addWidget(tab)
    assert tab._correction_timer.isActive()
    _shown(qtbot, tab, account_id)
    dialog = _open_by_button(qtbot, tab)
    assert dialog.amount_edit.text() == ""  # no payment selected: the amount is typed
    dialog.amount_edit.setText("99,90")
    dialog.reason_edit.insert("cheque not printed at the desk")
    register.set_mode("offline")
    with qtbot.waitSignal(dialog.confirm_asked, timeout=5_000) as asked:
        dialog.review_button.click()
    with qtbot.waitSignal(dialog.corrected, timeout=20_000) as corrected:
        asked.args[0].print_button.click()
    assert corrected.args[0].failure == "offline"
    dialog.close_button.click()
    register.set_mode("normal")
    with qtbot.waitSignal(tab.corrections_retried, timeout=20_000) as retried:
        tab._correction_timer.timeout.emit()  # the 30-s timer fires
    (state,) = retried.args[0]
    assert state.is_done
    assert len(register.documents("sellCorrection")) == 1
    with qtbot.waitSignal(tab.corrections_retried, timeout=20_000) as again:
        tab.retry_corrections()
    assert again.args[0] == ()  # nothing pending: the register is not asked
    assert len(register.documents()) == len(register.documents("sellCorrection")) + 1


def _open_by_button(qtbot: QtBot, tab: PaymentsTab) -> CorrectionDialog:
    with qtbot.waitSignal(tab.correction_opened, timeout=5_000) as opened:
        tab.correction_button.click()
    dialog: CorrectionDialog = opened.args[0]
    return dialog


def test_the_amount_field_shows_its_problem_and_the_others_are_collected_too(
    qtbot: QtBot, today: date
) -> None:
    """One Ctrl+Enter shows every problem: the amount's under the amount (its MoneyField),
    the reason's under the reason; nothing is asked until both are right."""
    dialog = CorrectionDialog(TaskRunner(None), 1, "310100001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.errors["amount"] is dialog.amount_field.error
    dialog.amount_edit.setText("12,345")
    with qtbot.assertNotEmitted(dialog.confirm_asked):
        qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.amount_field.error.isVisible()
    assert dialog.amount_field.error.text()
    assert dialog.errors["reason"].isVisible()
    qtbot.waitUntil(dialog.amount_edit.hasFocus)  # the cursor is where the first fix is
    # Typing in the amount takes its problem away; a good amount alone is not enough.
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, "12,34")
    assert not dialog.amount_field.error.isVisible()
    with qtbot.assertNotEmitted(dialog.confirm_asked):
        dialog.review()
    assert not dialog.amount_field.error.isVisible()
    assert dialog.errors["reason"].isVisible()
    dialog.reason_edit.insert("cheque not printed at the desk")
    with qtbot.waitSignal(dialog.confirm_asked, timeout=5_000) as asked:
        dialog.review()
    assert "12,34" in asked.args[0].summary.text()
    assert not dialog.errors["reason"].isVisible()
    asked.args[0].reject()
