"""The payment history's documents: a bill (or, for a corrected period, the document the
operator chooses), a statement of account, the table as CSV.

Each is built and rendered in a worker (``print_flow``) and previewed; a CSV is written
off the GUI thread too.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from console.payments.bill_choice_dialog import BillChoiceDialog
from console.payments.print_flow import print_with_preview
from console.printing.bill import render_bill
from console.printing.statement import render_statement
from console.services.documents import (
    PeriodDocuments,
    account_supplier,
    bill_document,
    bill_supplier,
    period_documents,
    statement_document,
)
from console.tasks import TaskError, TaskRunner
from widgets.qt import QtCore, QtWidgets


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """Write a table as CSV for Excel (UTF-8 with BOM, semicolons)."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def print_bill(
    runner: TaskRunner,
    parent: QtWidgets.QWidget,
    bill_id: int,
    account_id: int | None,
    on_error: Callable[[TaskError], None],
) -> None:
    """Preview and print bill ``bill_id`` (a reprint is marked «ДУБЛИКАТ»)."""

    def build(session: Session, duplicate: bool) -> bytes:
        return render_bill(bill_document(session, bill_id, duplicate=duplicate))

    print_with_preview(
        runner,
        parent,
        kind="bill",
        key=str(bill_id),
        account_id=account_id,
        build=build,
        title=QtCore.QCoreApplication.translate("PaymentsTab", "Bill"),
        file_name=f"bill_{bill_id}.pdf",
        on_error=on_error,
        require=lambda session: bill_supplier(session, bill_id),
    )


def print_period_document(
    runner: TaskRunner,
    parent: QtWidgets.QWidget,
    bill_id: int,
    account_id: int | None,
    on_error: Callable[[TaskError], None],
    on_choice: Callable[[BillChoiceDialog], None],
) -> None:
    """Preview and print the current document of bill ``bill_id``'s period; when a
    correction replaced the period's bill, a dialog (given to ``on_choice`` once open)
    offers the correction (the default) or the original bill."""

    def chosen(chosen_id: int) -> None:
        print_bill(runner, parent, chosen_id, account_id, on_error)

    def choose(documents: PeriodDocuments) -> None:
        if not documents.corrected:
            chosen(documents.current_id)
            return
        dialog = BillChoiceDialog(documents, parent)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(chosen)
        dialog.open()
        on_choice(dialog)

    runner.submit(
        lambda session, token, progress: period_documents(session, bill_id), choose, on_error
    )


def print_statement(
    runner: TaskRunner,
    parent: QtWidgets.QWidget,
    account_id: int,
    period: tuple[date, date],
    today: date,
    on_error: Callable[[TaskError], None],
) -> None:
    """Preview and print the statement of account for ``period``."""
    date_from, date_to = period

    def build(session: Session, duplicate: bool) -> bytes:
        return render_statement(
            statement_document(session, account_id, date_from, date_to, today, duplicate=duplicate)
        )

    print_with_preview(
        runner,
        parent,
        kind="statement",
        key=f"{account_id}:{date_from:%Y-%m-%d}:{date_to:%Y-%m-%d}",
        account_id=account_id,
        build=build,
        title=QtCore.QCoreApplication.translate("PaymentsTab", "Statement of account"),
        file_name=f"statement_{account_id}.pdf",
        on_error=on_error,
        require=lambda session: account_supplier(session, account_id),
    )
