"""The payment history's bars: which account and period, its balance, what to do with it.

Panels hold widgets only; the tab (``history_tab``) connects them and asks its service.
"""

from __future__ import annotations

from datetime import date

from console.formatting import format_amount, format_date
from console.services import payments as service
from console.session import SUPERVISOR
from widgets.named import named, named_button
from widgets.qt import QtCore, QtWidgets, qdate

REVERSE_KEYS = "Ctrl+Shift+V"
"""Reversal's own keys: no other destructive action shares them."""
CORRECTION_KEYS = "Ctrl+Shift+F"
"""Opens the supervisor's correction cheque («Чек коррекции…»)."""
RELEASE_KEYS = "Ctrl+Shift+K"
"""Opens the supervisor's decision to let a shift close with unprinted cheques."""
REVERSAL_ROLES = frozenset({SUPERVISOR})
"""Who may reverse a payment (``billing.reverse_payment`` is granted to them only)."""


def pydate(day: QtCore.QDate) -> date:
    """A QDate as a ``datetime.date``."""
    return date(day.year(), day.month(), day.day())


class HistoryFilterBar(QtWidgets.QWidget):
    """The account number, the period and «Show (F5)» on one row."""

    def __init__(self, start: date, end: date, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsFilterBar")
        self.account_edit = QtWidgets.QLineEdit()
        named(self.account_edit, "paymentsAccount", self.tr("Account number"))
        self.account_edit.setPlaceholderText(self.tr("Account number, then Enter"))
        self.from_edit = QtWidgets.QDateEdit(qdate(start))
        named(self.from_edit, "paymentsFrom", self.tr("From"))
        self.to_edit = QtWidgets.QDateEdit(qdate(end))
        named(self.to_edit, "paymentsTo", self.tr("To"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.show_button = named_button(
            self.tr("&Show (F5)"), "paymentsShow", self.tr("Show the history")
        )
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self.tr("&Account:"), self.account_edit),
            (self.tr("From:"), self.from_edit),
            (self.tr("&To:"), self.to_edit),
        ):
            buddy = QtWidgets.QLabel(label)
            named(buddy, f"{widget.objectName()}Label", widget.accessibleName())
            buddy.setBuddy(widget)
            row.addWidget(buddy)
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self.account_edit.setMinimumWidth(
            self.account_edit.fontMetrics().horizontalAdvance(self.account_edit.placeholderText())
            + 24
        )
        self.account_edit.setMaximumWidth(self.account_edit.minimumWidth() + 40)

    def period(self) -> tuple[date, date]:
        """The chosen period, first and last day."""
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())


class BalanceBar(QtWidgets.QWidget):
    """Who the account is, its balance on a chosen date and (supervisors) the correction."""

    def __init__(
        self, today: date, can_correct: bool, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsBalanceBar")
        self.account_label = QtWidgets.QLabel(
            self.tr("Open an account from the customer card or type its number.")
        )
        named(self.account_label, "paymentsAccountInfo", self.tr("Account"))
        self.account_label.setWordWrap(True)
        self.balance_date = QtWidgets.QDateEdit(qdate(today))
        named(self.balance_date, "paymentsBalanceDate", self.tr("Balance as of"))
        self.balance_date.setCalendarPopup(True)
        self.balance_date.setDisplayFormat("dd.MM.yyyy")
        self.balance_label = QtWidgets.QLabel("—")
        named(self.balance_label, "paymentsBalance", self.tr("Balance"))
        bold = self.balance_label.font()
        bold.setBold(True)
        self.balance_label.setFont(bold)
        self.correction_button = named_button(
            self.tr("Correction cheque… (Ctrl+Shift+F)"),
            "paymentsCorrection",
            self.tr("Print a correction cheque for the account shown"),
            CORRECTION_KEYS,
        )
        self.correction_button.setVisible(can_correct)
        self.correction_button.setEnabled(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.account_label)
        row = QtWidgets.QHBoxLayout()
        buddy = QtWidgets.QLabel(self.tr("Balan&ce as of:"))
        named(buddy, "paymentsBalanceDateLabel", self.balance_date.accessibleName())
        buddy.setBuddy(self.balance_date)
        row.addWidget(buddy)
        row.addWidget(self.balance_date)
        row.addWidget(self.balance_label)
        row.addStretch(1)
        row.addWidget(self.correction_button)  # the row under the tables is full
        layout.addLayout(row)

    def balance_day(self) -> date:
        """The date the balance is asked for."""
        return pydate(self.balance_date.date())

    def show_account(self, account: service.AccountSummary) -> None:
        """Who the account is, where, and its number."""
        self.account_label.setText(
            f"{account.customer_name} · {account.address} · {account.region_name} · "
            + self.tr("account {number}").format(number=account.number)
        )


def totals_text(history: service.AccountHistory) -> str:
    """«01.01.2026 – 31.03.2026: 3 payments, 1 500,00 ₽ paid; 3 bills, … ₽ billed.»"""
    return QtCore.QCoreApplication.translate(
        "PaymentsTab",
        "{from_} – {to}: {payments} payments, {paid} ₽ paid; {bills} bills, {billed} ₽ billed.",
    ).format(
        from_=format_date(history.date_from),
        to=format_date(history.date_to),
        payments=len(history.payments),
        paid=format_amount(history.total_paid),
        bills=len(history.bills),
        billed=format_amount(history.total_billed),
    )


class HistoryActions(QtWidgets.QWidget):
    """What to do with the account shown, on one row under its tables."""

    def __init__(self, can_reverse: bool, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsActions")
        self.statement_button = named_button(
            self.tr("Stat&ement… (Ctrl+P)"),
            "paymentsStatement",
            self.tr("Print a statement"),
            "Ctrl+P",
        )
        self.bill_button = named_button(
            self.tr("Print &bill (Ctrl+B)"),
            "paymentsPrintBill",
            self.tr("Print the selected bill"),
            "Ctrl+B",
        )
        self.export_button = named_button(
            self.tr("E&xport CSV (Ctrl+E)"),
            "paymentsExport",
            self.tr("Export the visible table"),
            "Ctrl+E",
        )
        self.batch_button = named_button(
            self.tr("Batch printin&g… (Ctrl+Shift+P)"),
            "paymentsBatch",
            self.tr("Print every bill of a region"),
            "Ctrl+Shift+P",
        )
        self.release_button = named_button(
            self.tr("Unprinted cheques… (Ctrl+Shift+K)"),
            "paymentsReleasePending",
            self.tr("Let a shift close with unprinted cheques"),
            RELEASE_KEYS,
        )
        self.release_button.setVisible(can_reverse)
        self.reverse_button = named_button(
            self.tr("Reverse… (Ctrl+Shift+V)"),
            "paymentsReverse",
            self.tr("Reverse the selected payment"),
            REVERSE_KEYS,
        )
        self.reverse_button.setToolTip(
            self.tr("Reverse the selected payment with a reason (supervisors only)")
        )
        self.reverse_button.setVisible(can_reverse)
        self.reverse_button.setEnabled(False)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.statement_button,
            self.bill_button,
            self.export_button,
            self.batch_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.release_button)
        row.addWidget(self.reverse_button)
        self.set_account_shown(False)

    def set_account_shown(self, shown: bool) -> None:
        """The statement, bill and export need an account shown."""
        for widget in (self.statement_button, self.bill_button, self.export_button):
            widget.setEnabled(shown)
