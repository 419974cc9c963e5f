"""The cash desk as a cashier walks it: specific amount errors, a careful close, names."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text

from tests.guiwalk.conftest import FULL_NAMES
from tests.guiwalk.keys import CTRL, Keyboard
from tests.printing.pdf_reading import all_text
from widgets.qt import Qt, QtWidgets


def _sql(db_url, sql: str, **params):
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text(sql), params).all()
    engine.dispose()
    return rows


def _open_account(db_url):
    return _sql(
        db_url,
        "SELECT a.number FROM billing.account a WHERE a.status = 'open' AND (SELECT count(*)"
        " FROM billing.account b WHERE b.number = a.number) = 1 ORDER BY a.id LIMIT 1",
    )[0][0]


def _open_shift(qtbot, console, keys: Keyboard):
    con = console("cashier")
    desk = con.window.tabs.currentWidget()
    assert desk.objectName() == "cashdeskTab"
    qtbot.waitUntil(lambda: desk.float_edit.isEnabled() and "смен" in desk.shift_label.text())
    keys.wait_focus(lambda widget: widget is desk.float_edit)
    keys.type("1000")
    keys.press(Qt.Key.Key_Return)
    keys.wait_focus(lambda widget: widget is desk.account_edit)
    return con, desk


def _take_payment(qtbot, keys: Keyboard, desk, number: str, amount: str):
    keys.type(number)
    keys.press(Qt.Key.Key_Return)
    keys.wait_focus(lambda widget: widget is desk.amount_edit)
    keys.type(amount)
    with qtbot.waitSignal(desk.receipt_shown, timeout=20_000) as shown:
        keys.press(Qt.Key.Key_Return, CTRL)
    return shown.args[0]


def _shift_closed_at(db_url, login: str):
    return _sql(
        db_url, "SELECT closed_at, difference FROM billing.cash_shift WHERE cashier = :c", c=login
    )


def test_closing_shows_expected_counted_and_difference_and_defaults_to_cancel(
    qtbot, console, russian, db_url
):
    keys = Keyboard(qtbot)
    con, desk = _open_shift(qtbot, console, keys)
    receipt = _take_payment(qtbot, keys, desk, _open_account(db_url), "750,25")
    keys.wait_focus(lambda widget: widget is not None and widget.window() is receipt)
    keys.press(Qt.Key.Key_Escape)
    keys.wait_focus(lambda widget: widget is desk.account_edit)

    # F9 with nothing counted: refused next to the field, no question asked.
    keys.press(Qt.Key.Key_F9)
    qtbot.waitUntil(desk.counted_error.isVisible)  # a button's shortcut clicks it animated
    assert "пустое поле" in desk.counted_error.text()
    assert QtWidgets.QApplication.activeModalWidget() is None
    assert desk.counted_edit.hasFocus()
    assert _shift_closed_at(db_url, con.login)[0][0] is None

    keys.type("1700")
    with qtbot.waitSignal(desk.close_asked, timeout=10_000) as asked:
        keys.press(Qt.Key.Key_F9)
    dialog = asked.args[0]
    keys.wait_focus(lambda widget: widget is not None and widget.window() is dialog)
    assert dialog.expected_label.text() == "1\u00a0750,25 ₽"
    assert dialog.counted_label.text() == "1\u00a0700,00 ₽"
    assert dialog.difference_label.text() == "\u221250,25 ₽"
    assert "недостача" in dialog.verdict.text().casefold()
    assert dialog.cancel_button.isDefault()
    keys.press(Qt.Key.Key_Return)  # one stray Enter: nothing closes
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.wait(300)
    assert _shift_closed_at(db_url, con.login)[0][0] is None
    assert desk.close_button.isEnabled()

    with qtbot.waitSignal(desk.close_asked, timeout=10_000) as asked:
        keys.press(Qt.Key.Key_F9)
    dialog = asked.args[0]
    keys.wait_focus(lambda widget: widget is not None and widget.window() is dialog)
    keys.press(Qt.Key.Key_Return, CTRL)  # the deliberate choice
    qtbot.waitUntil(lambda: _shift_closed_at(db_url, con.login)[0][0] is not None, timeout=10_000)
    assert _shift_closed_at(db_url, con.login)[0][1] == Decimal("-50.25")
    qtbot.waitUntil(lambda: "закрыта" in desk.status.text(), timeout=10_000)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("-5", "без минуса"),
        ("1e9", "Это не сумма"),
        ("1000000000", "слишком велика"),
        ("12,345.6", "Это не сумма"),
        ("12,345", "двух цифр"),
        ("0", "больше нуля"),
    ],
)
def test_each_wrong_amount_gets_its_own_message(qtbot, console, russian, db_url, typed, says):
    keys = Keyboard(qtbot)
    _con, desk = _open_shift(qtbot, console, keys)
    keys.type(_open_account(db_url))
    keys.press(Qt.Key.Key_Return)
    keys.wait_focus(lambda widget: widget is desk.amount_edit)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type(typed)
    keys.press(Qt.Key.Key_Return, CTRL)
    assert desk.amount_error.isVisible()
    assert says in desk.amount_error.text()
    assert "Введите сумму в рублях" not in desk.amount_error.text()
    assert desk.amount_edit.hasFocus()


def test_the_receipt_names_the_cashier_not_the_login(qtbot, console, russian, db_url):
    keys = Keyboard(qtbot)
    con, desk = _open_shift(qtbot, console, keys)
    receipt = _take_payment(qtbot, keys, desk, _open_account(db_url), "100")
    printed = all_text(receipt._data)
    assert FULL_NAMES["cashier"] in printed
    assert con.login not in printed
    receipt.reject()
