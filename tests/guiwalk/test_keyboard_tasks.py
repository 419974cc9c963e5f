"""The five top tasks from the keyboard alone, counting the key presses beyond typed data.

Keys go to whatever has the focus (tests/guiwalk/keys.py); nothing is clicked and no
widget is focused by the test. Each task must take at most 15 presses; the README's
«Keyboard» section lists the sequences these tests press.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from sqlalchemy import create_engine, text

from PySide6.QtPrintSupport import QPrinter

from console.formatting import format_amount
from tests.guiwalk.keys import ALT, CTRL, SHIFT, Keyboard
from tests.guiwalk.readings_helpers import plausible_values
from tests.printing.pdf_reading import all_text
from widgets.document_preview import PdfPreviewDialog
from widgets.qt import Qt, QtCore, QtWidgets

MOST_PRESSES = 15


def _rows(db_url, sql: str, **params):
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text(sql), params).all()
    engine.dispose()
    return rows


@pytest.fixture
def printed(monkeypatch, tmp_path) -> list[Path]:
    """Printing goes to PDF files (the system print dialog is still shown and confirmed)."""
    files: list[Path] = []

    def printer() -> QPrinter:
        target = QPrinter(QPrinter.PrinterMode.HighResolution)
        target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = tmp_path / f"printed_{len(files) + 1}.pdf"
        target.setOutputFileName(str(path))
        files.append(path)
        return target

    monkeypatch.setattr(PdfPreviewDialog, "make_printer", staticmethod(printer))
    return files


def _confirm_print_dialog(keys: Keyboard) -> None:
    """The system print dialog opens modally: Enter there prints (pressed once it is up)."""

    def press_enter() -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QtWidgets.QApplication.activeModalWidget()
        focus = QtWidgets.QApplication.focusWidget()
        if isinstance(dialog, QPrintDialog) and focus is not None and focus.window() is dialog:
            keys.press(Qt.Key.Key_Return)
        else:
            QtCore.QTimer.singleShot(50, press_enter)

    QtCore.QTimer.singleShot(50, press_enter)


def _preview(qtbot) -> PdfPreviewDialog:
    qtbot.waitUntil(
        lambda: isinstance(QtWidgets.QApplication.activeModalWidget(), PdfPreviewDialog),
        timeout=20_000,
    )
    dialog = QtWidgets.QApplication.activeModalWidget()
    assert isinstance(dialog, PdfPreviewDialog)
    return dialog


def _print_and_close(qtbot, keys: Keyboard, printed: list[Path]) -> str:
    """Enter prints from the preview (its default button), Enter confirms the print dialog,
    Esc closes the preview; returns the text of the document that went to the printer."""
    dialog = _preview(qtbot)
    document = all_text(dialog._data)
    keys.wait_focus(lambda widget: widget is not None and widget.window() is dialog)
    _confirm_print_dialog(keys)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "печать" in dialog.status.text(), timeout=20_000)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    pages = PdfReader(io.BytesIO(printed[-1].read_bytes())).pages
    assert len(pages) >= 1  # the printer got the pages (drawn as images)
    return document


def test_find_by_phone_then_the_balance(qtbot, console, russian, db_url):
    phone, account_id = _rows(
        db_url,
        "SELECT c.phone, min(a.id) FROM billing.customer c JOIN billing.account a"
        " ON a.customer_id = c.id WHERE c.phone IS NOT NULL AND (SELECT count(*)"
        " FROM billing.customer d WHERE d.phone = c.phone) = 1 AND NOT EXISTS (SELECT FROM"
        " billing.portal_user p WHERE p.phone = c.phone) GROUP BY c.id, c.phone"
        " HAVING count(*) = 1 ORDER BY c.id LIMIT 1",
    )[0]
    con = console("agent")
    lookup = con.window.tabs.currentWidget()
    keys = Keyboard(qtbot)
    keys.wait_focus(lambda widget: widget is lookup.search_field)
    said = f"8 {phone[2:5]} {phone[5:8]}-{phone[8:10]}-{phone[10:]}"  # as the caller says it
    keys.type(said)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: lookup.current_card() is not None and lookup.current_card().isVisible(),
        timeout=15_000,
    )
    card = lookup.current_card()
    qtbot.waitUntil(lambda: card.card is not None, timeout=15_000)
    from console.services.payments import account_summary

    with con.sessions() as session:
        balance = account_summary(session, account_id, card.card.as_of).balance
    shown = [card.accounts.item(0, column).text() for column in (4, 5, 6)]
    expected = [
        format_amount(value) if value else "—"
        for value in (balance.debt, balance.penalty, balance.overpayment)
    ]
    assert shown == expected
    assert keys.presses == ["Return"]
    assert keys.count <= MOST_PRESSES


def test_a_two_zone_reading_then_the_bill(qtbot, console, russian, db_url):
    number = _rows(db_url, "SELECT number FROM billing.account WHERE id = 4")[0][0]
    con = console("agent")
    window = con.window
    keys = Keyboard(qtbot)
    readings = window.findChild(QtWidgets.QWidget, "readingsTab")
    keys.wait_focus(lambda widget: widget is not None)
    keys.press(Qt.Key(Qt.Key.Key_1.value + window.tabs.indexOf(readings)), ALT)
    keys.wait_focus(lambda widget: widget is readings.number)
    keys.type(number)
    keys.press(Qt.Key.Key_Return)
    keys.wait_focus(lambda widget: widget is not None and widget.objectName() == "readingsValue_T1")
    values = plausible_values(
        readings.entry_panel.current_meter(), readings.entry_form.date_edit.date().toPython()
    )
    keys.type(values["T1"])
    keys.press(Qt.Key.Key_Return)
    keys.type(values["T2"])
    keys.press(Qt.Key.Key_Return)  # from the last zone: the check and the cost
    total = readings.entry_form.findChild(QtWidgets.QLabel, "readingsTotal")
    qtbot.waitUntil(lambda: "₽" in total.text(), timeout=15_000)  # priced by the database
    keys.press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Сформирован счёт" in readings.status.text(), timeout=15_000)
    receipt, amount = _rows(
        db_url,
        "SELECT receipt_number, amount FROM billing.bill WHERE account_id = 4"
        " ORDER BY id DESC LIMIT 1",
    )[0]
    assert receipt in readings.status.text()
    assert format_amount(Decimal(amount)) in readings.status.text().replace("\u202f", "\u00a0")
    assert keys.presses == ["Alt+3", "Return", "Return", "Return", "Ctrl+S"]
    assert keys.count <= MOST_PRESSES


def test_the_next_request_then_the_decision(qtbot, console, russian, db_url):
    con = console("supervisor")
    window = con.window
    keys = Keyboard(qtbot)
    moderation = window.findChild(QtWidgets.QWidget, "moderationTab")
    keys.press(Qt.Key(Qt.Key.Key_1.value + window.tabs.indexOf(moderation)), ALT)
    qtbot.waitUntil(lambda: moderation._model.rowCount() > 0, timeout=10_000)
    keys.press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(
        lambda: moderation._detail is not None and moderation._approve.isEnabled(), timeout=10_000
    )
    request = moderation._detail.id
    with qtbot.waitSignal(moderation.reject_opened, timeout=5_000) as opened:
        keys.press(Qt.Key.Key_R, CTRL | SHIFT)
    dialog = opened.args[0]
    keys.wait_focus(lambda widget: widget is dialog.reason)
    keys.press(Qt.Key.Key_Down)
    reason = dialog.reason.currentText()
    keys.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(
        lambda: (
            _rows(db_url, "SELECT status FROM billing.link_request WHERE id = :id", id=request)[0][
                0
            ]
            == "rejected"
        ),
        timeout=10_000,
    )
    assert (
        _rows(db_url, "SELECT reason FROM billing.link_request WHERE id = :id", id=request)[0][0]
        == reason
    )
    qtbot.waitUntil(lambda: "уведомл" in moderation._message.text(), timeout=10_000)
    assert keys.presses == ["Alt+3", "Ctrl+N", "Ctrl+Shift+R", "Down", "Ctrl+Return"]
    assert keys.count <= MOST_PRESSES


def test_open_the_shift_take_cash_print_the_receipt_close_the_shift(
    qtbot, console, russian, db_url, printed
):
    number = _rows(
        db_url,
        "SELECT a.number FROM billing.account a WHERE a.status = 'open' AND (SELECT count(*)"
        " FROM billing.account b WHERE b.number = a.number) = 1 ORDER BY a.id LIMIT 1",
    )[0][0]
    con = console("cashier")
    desk = con.window.tabs.currentWidget()
    keys = Keyboard(qtbot)
    keys.wait_focus(lambda widget: widget is desk.float_edit)
    keys.type("1000")
    keys.press(Qt.Key.Key_Return)
    keys.wait_focus(lambda widget: widget is desk.account_edit)
    keys.type(number)
    keys.press(Qt.Key.Key_Return)
    keys.wait_focus(lambda widget: widget is desk.amount_edit)
    keys.type("750,25")
    keys.press(Qt.Key.Key_Return, CTRL)
    receipt = _print_and_close(qtbot, keys, printed)
    assert "750,25" in receipt
    assert con.full_name in receipt
    keys.wait_focus(lambda widget: widget is desk.account_edit)

    keys.press(Qt.Key(ord("Е")), ALT)  # «П&ересчитано в кассе»
    assert desk.counted_edit.hasFocus()
    keys.type("1750,25")
    with qtbot.waitSignal(desk.close_asked, timeout=10_000) as asked:
        keys.press(Qt.Key.Key_F9)
    close = asked.args[0]
    keys.wait_focus(lambda widget: widget is not None and widget.window() is close)
    assert close.difference_label.text() == "0,00 ₽"
    keys.press(Qt.Key.Key_Return, CTRL)
    report = _preview(qtbot)
    keys.wait_focus(lambda widget: widget is not None and widget.window() is report)
    keys.press(Qt.Key.Key_Escape)
    closed = _rows(
        db_url,
        "SELECT closed_at, counted_cash FROM billing.cash_shift WHERE cashier = :c",
        c=con.login,
    )
    assert closed[0][0] is not None
    assert closed[0][1] == Decimal("1750.25")
    assert keys.presses == [
        "Return", "Return", "Ctrl+Return", "Return", "Return", "Escape",
        "Alt+Е", "F9", "Ctrl+Return", "Escape",
    ]  # fmt: skip
    assert keys.count <= MOST_PRESSES


def test_a_bill_copy(qtbot, console, russian, db_url, printed):
    number, receipt = _rows(
        db_url,
        "SELECT a.number, b.receipt_number FROM billing.account a JOIN billing.bill b"
        " ON b.account_id = a.id WHERE (SELECT count(*) FROM billing.account c"
        " WHERE c.number = a.number) = 1 ORDER BY a.id, b.billing_period DESC, b.id DESC LIMIT 1",
    )[0]
    con = console("agent")
    lookup = con.window.tabs.currentWidget()
    keys = Keyboard(qtbot)
    keys.wait_focus(lambda widget: widget is lookup.search_field)
    keys.type(number)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: lookup.current_card() is not None and lookup.current_card().isVisible(),
        timeout=15_000,
    )
    card = lookup.current_card()
    qtbot.waitUntil(lambda: card.card is not None, timeout=15_000)
    keys.press(Qt.Key.Key_2, CTRL)  # the account's payments and bills
    qtbot.waitUntil(lambda: con.window.tabs.currentWidget().objectName() == "paymentsTab")
    payments = con.window.tabs.currentWidget()
    qtbot.waitUntil(payments.bill_button.isEnabled, timeout=15_000)
    keys.press(Qt.Key.Key_B, CTRL)  # the newest bill
    text_printed = _print_and_close(qtbot, keys, printed)
    assert receipt in text_printed
    assert keys.presses == ["Return", "Ctrl+2", "Ctrl+B", "Return", "Return", "Escape"]
    assert keys.count <= MOST_PRESSES
