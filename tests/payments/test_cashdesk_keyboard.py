"""A cashier takes a payment and hands over the receipt with the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtPrintSupport import QPrinter

from console.payments.cashdesk_tab import CashDeskTab
from console.tasks import TaskRunner
from tests.payments.conftest import OperatorSessions
from tests.printing.pdf_reading import all_text
from widgets.document_preview import PdfPreviewDialog
from widgets.qt import Qt


@pytest.fixture
def cashier(operator: OperatorSessions) -> sessionmaker[Session]:
    return operator("billing_cashier")


@pytest.fixture
def runner(cashier: sessionmaker[Session]) -> Iterator[TaskRunner]:
    runner = TaskRunner(cashier)
    yield runner
    runner.wait_for_done()


def test_take_a_payment_and_hand_over_the_receipt_by_keyboard(
    qtbot: QtBot, runner: TaskRunner, engine: Engine, tmp_path: Path
) -> None:
    with engine.connect() as connection:
        number = connection.execute(
            text(
                "SELECT a.number FROM billing.account a WHERE a.status = 'open'"
                " AND (SELECT count(*) FROM billing.account b WHERE b.number = a.number) = 1"
                " ORDER BY a.id LIMIT 1"
            )
        ).scalar_one()
    tab = CashDeskTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: "No open shift" in tab.shift_label.text())

    # Open the shift: the float, then Enter.
    tab.float_edit.setFocus()
    qtbot.keyClicks(tab.float_edit, "1000")
    qtbot.keyClick(tab.float_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.take_button.isEnabled() or "open since" in tab.shift_label.text())
    qtbot.waitUntil(lambda: tab.account_edit.hasFocus())

    # The account number, Enter: the customer, address and balance appear.
    qtbot.keyClicks(tab.account_edit, number)
    qtbot.keyClick(tab.account_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.amount_edit.hasFocus())
    assert tab.customer_label.text() != "—"
    assert "₽" in tab.balance_label.text() or tab.balance_label.text()

    # The amount replaces the suggested one; Ctrl+Enter takes it: one payment only.
    qtbot.keyClicks(tab.amount_edit, "750,25")
    with qtbot.waitSignal(tab.receipt_shown, timeout=60_000) as shown:
        qtbot.keyClick(tab.amount_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = shown.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.page_count == 1
    assert "750,25" in tab.status.text()
    with engine.connect() as connection:
        amounts = (
            connection.execute(
                text(
                    "SELECT amount FROM billing.payment WHERE channel = 'cash_desk' AND shift_id IS NOT NULL"
                )
            )
            .scalars()
            .all()
        )
    assert [str(a) for a in amounts] == ["750.25"]

    # The preview's default button prints (Ctrl+P opens the system dialog); here the
    # same pages go to a PDF printer, then Esc closes and the next customer can come.
    assert dialog.print_button.isDefault()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tab.account_edit.text() == ""
    assert tab.focusWidget() is tab.account_edit

    # F6 reprints the receipt as a duplicate.
    with qtbot.waitSignal(tab.receipt_shown, timeout=15_000) as reprinted:
        tab.reprint_receipt()
    duplicate = reprinted.args[0]
    saved = tmp_path / "duplicate.pdf"
    with qtbot.waitCallback(timeout=10_000) as callback:
        duplicate.save_to(saved, callback)
    assert "ДУБЛИКАТ" in all_text(saved.read_bytes())
    duplicate.reject()
