"""The cash desk's panels: the shift, the payment form and the pending cheques.

Panels hold and show widgets only; the tab (``cashdesk_tab``) connects them and talks to
its service. Object names, shortcuts and the tab order are the cash desk's of old.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal

from console.formatting import format_amount, format_date, format_moment, format_period
from console.payments.amounts import money_field
from console.payments.balance_text import balance_words
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from widgets.account_picker import AccountPicker
from widgets.named import named, named_button
from widgets.qt import QtCore, QtWidgets

FIELD_WIDTH = 320


@dataclass(frozen=True, slots=True)
class Loaded:
    """The account the cashier takes a payment for, with its unpaid bills."""

    account: service.AccountSummary
    bills: tuple[service.BillRow, ...]


def heading(text: str, name: str) -> QtWidgets.QLabel:
    """The desk's big bold title."""
    label = QtWidgets.QLabel(text)
    label.setObjectName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def confirm_large(parent: QtWidgets.QWidget, amount: Decimal) -> bool:
    """Ask whether an unusually large amount is right (the default answer is «No»)."""
    translate = QtCore.QCoreApplication.translate
    answer = QtWidgets.QMessageBox.question(
        parent,
        translate("CashDeskTab", "Confirm the amount"),
        translate(
            "CashDeskTab", "Take {amount} ₽? This is more than usual; check the amount."
        ).format(amount=format_amount(amount)),
        QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
        QtWidgets.QMessageBox.StandardButton.No,
    )
    return answer == QtWidgets.QMessageBox.StandardButton.Yes


def _buddy(text: str, widget: QtWidgets.QWidget) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text)
    label.setObjectName(f"{widget.objectName()}Label")
    label.setAccessibleName(widget.accessibleName())
    label.setBuddy(widget)
    return label


