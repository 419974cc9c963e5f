"""Payment history of an account: payments and bills for a period, balance on a date, statement.

Agents answer «did my payment arrive?» and «send me my bill» here: the payments with
their channel and totals, the bills with their lines on expand (paid or not), the
balance as of any date, a printable statement of account, and the visible table
exported to CSV (written in a worker). Batch printing of a region's bills opens from
here, and a supervisor reverses the selected payment (the database refuses others).
"""

from __future__ import annotations

import csv
import itertools
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy.orm import Session

from console.change_subscriptions import refresh_on
from console.errors import describe_error
from console.formatting import format_amount, format_date, format_moment, format_period
from console.navigation import Tool
from console.payments.balance_text import balance_words
from console.payments.batch_dialog import BatchPrintDialog
from console.payments.bill_choice_dialog import BillChoiceDialog
from console.payments.correction_dialog import CorrectionDialog, kind_title, type_title
from console.payments.print_flow import print_with_preview
from console.payments.release_dialog import ReleasePendingDialog
from console.payments.reversal_dialog import ReversalDialog
from console.printing.bill import render_bill
from console.printing.statement import render_statement
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from console.services.documents import (
    PeriodDocuments,
    account_supplier,
    bill_document,
    bill_supplier,
    period_documents,
    statement_document,
)
from console.session import SUPERVISOR, role_allows
from console.settings import CASH_DESK_ID, Settings
from console.tasks import TaskError, TaskRunner
from console.vocabulary import payment_channel_label
from models import clock
from models.domain.groups import Group
from models.domain.money_format import format_kwh, format_rate
from models.domain.problems import Problem
from models.queries.balance import Balance
from widgets.qt import QtCore, QtGui, QtWidgets, qdate

if TYPE_CHECKING:
    from console.navigation import Navigator
    from console.tabs.context import TabContext

_RIGHT = QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
_BILL_ID = QtCore.Qt.ItemDataRole.UserRole + 1
_PAYMENT_ID = QtCore.Qt.ItemDataRole.UserRole + 2
REVERSE_KEYS = "Ctrl+Shift+V"
CORRECTION_RETRY_MS = 30_000
"""How often a supervisor's console retries its pending correction cheques."""
CORRECTION_KEYS = "Ctrl+Shift+F"
"""Opens the supervisor's correction cheque («Чек коррекции…»)."""
RELEASE_KEYS = "Ctrl+Shift+K"
"""Opens the supervisor's decision to let a shift close with unprinted cheques."""
"""Reversal's own keys: no other destructive action shares them."""
REVERSAL_ROLES = frozenset({SUPERVISOR})
"""Who may reverse a payment (``billing.reverse_payment`` is granted to them only)."""


