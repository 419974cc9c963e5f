"""The shared widgets of widgets/: the money field and the confirmation with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from console.payments.amounts import money_field
from console.problem_texts import describe
from models.domain.problems import Problem
from widgets.money_field import MoneyField
from widgets.qt import Qt, QtWidgets
from widgets.reason_confirmation import Confirmation, ReasonConfirmation


def _field(qtbot: QtBot, **options: object) -> MoneyField:
    field = money_field("testAmount", "Amount", **options)
    qtbot.addWidget(field)
    field.show()
    return field


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("0", "payment.amount_zero"),
        ("-5", "payment.amount_negative"),
        ("12,345", "payment.amount_decimals"),
        ("1000000,01", "payment.amount_too_large"),
        ("1e9", "payment.amount_format"),
    ],
)
def test_the_money_field_names_the_specific_problem(qtbot: QtBot, typed: str, code: str) -> None:
    field = _field(qtbot)
    qtbot.keyClicks(field.edit, typed)
    assert field.amount() is None
    assert field.error.isVisible()
    expected = describe(Problem.error(code, "amount", maximum="1 000 000,00 ₽"))
    assert field.error.text().split(":")[0] == expected.split(":")[0]
    assert field.error.objectName() == "testAmountError"
    assert field.error.accessibleName()
    qtbot.keyClicks(field.edit, "1")  # typing again hides the old problem
    assert not field.error.isVisible()


def test_the_money_field_reads_russian_amounts_exactly(qtbot: QtBot) -> None:
    field = _field(qtbot)
    for typed, amount in (("1 234,56", "1234.56"), ("1234.5", "1234.50"), ("0,01", "0.01")):
        field.set_text(typed)
        value = field.amount()
        assert isinstance(value, Decimal)
        assert value == Decimal(amount)
    assert not field.error.isVisible()
    zero = _field(qtbot, allow_zero=True, empty_is_zero=True)
    assert zero.amount() == Decimal("0.00")


def _reversal_like(qtbot: QtBot) -> ReasonConfirmation:
    dialog = ReasonConfirmation(
        "test",
        title="Reverse",
        summary="Payment of 100,00 ₽",
        consequence="This cannot be undone.",
        action_text="&Reverse (Ctrl+Enter)",
        action_accessible="Reverse the payment",
        reason_accessible="Reason",
    )
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_a_reason_must_be_given_before_the_action(qtbot: QtBot) -> None:
    dialog = _reversal_like(qtbot)
    qtbot.waitUntil(dialog.reason_widget.hasFocus)
    assert dialog.back_button.isDefault()
    assert not dialog.confirm_button.isDefault()
    assert not dialog.confirm_button.autoDefault()
    assert not dialog.confirm_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.accepted, wait=100):
        dialog.confirm()
        qtbot.keyClick(dialog.reason_widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason_widget, "ab")
    assert not dialog.confirm_button.isEnabled()  # too short
    qtbot.keyClicks(dialog.reason_widget, "c: wrong account")
    assert dialog.confirm_button.isEnabled()
    qtbot.keyClick(dialog.reason_widget, Qt.Key.Key_Return)  # Enter alone decides nothing
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        qtbot.keyClick(dialog.reason_widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.reason_text() == "abc: wrong account"


def test_a_reason_from_the_list_is_never_preselected(qtbot: QtBot) -> None:
    dialog = ReasonConfirmation(
        "listed",
        title="Reject",
        summary="Request № 1",
        consequence="The customer is notified.",
        action_text="Re&ject",
        action_accessible="Reject",
        reason_accessible="Rejection reason",
        reasons=[("Wrong receipt", "wrong_receipt"), ("Other", "other")],
        comment_accessible="Comment",
    )
    qtbot.addWidget(dialog)
    assert dialog.reason_combo is not None
    assert dialog.reason_combo.currentIndex() == -1
    assert dialog.reason_code() is None
    assert not dialog.confirm_button.isEnabled()
    dialog.reason_combo.setCurrentIndex(1)
    assert dialog.confirm_button.isEnabled()
    assert dialog.reason_code() == "other"
    for widget in dialog.findChildren(QtWidgets.QWidget):
        if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton | QtWidgets.QLineEdit):
            if isinstance(widget.parent(), QtWidgets.QComboBox):
                continue
            assert widget.objectName(), type(widget).__name__
            assert widget.accessibleName(), widget.objectName()


def test_back_is_the_default_and_enter_on_it_goes_back(qtbot: QtBot) -> None:
    dialog = Confirmation(
        "plain",
        title="Print?",
        summary="A correction cheque",
        consequence="It goes to the tax office.",
        action_text="&Print",
        action_accessible="Print",
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.back_button.hasFocus)
    assert dialog.back_button.isDefault()
    with qtbot.waitSignal(dialog.rejected, timeout=2_000):
        qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)