class ShiftPanel(QtWidgets.QGroupBox):
    """Open the shift with a float (F2), close it with the counted cash (F9), X-report (F8)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shift"))
        self.setObjectName("cashdeskShiftPanel")
        self.shift_label = QtWidgets.QLabel(self.tr("Loading the shift…"))
        named(self.shift_label, "shiftStatus", self.tr("Shift"))
        self.shift_label.setWordWrap(True)
        self.float_field = money_field(
            "openingFloat",
            self.tr("Opening float"),
            error_accessible=self.tr("Opening float problem"),
            allow_zero=True,
            empty_is_zero=True,
        )
        self.counted_field = money_field(
            "countedCash",
            self.tr("Counted cash"),
            error_accessible=self.tr("Counted cash problem"),
            field="counted",
            allow_zero=True,
        )
        self.open_button = named_button(
            self.tr("Open &shift (F2)"), "openShift", self.tr("Open the shift"), "F2"
        )
        self.close_button = named_button(
            self.tr("&Close shift (F9)"), "closeShift", self.tr("Close the shift"), "F9"
        )
        self.x_report_button = named_button(
            self.tr("X-report (F8)"), "xReport", self.tr("Print the X-report"), "F8"
        )
        form = QtWidgets.QGridLayout(self)
        form.addWidget(self.shift_label, 0, 0, 1, 4)
        for row, (text, field, button) in enumerate(
            (
                (self.tr("O&pening float, ₽:"), self.float_field, self.open_button),
                (self.tr("Co&unted cash, ₽:"), self.counted_field, self.close_button),
            )
        ):
            form.addWidget(_buddy(text, field.edit), 1 + 2 * row, 0)
            form.addWidget(field.edit, 1 + 2 * row, 1)
            form.addWidget(button, 1 + 2 * row, 2)
            form.addWidget(field.error, 2 + 2 * row, 1, 1, 3)
            field.edit.setMaximumWidth(FIELD_WIDTH)
        form.addWidget(self.x_report_button, 5, 2)
        form.setColumnStretch(3, 1)

    def show_shift(self, shift: service.ShiftState | None) -> None:
        """Say how the shift stands; what can be done with it is enabled."""
        is_open = shift is not None and shift.is_open
        if shift is None:
            self.shift_label.setText(
                self.tr("No open shift. Enter the opening float and open the shift (F2).")
            )
        else:
            self.shift_label.setText(
                self.tr(
                    "Shift № {number} open since {opened}: {count} payments, cash "
                    "{cash} ₽, card {card} ₽; cash in the drawer {drawer} ₽."
                ).format(
                    number=shift.id,
                    opened=format_moment(shift.opened_at),
                    count=shift.payments_count,
                    cash=format_amount(shift.cash_total),
                    card=format_amount(shift.card_total),
                    drawer=format_amount(shift.cash_in_drawer),
                )
            )
        self.float_field.edit.setEnabled(not is_open)
        self.open_button.setEnabled(not is_open)
        self.counted_field.edit.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.x_report_button.setEnabled(is_open)


class PaymentPanel(QtWidgets.QGroupBox):
    """The account, who and what it is, the amount, method, bill and e-cheque contact."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Payment"))
        self.setObjectName("cashdeskPaymentPanel")
        self.picker = AccountPicker(
            "cashdeskAccount",
            "cashdeskAccountError",
            label_text=self.tr("&Account:"),
            placeholder=self.tr("Account number, then Enter"),
            accessible=self.tr("Account number"),
            header_accessible=self.tr("Account problem"),
            label_in_row=False,
            hide_empty=True,
        )
        self.customer_label = QtWidgets.QLabel("—")
        named(self.customer_label, "cashdeskCustomer", self.tr("Customer"))
        self.address_label = QtWidgets.QLabel("—")
        named(self.address_label, "cashdeskAddress", self.tr("Address"))
        self.balance_label = QtWidgets.QLabel("—")
        named(self.balance_label, "cashdeskBalance", self.tr("Balance"))
        bold = self.balance_label.font()
        bold.setBold(True)
        self.balance_label.setFont(bold)
        for label in (self.customer_label, self.address_label, self.balance_label):
            label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bill_combo = QtWidgets.QComboBox()
        named(self.bill_combo, "cashdeskBill", self.tr("Bill paid"))
        self.bill_combo.setMinimumWidth(420)
        self.amount_field = money_field(
            "cashdeskAmount",
            self.tr("Amount"),
            error_name="cashdeskAmountError",
            error_accessible=self.tr("Amount problem"),
        )
        self.method_combo = QtWidgets.QComboBox()
        named(self.method_combo, "cashdeskMethod", self.tr("Payment method"))
        self.method_combo.addItem(self.tr("Cash"), "cash")
        self.method_combo.addItem(self.tr("Card"), "card")
        self.contact_edit = QtWidgets.QLineEdit()
        named(
            self.contact_edit,
            "cashdeskContact",
            self.tr("E-mail or phone for an electronic cheque"),
        )
        self.contact_edit.setPlaceholderText(self.tr("only if the customer asks: name@mail.ru"))
        self.take_button = named_button(
            self.tr("&Take payment (Ctrl+Enter)"), "takePayment", self.tr("Take the payment")
        )
        self.reprint_button = named_button(
            self.tr("&Reprint last receipt (F6)"),
            "reprintReceipt",
            self.tr("Reprint the last receipt"),
            "F6",
        )
        self.reprint_button.setEnabled(False)
        self.clear_button = named_button(
            self.tr("New payment (Ctrl+N)"), "newPayment", self.tr("Clear the form"), "Ctrl+N"
        )
        for edit in (self.picker.edit, self.amount_field.edit, self.contact_edit):
            edit.setMaximumWidth(FIELD_WIDTH)
        self.picker.row.addStretch(1)  # the narrowed field stays beside its label

        form = QtWidgets.QFormLayout(self)
        form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        form.addRow(self.picker.label, self.picker)
        form.addRow(self.tr("Customer:"), self.customer_label)
        form.addRow(self.tr("Address:"), self.address_label)
        form.addRow(self.tr("Balance today:"), self.balance_label)
        form.addRow(_buddy(self.tr("A&mount, ₽:"), self.amount_field.edit), self.amount_field)
        form.addRow(_buddy(self.tr("M&ethod:"), self.method_combo), self.method_combo)
        form.addRow(_buddy(self.tr("&Bill:"), self.bill_combo), self.bill_combo)
        form.addRow(_buddy(self.tr("Electro&nic cheque to:"), self.contact_edit), self.contact_edit)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        chain = (
            self.picker.edit,
            self.amount_field.edit,
            self.method_combo,
            self.bill_combo,
            self.contact_edit,
            self.take_button,
        )
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)

    def show_account(self, loaded: Loaded | None) -> None:
        """Who the account is and its unpaid bills (the oldest chosen); «—» without one."""
        self.bill_combo.clear()
        self.bill_combo.addItem(self.tr("No particular bill"), None)
        if loaded is None:
            for label in (self.customer_label, self.address_label, self.balance_label):
                label.setText("—")
            return
        account = loaded.account
        self.customer_label.setText(account.customer_name)
        self.address_label.setText(
            f"{account.address} · {account.region_name} · "
            + self.tr("account {number}").format(number=account.number)
        )
        self.balance_label.setText(balance_words(account.balance))
        for bill in loaded.bills:
            self.bill_combo.addItem(
                self.tr("{period}: {amount} ₽, due {due}, № {number}").format(
                    period=format_period(bill.billing_period),
                    amount=format_amount(bill.amount),
                    due=format_date(bill.due_on),
                    number=bill.receipt_number,
                ),
                bill.id,
            )
        if loaded.bills:
            self.bill_combo.setCurrentIndex(1)

    def show_found(self, loaded: Loaded) -> None:
        """The account found: who it is, a debtor's status, the amount due suggested."""
        account = loaded.account
        self.picker.show_found(account.number)
        self.show_account(loaded)
        if account.status != "open":
            # Debtors can pay: the status is shown, the payment is taken all the same.
            self.picker.show_warning(
                self.tr("The account is suspended: the payment is taken all the same.")
                if account.status == "suspended"
                else self.tr("The account is closed: the payment is taken all the same."),
            )
        due = account.balance.total_due
        self.amount_field.set_text(format_amount(due).replace("\u00a0", " ") if due > 0 else "")
        self.amount_field.edit.setFocus()
        self.amount_field.edit.selectAll()

    def show_not_found(self, count: int) -> None:
        """No account has the number (``count`` 0), or it exists in ``count`` regions."""
        self.show_account(None)
        self.picker.show_error(
            self.tr("No account has this number.")
            if count == 0
            else self.tr(
                "This number exists in {count} regions; open the account from the customer card."
            ).format(count=count)
        )

    def show_balance(self, loaded: Loaded) -> None:
        """The account's balance and unpaid bills anew (another console took a payment or
        billed it); the bill chosen stays chosen while it is unpaid, nothing typed moves."""
        chosen, offered = self.bill_combo.currentData(), self.bill_combo.count() > 1
        self.bill_combo.blockSignals(True)
        self.show_account(loaded)
        if chosen is None and offered:
            index = 0  # «No particular bill» was chosen among bills
        else:
            index = self.bill_combo.findData(chosen) if chosen is not None else -1
            if index < 0:
                index = 1 if loaded.bills else 0
        self.bill_combo.setCurrentIndex(index)
        self.bill_combo.blockSignals(False)

    def clear(self) -> None:
        """An empty form (the account, the amount, the contact and their problems)."""
        self.picker.clear()
        self.amount_field.clear()
        self.contact_edit.clear()
        self.show_account(None)


class PendingCheques(QtWidgets.QWidget):
    """How many cheques the register has not printed, and «Print pending cheques (F7)»."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashdeskPendingCheques")
        self.fiscal_label = QtWidgets.QLabel()
        named(self.fiscal_label, "fiscalPending", self.tr("Cheques not printed"))
        self.fiscal_label.setWordWrap(True)
        self.fiscal_label.setStyleSheet("color: #8a4b00;")
        self.fiscal_label.hide()
        self.retry_button = named_button(
            self.tr("Print pending cheques (F7)"),
            "retryFiscal",
            self.tr("Print the pending cheques"),
            "F7",
        )
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fiscal_label, 1)
        row.addWidget(self.retry_button)

    def show_pending(self, pending: tuple[fiscal.FiscalState, ...]) -> None:
        """Say how many cheques wait and why the first does; retrying is possible then."""
        if not pending:
            self.fiscal_label.hide()
            self.retry_button.setEnabled(False)
            return
        first = pending[0].problem
        self.fiscal_label.setText(
            self.tr("Cheques not printed: {count}. {reason}").format(
                count=len(pending), reason=describe(first) if first is not None else ""
            )
        )
        self.fiscal_label.show()
        self.retry_button.setEnabled(True)