def _pydate(day: QtCore.QDate) -> date:
    return date(day.year(), day.month(), day.day())


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """Write a table as CSV for Excel (UTF-8 with BOM, semicolons)."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


class PaymentsTab(QtWidgets.QWidget):
    """History of one account's payments and bills."""

    required_roles: ClassVar[frozenset[Group]] = frozenset(
        {Group.AGENT, Group.CASHIER, Group.SUPERVISOR}
    )
    """Admins manage operators and read the audit log; they cannot read business data."""

    history_shown = QtCore.Signal(object)
    reversal_opened = QtCore.Signal(object)
    """The reversal dialog is open: the :class:`ReversalDialog`."""
    release_opened = QtCore.Signal(object)
    """The :class:`ReleasePendingDialog`, once it is open."""
    batch_opened = QtCore.Signal(object)
    correction_opened = QtCore.Signal(object)
    """The :class:`CorrectionDialog`, once it is open."""
    corrections_retried = QtCore.Signal(object)
    """Pending corrections were sent again (automatically): the states after."""
    bill_choice_opened = QtCore.Signal(object)
    """A corrected period's «which document» dialog was opened (for tests)."""
    """The batch printing dialog is open: the :class:`BatchPrintDialog`."""

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings | None = None,
        navigator: Navigator | None = None,
        parent: QtWidgets.QWidget | None = None,
        *,
        role: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsTab")
        self._runner = runner
        self._can_reverse = role_allows(role, REVERSAL_ROLES)
        desk_id = int(settings.get(CASH_DESK_ID)) if settings is not None else 0
        self._desk_id: int | None = desk_id or None
        self._notice = ""
        """What the status line says once the history is reloaded (after a reversal)."""
        self._account_id: int | None = None
        self._history: service.AccountHistory | None = None
        self._navigator = navigator
        self._build()
        self._correction_busy = False
        self._correction_timer = QtCore.QTimer(self)
        self._correction_timer.setInterval(CORRECTION_RETRY_MS)
        self._correction_timer.timeout.connect(self.retry_corrections)
        if self._can_reverse:
            self._correction_timer.start()
        if navigator is not None:
            navigator.open_account_tool.connect(self._open_tool)

    def _named(self, widget: QtWidgets.QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    def _build(self) -> None:
        today = clock.today()
        start, end = service.default_range(today)
        self.heading = QtWidgets.QLabel(self.tr("Payment history"))
        self.heading.setObjectName("paymentsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.account_edit = QtWidgets.QLineEdit()
        self._named(self.account_edit, "paymentsAccount", self.tr("Account number"))
        self.account_edit.setPlaceholderText(self.tr("Account number, then Enter"))
        self.account_edit.returnPressed.connect(self.find_account)
        self.from_edit = QtWidgets.QDateEdit(qdate(start))
        self._named(self.from_edit, "paymentsFrom", self.tr("From"))
        self.to_edit = QtWidgets.QDateEdit(qdate(end))
        self._named(self.to_edit, "paymentsTo", self.tr("To"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.show_button = QtWidgets.QPushButton(self.tr("&Show (F5)"))
        self._named(self.show_button, "paymentsShow", self.tr("Show the history"))
        self.show_button.clicked.connect(self.refresh)
        self.statement_button = QtWidgets.QPushButton(self.tr("Stat&ement… (Ctrl+P)"))
        self._named(self.statement_button, "paymentsStatement", self.tr("Print a statement"))
        self.statement_button.setShortcut(QtGui.QKeySequence("Ctrl+P"))
        self.statement_button.clicked.connect(self.print_statement)
        self.bill_button = QtWidgets.QPushButton(self.tr("Print &bill (Ctrl+B)"))
        self._named(self.bill_button, "paymentsPrintBill", self.tr("Print the selected bill"))
        self.bill_button.setShortcut(QtGui.QKeySequence("Ctrl+B"))
        self.bill_button.clicked.connect(self.print_selected_bill)
        self.export_button = QtWidgets.QPushButton(self.tr("E&xport CSV (Ctrl+E)"))
        self._named(self.export_button, "paymentsExport", self.tr("Export the visible table"))
        self.export_button.setShortcut(QtGui.QKeySequence("Ctrl+E"))
        self.export_button.clicked.connect(self.export_csv)
        self.reverse_button = QtWidgets.QPushButton(self.tr("Reverse… (Ctrl+Shift+V)"))
        self._named(self.reverse_button, "paymentsReverse", self.tr("Reverse the selected payment"))
        self.reverse_button.setToolTip(
            self.tr("Reverse the selected payment with a reason (supervisors only)")
        )
        self.reverse_button.setShortcut(QtGui.QKeySequence(REVERSE_KEYS))
        self.reverse_button.clicked.connect(self.reverse_selected_payment)
        self.reverse_button.setVisible(self._can_reverse)
        self.reverse_button.setEnabled(False)
        self.release_button = QtWidgets.QPushButton(self.tr("Unprinted cheques… (Ctrl+Shift+K)"))
        self._named(
            self.release_button,
            "paymentsReleasePending",
            self.tr("Let a shift close with unprinted cheques"),
        )
        self.release_button.setShortcut(QtGui.QKeySequence(RELEASE_KEYS))
        self.release_button.clicked.connect(self.release_pending_cheques)
        self.release_button.setVisible(self._can_reverse)
        self.correction_button = QtWidgets.QPushButton(self.tr("Correction cheque… (Ctrl+Shift+F)"))
        self._named(
            self.correction_button,
            "paymentsCorrection",
            self.tr("Print a correction cheque for the account shown"),
        )
        self.correction_button.setShortcut(QtGui.QKeySequence(CORRECTION_KEYS))
        self.correction_button.clicked.connect(self.open_correction)
        self.correction_button.setVisible(self._can_reverse)
        self.correction_button.setEnabled(False)
        self.batch_button = QtWidgets.QPushButton(self.tr("Batch printin&g… (Ctrl+Shift+P)"))
        self._named(self.batch_button, "paymentsBatch", self.tr("Print every bill of a region"))
        self.batch_button.setShortcut(QtGui.QKeySequence("Ctrl+Shift+P"))
        self.batch_button.clicked.connect(self.open_batch_printing)
        top = QtWidgets.QHBoxLayout()
        for label, widget in (
            (self.tr("&Account:"), self.account_edit),
            (self.tr("From:"), self.from_edit),
            (self.tr("&To:"), self.to_edit),
        ):
            buddy = QtWidgets.QLabel(label)
            buddy.setBuddy(widget)
            top.addWidget(buddy)
            top.addWidget(widget)
        top.addWidget(self.show_button)
        top.addStretch(1)
        self.account_edit.setMinimumWidth(
            self.account_edit.fontMetrics().horizontalAdvance(self.account_edit.placeholderText())
            + 24
        )
        self.account_edit.setMaximumWidth(self.account_edit.minimumWidth() + 40)

        self.account_label = QtWidgets.QLabel(
            self.tr("Open an account from the customer card or type its number.")
        )
        self._named(self.account_label, "paymentsAccountInfo", self.tr("Account"))
        self.account_label.setWordWrap(True)
        self.balance_date = QtWidgets.QDateEdit(qdate(today))
        self._named(self.balance_date, "paymentsBalanceDate", self.tr("Balance as of"))
        self.balance_date.setCalendarPopup(True)
        self.balance_date.setDisplayFormat("dd.MM.yyyy")
        self.balance_date.dateChanged.connect(self.load_balance)
        self.balance_label = QtWidgets.QLabel("—")
        self._named(self.balance_label, "paymentsBalance", self.tr("Balance"))
        bold = self.balance_label.font()
        bold.setBold(True)
        self.balance_label.setFont(bold)
        balance_row = QtWidgets.QHBoxLayout()
        buddy = QtWidgets.QLabel(self.tr("Balan&ce as of:"))
        buddy.setBuddy(self.balance_date)
        balance_row.addWidget(buddy)
        balance_row.addWidget(self.balance_date)
        balance_row.addWidget(self.balance_label)
        balance_row.addStretch(1)
        balance_row.addWidget(self.correction_button)  # the row under it is full

        self.payments_model = QtGui.QStandardItemModel(0, 6, self)
        self.payments_model.setHorizontalHeaderLabels(
            [
                self.tr("Paid on"),
                self.tr("Amount, ₽"),
                self.tr("Channel"),
                self.tr("External id / receipt"),
                self.tr("Bill"),
                self.tr("Entered by"),
            ]
        )
        self.payments_view = QtWidgets.QTableView()
        self._named(self.payments_view, "paymentsTable", self.tr("Payments"))
        self.payments_view.setModel(self.payments_model)
        self.payments_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.payments_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments_view.verticalHeader().hide()
        self.payments_view.setAlternatingRowColors(True)
        self.payments_view.verticalHeader().setDefaultSectionSize(24)
        self.payments_view.horizontalHeader().setStretchLastSection(True)
        self.payments_view.selectionModel().currentRowChanged.connect(self._payment_selected)
        self.payments_view.resizeColumnsToContents()  # the titles fit before any row is shown
        # What to do with the account shown sits under its tables, on one row.
        reverse_row = QtWidgets.QHBoxLayout()
        for button in (self.statement_button, self.bill_button, self.export_button):
            reverse_row.addWidget(button)
        reverse_row.addWidget(self.batch_button)
        reverse_row.addStretch(1)
        reverse_row.addWidget(self.release_button)
        reverse_row.addWidget(self.reverse_button)

        self.bills_model = QtGui.QStandardItemModel(0, 6, self)
        self.bills_model.setHorizontalHeaderLabels(
            [
                self.tr("Receipt number / line"),
                self.tr("Period"),
                self.tr("Formed on"),
                self.tr("Amount, ₽"),
                self.tr("Paid"),
                self.tr("kWh × rate"),
            ]
        )
        self.bills_view = QtWidgets.QTreeView()
        self._named(self.bills_view, "billsTree", self.tr("Bills"))
        self.bills_view.setModel(self.bills_model)
        self.bills_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bills_view.setAlternatingRowColors(True)
        self.bills_view.setUniformRowHeights(True)
        for column in range(self.bills_model.columnCount()):
            self.bills_view.resizeColumnToContents(column)

        self.corrections_model = QtGui.QStandardItemModel(0, 7, self)
        self.corrections_model.setHorizontalHeaderLabels(
            [
                self.tr("Recorded"),
                self.tr("Correction cheque"),
                self.tr("Correction type"),
                self.tr("Base document"),
                self.tr("Amount, ₽"),
                self.tr("Fiscal attributes"),
                self.tr("Reason"),
            ]
        )
        self.corrections_view = QtWidgets.QTableView()
        self._named(self.corrections_view, "correctionsTable", self.tr("Correction cheques"))
        self.corrections_view.setModel(self.corrections_model)
        self.corrections_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.corrections_view.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.corrections_view.verticalHeader().hide()
        self.corrections_view.horizontalHeader().setStretchLastSection(True)

        self.views = QtWidgets.QTabWidget()
        self.views.setObjectName("paymentsViews")
        self.views.addTab(self.payments_view, self.tr("Payme&nts"))
        self.views.addTab(self.bills_view, self.tr("B&ills"))
        self.views.addTab(self.corrections_view, self.tr("Correction cheques"))
        self.totals_label = QtWidgets.QLabel()
        self._named(self.totals_label, "paymentsTotals", self.tr("Totals"))
        self.status = QtWidgets.QLabel()
        self._named(self.status, "paymentsStatus", self.tr("Status"))
        self.status.setWordWrap(True)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.account_label)
        layout.addLayout(balance_row)
        layout.addWidget(self.views, 1)
        layout.addLayout(reverse_row)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.status)
        chain = (
            self.views,
            self.statement_button,
            self.bill_button,
            self.export_button,
            self.batch_button,
            self.reverse_button,
        )
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self._set_enabled(False)

    @classmethod
    def for_context(cls, context: TabContext) -> PaymentsTab:
        """The tab for the main window."""
        tab = cls(
            context.runner,
            context.settings,
            context.navigator,
            role=getattr(context.info, "role", ""),
        )
        tab.follow_changes(context.navigator)
        return tab

    def follow_changes(self, navigator: Navigator) -> None:
        """Reload when any console writes a payment or bill of the account shown."""
        refresh_on(
            self,
            navigator,
            lambda change: (
                change.table in {"payment", "bill", "*"}
                and change.touches_account(self._account_id)
            ),
            self.refresh,
        )

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("Pa&yments")

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.statement_button, self.bill_button, self.export_button):
            widget.setEnabled(enabled)

    # -- loading -------------------------------------------------------------------------

    def _open_tool(self, tool: str, account_id: int) -> None:
        if tool == Tool.PAYMENTS:
            self.load_account(account_id)

    def find_account(self) -> None:
        """Load the account whose number was typed."""
        number = self.account_edit.text().strip()
        if not number:
            return
        today = clock.today()

        def work(session: Session, token: object, progress: object) -> list[service.AccountSummary]:
            return service.find_accounts(session, number, today)

        def found(accounts: list[service.AccountSummary]) -> None:
            if len(accounts) == 1:
                self.load_account(accounts[0].id)
            elif not accounts:
                self.status.setText(self.tr("No account has this number."))
            else:
                self.status.setText(
                    self.tr(
                        "This number exists in several regions; open it from the customer card."
                    )
                )

        self._runner.submit(work, found, self._failed)

    def load_account(self, account_id: int) -> None:
        """Show the history of ``account_id`` for the chosen period."""
        self._account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the history (F5)."""
        if self._account_id is None:
            return
        account_id = self._account_id
        date_from, date_to = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        today = clock.today()
        self.status.setText(self.tr("Loading…"))
        self._runner.submit(
            lambda session, token, progress: service.account_history(
                session, account_id, date_from, date_to, today
            ),
            self._show,
            self._failed,
        )
        self.load_balance()

    def load_balance(self) -> None:
        """The balance as of the chosen date."""
        if self._account_id is None:
            return
        account_id, day = self._account_id, _pydate(self.balance_date.date())
        self._runner.submit(
            lambda session, token, progress: service.balance_on(session, account_id, day),
            self._show_balance,
            self._failed,
        )

    def _show_balance(self, value: Balance) -> None:
        self.balance_label.setText(balance_words(value))

    def _show(self, history: service.AccountHistory) -> None:
        self._history = history
        account = history.account
        self.status.setText(self._notice)
        self._notice = ""
        self.account_edit.setText(account.number)
        self.account_label.setText(
            f"{account.customer_name} · {account.address} · {account.region_name} · "
            + self.tr("account {number}").format(number=account.number)
        )
        self._fill_payments(history.payments)
        self._fill_bills(history.bills)
        self._fill_corrections(history.corrections)
        self.correction_button.setEnabled(self._can_reverse)
        self.totals_label.setText(
            self.tr(
                "{from_} – {to}: {payments} payments, {paid} ₽ paid; "
                "{bills} bills, {billed} ₽ billed."
            ).format(
                from_=format_date(history.date_from),
                to=format_date(history.date_to),
                payments=len(history.payments),
                paid=format_amount(history.total_paid),
                bills=len(history.bills),
                billed=format_amount(history.total_billed),
            )
        )
        self._set_enabled(True)
        self._payment_selected()
        self.history_shown.emit(history)

    def channel_text(self, payment: service.PaymentRow) -> str:
        """«Cash desk (cash)», «Bank», «Reversal: …»."""
        text = payment_channel_label(payment.channel)
        if payment.method == "cash":
            text += " " + self.tr("(cash)")
        elif payment.method == "card":
            text += " " + self.tr("(card)")
        if payment.reverses_id is not None:
            text = self.tr("Reversal: {reason}").format(reason=payment.reason or "")
        elif payment.reversed_by_id is not None:
            text += " " + self.tr("— reversed")
        return text

    def _fill_payments(self, payments: tuple[service.PaymentRow, ...]) -> None:
        model = self.payments_model
        model.removeRows(0, model.rowCount())
        for payment in payments:
            reference = payment.external_id or (
                f"К-{payment.id:06d}" if payment.channel == "cash_desk" else ""
            )
            if payment.cheque_text:
                reference += f" · {payment.cheque_text}"
            cells = [
                format_date(payment.paid_on),
                format_amount(payment.amount),
                self.channel_text(payment),
                reference,
                payment.bill_receipt_number or "",
                f"{payment.cashier_name or payment.entered_by}"
                f" · {format_moment(payment.created_at)}",
            ]
            items = [QtGui.QStandardItem(text) for text in cells]
            items[0].setData(payment.id, _PAYMENT_ID)
            items[1].setTextAlignment(_RIGHT)
            model.appendRow(items)
        self.payments_view.resizeColumnsToContents()
        self.payments_view.horizontalHeader().setSectionResizeMode(
            model.columnCount() - 1, QtWidgets.QHeaderView.ResizeMode.Stretch
        )

    def _fill_bills(self, bills: tuple[service.BillRow, ...]) -> None:
        model = self.bills_model
        model.removeRows(0, model.rowCount())
        for bill in bills:
            paid = (
                self.tr("paid {day}").format(day=format_date(bill.paid_on))
                if bill.paid_on
                else self.tr("not paid, due {day}").format(day=format_date(bill.due_on))
            )
            row = [
                QtGui.QStandardItem(bill.receipt_number),
                QtGui.QStandardItem(format_period(bill.billing_period)),
                QtGui.QStandardItem(format_date(bill.formed_on)),
                QtGui.QStandardItem(format_amount(bill.amount)),
                QtGui.QStandardItem(paid),
                QtGui.QStandardItem(""),
            ]
            row[0].setData(bill.id, _BILL_ID)
            row[3].setTextAlignment(_RIGHT)
            if not bill.paid_on:
                row[4].setForeground(QtGui.QBrush(QtGui.QColor("#b00020")))
            for line in bill.lines:
                detail = ""
                if line.quantity is not None and line.rate is not None:
                    detail = f"{format_kwh(line.quantity)} × {format_rate(line.rate, unit=False)} ₽"
                description = line.description + (f" ({line.zone})" if line.zone else "")
                children = [
                    QtGui.QStandardItem(description),
                    QtGui.QStandardItem(""),
                    QtGui.QStandardItem(""),
                    QtGui.QStandardItem(format_amount(line.amount)),
                    QtGui.QStandardItem(""),
                    QtGui.QStandardItem(detail),
                ]
                children[3].setTextAlignment(_RIGHT)
                row[0].appendRow(children)
            model.appendRow(row)
        for column in range(model.columnCount()):
            self.bills_view.resizeColumnToContents(column)
        self.bills_view.setColumnWidth(0, max(self.bills_view.columnWidth(0), 340))

    def correction_texts(self, correction: fiscal.CorrectionState) -> list[str]:
        """A correction cheque's cells: when, kind, type, base document, amount, fiscal
        attributes (ФН, ФД, ФП) or why it is pending, reason."""
        kind = kind_title(correction.kind)
        kind_type = type_title(correction.correction_type)
        base = self.tr("of {day}, № {number}").format(
            day=format_date(correction.base_date), number=correction.base_number or "—"
        )
        if correction.is_done:
            attributes = self.tr("ФН № {fn}, ФД № {fd}, ФП {fp}").format(
                fn=correction.fn_number, fd=correction.fd_number, fp=correction.fiscal_sign
            )
        else:
            problem = correction.problem
            attributes = self.tr("not printed: {reason}").format(
                reason=describe(problem) if problem is not None else ""
            )
        return [
            format_moment(correction.created_at),
            kind,
            kind_type,
            base,
            format_amount(correction.amount),
            attributes,
            correction.reason,
        ]

    def _fill_corrections(self, corrections: tuple[fiscal.CorrectionState, ...]) -> None:
        model = self.corrections_model
        model.removeRows(0, model.rowCount())
        for correction in corrections:
            items = [QtGui.QStandardItem(text) for text in self.correction_texts(correction)]
            items[4].setTextAlignment(_RIGHT)
            if not correction.is_done:
                items[5].setForeground(QtGui.QBrush(QtGui.QColor("#b00020")))
            model.appendRow(items)
        self.corrections_view.resizeColumnsToContents()

    def open_correction(self) -> None:
        """A correction cheque for the account shown (Ctrl+Shift+F, supervisors)."""
        if not self._can_reverse or self._history is None:
            return
        account = self._history.account
        dialog = CorrectionDialog(
            self._runner,
            account.id,
            account.number,
            self.selected_payment(),
            self._desk_id,
            self,
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self._correction_changed)
        dialog.retried.connect(self._correction_changed)
        dialog.open()
        self.correction_opened.emit(dialog)

    def retry_corrections(self) -> None:
        """Send this supervisor's pending correction cheques again (every 30 s, as the
        cash desk retries its cheques); nothing is asked of the register when none is."""
        if not self._can_reverse or self._correction_busy:
            return
        self._correction_busy = True
        desk_id = self._desk_id

        def work(session: Session, _t: object, _p: object) -> tuple[fiscal.CorrectionState, ...]:
            pending = fiscal.pending_corrections(session)
            if not pending:
                session.rollback()
                return ()
            register = fiscal.register_of(fiscal.cash_desk(session, desk_id))
            return fiscal.fiscalise_corrections(session, register, pending)

        self._runner.submit(work, self._corrections_sent, self._corrections_failed)

    def _corrections_sent(self, states: tuple[fiscal.CorrectionState, ...]) -> None:
        self._correction_busy = False
        if any(state.is_done for state in states):
            self.refresh()
        self.corrections_retried.emit(states)

    def _corrections_failed(self, error: TaskError) -> None:
        self._correction_busy = False
        self.status.setText(describe_error(error))

    def _correction_changed(self, _changed: object) -> None:
        """A correction was recorded or printed: the history shows it."""
        self.refresh()

    # -- reversal ------------------------------------------------------------------------

    def selected_payment(self) -> service.PaymentRow | None:
        """The payment under the cursor in the payments table."""
        index = self.payments_view.currentIndex()
        if not index.isValid() or self._history is None:
            return None
        value = self.payments_model.item(index.row(), 0).data(_PAYMENT_ID)
        return next((p for p in self._history.payments if p.id == value), None)

    def _payment_selected(self, *_: object) -> None:
        payment = self.selected_payment()
        self.reverse_button.setEnabled(
            self._can_reverse
            and payment is not None
            and payment.reverses_id is None
            and payment.reversed_by_id is None
        )

    def reverse_selected_payment(self) -> None:
        """Ask for a reason and reverse the selected payment (Ctrl+Shift+V, supervisors)."""
        payment = self.selected_payment()
        if not self._can_reverse or payment is None:
            return
        if payment.reverses_id is not None:
            self.status.setText(describe(Problem.error("payment.is_reversal")))
            return
        if payment.reversed_by_id is not None:
            self.status.setText(describe(Problem.error("payment.already_reversed")))
            return
        dialog = ReversalDialog(self._runner, payment, self.channel_text(payment), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reversed.connect(self._payment_reversed)
        dialog.open()
        self.reversal_opened.emit(dialog)

    def _payment_reversed(self, reversal: service.PaymentRow) -> None:
        self._notice = self.tr(
            "Payment reversed: a reversing entry of {amount} ₽ was recorded."
        ).format(amount=format_amount(reversal.amount))
        self.refresh()

    def release_pending_cheques(self) -> None:
        """Let a shift close with unprinted cheques, with a reason (Ctrl+Shift+K)."""
        if not self._can_reverse:
            return
        dialog = ReleasePendingDialog(self._runner, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.released.connect(
            lambda shift_id: self.status.setText(
                self.tr("Shift № {number} may close with unprinted cheques.").format(
                    number=shift_id
                )
            )
        )
        dialog.open()
        self.release_opened.emit(dialog)

    # -- printing and export -------------------------------------------------------------

    def open_batch_printing(self) -> None:
        """Print every bill of a region for a period (Ctrl+Shift+P)."""
        dialog = BatchPrintDialog(self._runner, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.batch_opened.emit(dialog)

    def selected_bill_id(self) -> int | None:
        """The bill under the cursor in the bills tree (or the newest)."""
        index = self.bills_view.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        if not index.isValid():
            index = self.bills_model.index(0, 0)
        if not index.isValid():
            return None
        value = self.bills_model.itemFromIndex(index.siblingAtColumn(0)).data(_BILL_ID)
        return int(value) if value is not None else None

    def print_selected_bill(self) -> None:
        """Preview and print the current document of the selected bill's period (a
        reprint is marked «ДУБЛИКАТ»); when a correction replaced the period's bill, a
        dialog offers the correction (the default) or the original bill."""
        bill_id = self.selected_bill_id()
        if bill_id is None:
            return
        self._runner.submit(
            lambda session, token, progress: period_documents(session, bill_id),
            self._choose_bill,
            self._failed,
        )

    def _choose_bill(self, documents: PeriodDocuments) -> None:
        if not documents.corrected:
            self.print_bill(documents.current_id)
            return
        dialog = BillChoiceDialog(documents, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.print_bill)
        dialog.open()
        self.bill_choice_opened.emit(dialog)

    def print_bill(self, bill_id: int) -> None:
        """Preview and print bill ``bill_id`` (a reprint is marked «ДУБЛИКАТ»)."""

        def build(session: Session, duplicate: bool) -> bytes:
            return render_bill(bill_document(session, bill_id, duplicate=duplicate))

        print_with_preview(
            self._runner,
            self,
            kind="bill",
            key=str(bill_id),
            account_id=self._account_id,
            build=build,
            title=self.tr("Bill"),
            file_name=f"bill_{bill_id}.pdf",
            on_error=self._failed,
            require=lambda session: bill_supplier(session, bill_id),
        )

    def print_statement(self) -> None:
        """Preview and print the statement of account for the chosen period."""
        if self._account_id is None:
            return
        account_id = self._account_id
        date_from, date_to = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        today = clock.today()

        def build(session: Session, duplicate: bool) -> bytes:
            return render_statement(
                statement_document(
                    session, account_id, date_from, date_to, today, duplicate=duplicate
                )
            )

        print_with_preview(
            self._runner,
            self,
            kind="statement",
            key=f"{account_id}:{date_from:%Y-%m-%d}:{date_to:%Y-%m-%d}",
            account_id=account_id,
            build=build,
            title=self.tr("Statement of account"),
            file_name=f"statement_{account_id}.pdf",
            on_error=self._failed,
            require=lambda session: account_supplier(session, account_id),
        )

    def visible_table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows of the table on screen (bills with their lines)."""
        model = self.payments_model if self.views.currentIndex() == 0 else self.bills_model
        header = [
            str(model.headerData(c, QtCore.Qt.Orientation.Horizontal))
            for c in range(model.columnCount())
        ]
        rows: list[list[str]] = []
        for row in range(model.rowCount()):
            rows.append([model.item(row, c).text() for c in range(model.columnCount())])
            parent = model.item(row, 0)
            for child in range(parent.rowCount()):
                rows.append(
                    [
                        (parent.child(child, c).text() if parent.child(child, c) else "")
                        for c in range(model.columnCount())
                    ]
                )
        return header, rows

    def export_csv(self) -> None:
        """Save the visible table as CSV (Ctrl+E)."""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), "history.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the visible table to ``path`` in a worker."""
        header, rows = self.visible_table()
        self._runner.submit(
            lambda session, token, progress: write_csv(path, header, rows),
            lambda saved: self.status.setText(
                self.tr("Exported {count} rows to {path}.").format(count=len(rows), path=str(saved))
            ),
            self._failed,
            needs_database=False,
        )

    def _failed(self, error: TaskError) -> None:
        self.status.setText(describe_error(error))
