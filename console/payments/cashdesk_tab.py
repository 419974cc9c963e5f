"""The cash desk: open a shift, take payments and print receipts, close the shift.

Keyboard first: type the account number and press Enter, type the amount, Ctrl+Enter
takes the payment and opens the receipt's preview (Ctrl+P prints, Esc closes and the
cursor is back in the account field). One press records exactly one payment: the
form's idempotency key is made when the form is filled, kept across retries and
renewed only after a success.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from console.change_subscriptions import refresh_on
from console.errors import describe_error
from console.formatting import format_amount
from console.lookup.alive import while_alive
from console.navigation import Tool
from console.payments.balance_text import balance_words
from console.payments.cashdesk_account import AccountLoads
from console.payments.cashdesk_fiscal import ChequeDesk
from console.payments.cashdesk_panels import (
    Loaded,
    PaymentPanel,
    PendingCheques,
    ShiftPanel,
    confirm_large,
    heading,
)
from console.payments.cashdesk_shift import ShiftDesk
from console.payments.newest import Newest
from console.services import payments as service
from console.settings import CASH_DESK_ID, PAYMENT_CONFIRM_ABOVE, Settings
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.domain.cash_desk import CONFIRM_ABOVE
from models.domain.groups import Group
from widgets.document_preview import PdfPreviewDialog
from widgets.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from console.navigation import Navigator
    from console.tabs.context import TabContext
    from models.changes import Change


class CashDeskTab(QtWidgets.QWidget):
    """The cashier's workplace."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.CASHIER})
    payment_taken = QtCore.Signal(object)
    """A :class:`~console.services.payments.TakenPayment`, after each success."""
    receipt_shown = QtCore.Signal(object)
    """The receipt's :class:`PdfPreviewDialog`, once it is open."""
    close_asked = QtCore.Signal(object)
    """The :class:`CloseShiftDialog` asking to confirm the count, once it is open."""
    fiscal_changed = QtCore.Signal(object)
    """The pending cheques (a tuple of ``FiscalState``) after each send or retry."""

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings | None = None,
        navigator: Navigator | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cashdeskTab")
        self._runner = runner
        self._confirm_above = (
            Decimal(settings.get(PAYMENT_CONFIRM_ABOVE)) if settings is not None else CONFIRM_ABOVE
        )
        desk_id = int(settings.get(CASH_DESK_ID)) if settings is not None else 0
        self._desk_id: int | None = desk_id or None
        """This PC's cash desk (None: the first one)."""
        self._shift: service.ShiftState | None = None
        self._shift_known = False
        """Whether the shift has been loaded once."""
        self._loaded: Loaded | None = None
        self._key: uuid.UUID | None = None
        self._last_payment: service.PaymentRow | None = None
        self._busy = False
        self._shifts = Newest()
        """Only the newest shift load is shown; a change this tab makes drops older ones."""
        self.accounts = AccountLoads(runner, self)
        self.accounts.found.connect(self._account_found)
        self.accounts.reloaded.connect(self._balance_loaded)
        self.accounts.failed.connect(self._account_failed)
        self._navigator = navigator
        self._build()
        if navigator is not None:
            navigator.open_account_tool.connect(self._open_tool)
        self.refresh()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.shift_panel = ShiftPanel()
        shift = self.shift_panel
        self.shift_label = shift.shift_label
        self.float_field, self.counted_field = shift.float_field, shift.counted_field
        self.float_edit, self.float_error = self.float_field.edit, self.float_field.error
        self.counted_edit, self.counted_error = self.counted_field.edit, self.counted_field.error
        self.open_button, self.close_button = shift.open_button, shift.close_button
        self.x_report_button = shift.x_report_button
        self.open_button.clicked.connect(self.open_shift)
        self.float_field.submitted.connect(self.open_shift)
        self.close_button.clicked.connect(self.close_shift)
        self.counted_field.submitted.connect(self.close_shift)

        self.payment_panel = PaymentPanel()
        form = self.payment_panel
        self.picker = form.picker
        self.account_edit, self.account_error = self.picker.edit, self.picker.header
        self.picker.number_entered.connect(lambda _number: self.find_account())
        self.customer_label, self.address_label = form.customer_label, form.address_label
        self.balance_label, self.bill_combo = form.balance_label, form.bill_combo
        self.amount_field = form.amount_field
        self.amount_edit, self.amount_error = self.amount_field.edit, self.amount_field.error
        self.amount_field.submitted.connect(self.take_payment)
        self.method_combo, self.contact_edit = form.method_combo, form.contact_edit
        self.take_button, self.reprint_button = form.take_button, form.reprint_button
        self.clear_button = form.clear_button
        self.take_button.clicked.connect(self.take_payment)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(sequence), self)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.take_payment)
        self.reprint_button.clicked.connect(self.reprint_receipt)
        self.clear_button.clicked.connect(self.reset_form)

        self.pending_panel = PendingCheques()
        self.fiscal_label = self.pending_panel.fiscal_label
        self.retry_button = self.pending_panel.retry_button
        self.retry_button.clicked.connect(self.retry_cheques)

        self.status = QtWidgets.QLabel()
        self.status.setObjectName("cashdeskStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.cheques = ChequeDesk(
            self._runner, self._desk_id, self.pending_panel, self.status, self._failed, self
        )
        self.cheques.pending_changed.connect(self.fiscal_changed)
        self.cheques.receipt_shown.connect(self._receipt_shown)
        self.x_report_button.clicked.connect(self.print_x_report)
        self.shift_desk = ShiftDesk(
            self._runner, self.shift_panel, self.status, self.cheques.register, self
        )
        self.shift_desk.opened.connect(self._shift_opened)
        self.shift_desk.closed.connect(lambda _closed: self._shift_changed(None))
        self.shift_desk.seen.connect(self._shift_changed)
        self.shift_desk.settled.connect(self._show_shift)
        self.shift_desk.close_asked.connect(self.close_asked)
        self.shift_desk.failed.connect(self._failed)
        self.shift_desk.close_failed.connect(self._failed)
        self.shift_desk.close_failed.connect(lambda _error: self.refresh())
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Cash desk"), "cashdeskHeading"))
        layout.addWidget(self.shift_panel)
        layout.addWidget(self.payment_panel)
        layout.addWidget(self.status)
        layout.addWidget(self.pending_panel)
        layout.addStretch(1)
        self._show_account(None)
        self._show_shift()

    @classmethod
    def for_context(cls, context: TabContext) -> CashDeskTab:
        """The tab for the main window."""
        tab = cls(context.runner, context.settings, context.navigator)
        tab.follow_changes(context.navigator)
        return tab

    def follow_changes(self, navigator: Navigator) -> None:
        """A payment or bill of the account shown (another console took a payment): its
        balance anew; a payment or change of this desk's shift: the shift's figures anew."""
        refresh_on(self, navigator, self._moves_balance, self.refresh_balance)
        refresh_on(self, navigator, self._moves_shift, self.refresh_shift)

    def _moves_balance(self, change: Change) -> bool:
        account_id = self._loaded.account.id if self._loaded is not None else None
        return change.table in {"payment", "bill", "*"} and change.touches_account(account_id)

    def _moves_shift(self, change: Change) -> bool:
        shift_id = self._shift.id if self._shift is not None else None
        return change.table in {"cash_shift", "payment", "*"} and change.touches_shift(shift_id)

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("Cash &desk")

    # -- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the shift, the pending cheques (and the loaded account)."""
        self.cheques.load_pending()
        self.refresh_shift()
        if self._loaded is not None:
            self.load_account(self._loaded.account.id)

    def refresh_shift(self) -> None:
        """Reload the shift's figures."""
        self._runner.submit(
            lambda session, token, progress: service.current_shift(session),
            *self._shifts.answers(self._shift_loaded, self._failed),
        )

    def refresh_balance(self) -> None:
        """Reload the account shown: its balance and unpaid bills; what is typed stays."""
        if self._loaded is not None:
            self.accounts.reload(self._loaded.account.id)

    def _balance_loaded(self, loaded: Loaded) -> None:
        if self._loaded is None or self._loaded.account.id != loaded.account.id:
            return  # the form was cleared meanwhile
        self._loaded = loaded
        self.payment_panel.show_balance(loaded)

    def _shift_loaded(self, shift: service.ShiftState | None) -> None:
        first = not self._shift_known
        self._shift_known = True
        self._shift = shift
        self._show_shift()
        if first and self.isVisible():
            self.activated()  # the cashier starts here: the cursor waits where work begins

    def activated(self) -> None:
        """The cashier came to the desk: the float while no shift is open, else the account."""
        if not self._shift_known:
            return
        if self._shift is None or not self._shift.is_open:
            self.float_edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        elif not self.amount_edit.hasFocus():
            self.account_edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def _show_shift(self) -> None:
        shift = self._shift
        is_open = shift is not None and shift.is_open
        self.shift_panel.show_shift(shift)
        self.take_button.setEnabled(is_open and self._loaded is not None and not self._busy)

    def _show_account(self, loaded: Loaded | None, *, shown: bool = False) -> None:
        self._loaded = loaded
        if not shown:
            self.payment_panel.show_account(loaded)
        self._show_shift()

    # -- account -------------------------------------------------------------------------

    def _open_tool(self, tool: str, account_id: int) -> None:
        if tool == Tool.CASHDESK:
            self.load_account(account_id)

    def find_account(self) -> None:
        """Look up the typed account number (Enter in the account field)."""
        number = self.picker.number()
        self.picker.show_message("")
        if number:
            self.accounts.find(number)

    def load_account(self, account_id: int) -> None:
        """Load an account by id (from the customer card)."""
        self.accounts.load(account_id)

    def _account_found(self, result: Loaded | int) -> None:
        if isinstance(result, int):
            self.payment_panel.show_not_found(result)
            self._show_account(None)
            return
        self.payment_panel.show_found(result)
        self._show_account(result, shown=True)
        if self._key is None:
            self._key = uuid.uuid4()

    def _account_failed(self, error: TaskError) -> None:
        self.picker.show_warning(describe_error(error))

    # -- payment -------------------------------------------------------------------------

    def take_payment(self) -> None:
        """Validate the form and record the payment (Ctrl+Enter)."""
        if self._busy or self._loaded is None or self._shift is None:
            if self._shift is None:
                self.status.setText(self.tr("Open the shift first (F2)."))
            return
        amount = self.amount_field.amount()
        if amount is None:
            return
        if amount > self._confirm_above and not confirm_large(self, amount):
            return
        if self._key is None:
            self._key = uuid.uuid4()
        request = service.PaymentRequest(
            account_id=self._loaded.account.id,
            amount=amount,
            method=str(self.method_combo.currentData()),
            bill_id=self.bill_combo.currentData(),
            idempotency_key=self._key,
        )
        self._busy = True
        self.take_button.setEnabled(False)
        self.status.setText(self.tr("Recording the payment…"))
        self._runner.submit(
            lambda session, token, progress: service.take_payment(session, request),
            self._payment_taken,
            self._payment_failed,
        )

    def _payment_taken(self, taken: service.TakenPayment) -> None:
        self._busy = False
        self._key = None  # the next payment gets a new key
        self._last_payment = taken.payment
        self._shift_changed(taken.shift)
        self.reprint_button.setEnabled(True)
        self.balance_label.setText(balance_words(taken.account.balance))
        self.status.setText(
            self.tr("Payment {receipt} taken: {amount} ₽. New balance: {balance}.").format(
                receipt=taken.payment.receipt_number,
                amount=format_amount(taken.payment.amount),
                balance=balance_words(taken.account.balance),
            )
        )
        self.payment_taken.emit(taken)
        self.cheques.print_cheque(taken, "".join(self.contact_edit.text().split()))

    def _payment_failed(self, error: TaskError) -> None:
        self._busy = False
        self._show_shift()
        text = describe_error(error)
        if error.kind is ErrorKind.INVALID and error.problems:
            field = error.problems[0].field
            if field == "amount":
                self.amount_field.set_error(text)
                return
            if field == "account":
                self.picker.show_warning(text)
                return
        if error.kind is ErrorKind.CONNECTION:
            text += " " + self.tr("Press Ctrl+Enter again: the payment will not be doubled.")
        self.status.setText(text)

    # -- the register and printing --------------------------------------------------------

    def retry_cheques(self) -> None:
        """Send the pending cheques to the register again, under their own uuids (F7)."""
        self.cheques.retry()

    def print_x_report(self) -> None:
        """Print the register's X-report (F8)."""
        self.cheques.print_x_report()

    def print_receipt(self, payment_id: int, account_id: int | None) -> None:
        """Render the payment's receipt (a duplicate when printed before) and preview it."""
        self.cheques.print_receipt(payment_id, account_id)

    def _receipt_shown(self, dialog: PdfPreviewDialog) -> None:
        dialog.finished.connect(self.reset_form)
        self.receipt_shown.emit(dialog)

    def reprint_receipt(self) -> None:
        """Print the last receipt again, marked «ДУБЛИКАТ» (F6)."""
        if self._last_payment is not None:
            self.print_receipt(self._last_payment.id, None)

    def reset_form(self) -> None:
        """Ready for the next customer: the account field is empty and focused."""
        self.accounts.drop()
        self.payment_panel.clear()
        self._show_account(None)
        self.account_edit.setFocus()

    # -- shift ---------------------------------------------------------------------------

    def open_shift(self) -> None:
        """Open the shift with the float entered (F2)."""
        self.shift_desk.open_shift()

    def _shift_changed(self, shift: service.ShiftState | None) -> None:
        """This tab opened, used or closed the shift: loads asked before are stale."""
        self._shifts.drop()
        self._shift_known = True
        self._shift = shift
        self._show_shift()

    def _shift_opened(self, shift: service.ShiftState) -> None:
        self._shift_changed(shift)
        self.account_edit.setFocus()

    def close_shift(self) -> None:
        """F9: check the counted cash, then show expected, counted and the difference."""
        self.shift_desk.close_shift(self._shift is not None)

    def print_shift_report(self, shift_id: int) -> None:
        """Render the shift report and preview it."""
        self.shift_desk.print_shift_report(shift_id)

    # -- errors --------------------------------------------------------------------------

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self._busy = False
        self._show_shift()
        self.status.setText(describe_error(error))
