"""The cash desk: open a shift, take payments and print receipts, close the shift.

Keyboard first: type the account number and press Enter, type the amount, Ctrl+Enter
takes the payment and opens the receipt's preview (Ctrl+P prints, Esc closes and the
cursor is back in the account field). One press records exactly one payment: the
form's idempotency key is made when the form is filled, kept across retries and
renewed only after a success.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_amount
from console.lookup.alive import while_alive
from console.navigation import Tool
from console.payments.balance_text import balance_words
from console.payments.cashdesk_panels import Loaded, PaymentPanel, PendingCheques, ShiftPanel
from console.payments.close_shift_dialog import CloseShiftDialog
from console.payments.print_flow import print_with_preview
from console.printing.receipt import render_receipt
from console.printing.shift_report import render_shift_report
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from console.services.documents import (
    payment_supplier,
    receipt_document,
    shift_report_document,
    shift_supplier,
)
from console.settings import CASH_DESK_ID, PAYMENT_CONFIRM_ABOVE, Settings
from console.tasks import ErrorKind, TaskError, TaskRunner
from models import clock
from models.domain.cash_desk import CONFIRM_ABOVE
from models.domain.groups import Group
from models.domain.problems import Problem
from models.fiscal.register import CashRegister, Failure, RegisterFailed
from widgets.document_preview import PdfPreviewDialog
from widgets.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from console.navigation import Navigator
    from console.tabs.context import TabContext


RETRY_EVERY_MS = 30_000
"""How often the desk retries its pending cheques by itself."""


@dataclass(frozen=True, slots=True)
class _Fiscalised:
    state: fiscal.FiscalState
    pending: tuple[fiscal.FiscalState, ...]


@dataclass(frozen=True, slots=True)
class _Opened:
    shift: service.ShiftState | None
    check: fiscal.RegisterCheck | Failure


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
        self._shift_changes = 0
        """Bumped by every change of the shift this tab makes (older loads are dropped)."""
        self._loaded: Loaded | None = None
        self._key: uuid.UUID | None = None
        self._last_payment: service.PaymentRow | None = None
        self._busy = False
        self._fiscal_busy = False
        self._payment_message = ""
        self._pending: tuple[fiscal.FiscalState, ...] = ()
        self._navigator = navigator
        self._build()
        self._retry_timer = QtCore.QTimer(self)
        self._retry_timer.setInterval(RETRY_EVERY_MS)
        self._retry_timer.timeout.connect(self._auto_retry)
        self._retry_timer.start()
        if navigator is not None:
            navigator.open_account_tool.connect(self._open_tool)
        self.refresh()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        heading = QtWidgets.QLabel(self.tr("Cash desk"))
        heading.setObjectName("cashdeskHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.shift_panel = ShiftPanel()
        shift = self.shift_panel
        self.shift_label = shift.shift_label
        self.float_field, self.counted_field = shift.float_field, shift.counted_field
        self.float_edit, self.float_error = self.float_field.edit, self.float_field.error
        self.counted_edit, self.counted_error = self.counted_field.edit, self.counted_field.error
        self.open_button = shift.open_button
        self.close_button = shift.close_button
        self.x_report_button = shift.x_report_button
        self.open_button.clicked.connect(self.open_shift)
        self.float_field.submitted.connect(self.open_shift)
        self.close_button.clicked.connect(self.close_shift)
        self.counted_field.submitted.connect(self.close_shift)
        self.x_report_button.clicked.connect(self.print_x_report)

        self.payment_panel = PaymentPanel()
        form = self.payment_panel
        self.picker = form.picker
        self.account_edit, self.account_error = self.picker.edit, self.picker.header
        self.picker.number_entered.connect(lambda _number: self.find_account())
        self.customer_label = form.customer_label
        self.address_label = form.address_label
        self.balance_label = form.balance_label
        self.bill_combo = form.bill_combo
        self.amount_field = form.amount_field
        self.amount_edit, self.amount_error = self.amount_field.edit, self.amount_field.error
        self.amount_field.submitted.connect(self.take_payment)
        self.method_combo = form.method_combo
        self.contact_edit = form.contact_edit
        self.take_button = form.take_button
        self.reprint_button = form.reprint_button
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
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
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
        return cls(context.runner, context.settings, context.navigator)

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("Cash &desk")

    # -- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the shift, the pending cheques (and the loaded account)."""
        self._runner.submit(
            lambda session, token, progress: fiscal.pending_cheques(session),
            self._show_pending,
            self._failed,
        )
        changes = self._shift_changes
        self._runner.submit(
            lambda session, token, progress: service.current_shift(session),
            lambda shift: self._shift_loaded(shift, changes),
            self._failed,
        )
        if self._loaded is not None:
            self.load_account(self._loaded.account.id)

    def _shift_loaded(self, shift: service.ShiftState | None, changes: int) -> None:
        if changes != self._shift_changes:
            return  # the shift was opened, used or closed meanwhile: this answer is stale
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
        self.take_button.setEnabled(is_open and self._loaded is not None)

    def _show_account(self, loaded: Loaded | None) -> None:
        self._loaded = loaded
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
        if not number:
            return
        today = clock.today()

        def work(session: Session, token: object, progress: object) -> Loaded | int:
            found = service.find_accounts(session, number, today)
            if len(found) != 1:
                return len(found)
            return Loaded(found[0], service.unpaid_bills(session, found[0].id))

        self._runner.submit(work, self._account_found, self._account_failed)

    def load_account(self, account_id: int) -> None:
        """Load an account by id (from the customer card)."""
        today = clock.today()

        def work(session: Session, token: object, progress: object) -> Loaded:
            account = service.account_summary(session, account_id, today)
            return Loaded(account, service.unpaid_bills(session, account_id))

        self._runner.submit(work, self._account_found, self._account_failed)

    def _account_found(self, result: Loaded | int) -> None:
        if isinstance(result, int):
            self._show_account(None)
            message = (
                self.tr("No account has this number.")
                if result == 0
                else self.tr(
                    "This number exists in {count} regions; open the account from the "
                    "customer card."
                ).format(count=result)
            )
            self.picker.show_error(message)
            return
        self.picker.show_found(result.account.number)
        self._show_account(result)
        if result.account.status != "open":
            # Debtors can pay: the status is shown, the payment is taken all the same.
            self.picker.show_warning(
                self.tr("The account is suspended: the payment is taken all the same.")
                if result.account.status == "suspended"
                else self.tr("The account is closed: the payment is taken all the same."),
            )
        due = result.account.balance.total_due
        self.amount_field.set_text(format_amount(due).replace("\u00a0", " ") if due > 0 else "")
        if self._key is None:
            self._key = uuid.uuid4()
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

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
        if amount > self._confirm_above and not self._confirm_large(amount):
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

    def _confirm_large(self, amount: Decimal) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Confirm the amount"),
            self.tr("Take {amount} ₽? This is more than usual; check the amount.").format(
                amount=format_amount(amount)
            ),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def _payment_taken(self, taken: service.TakenPayment) -> None:
        self._shift_changes += 1
        self._shift_known = True
        self._busy = False
        self._key = None  # the next payment gets a new key
        self._last_payment = taken.payment
        self._shift = taken.shift
        self.reprint_button.setEnabled(True)
        self.balance_label.setText(balance_words(taken.account.balance))
        self.status.setText(
            self.tr("Payment {receipt} taken: {amount} ₽. New balance: {balance}.").format(
                receipt=f"К-{taken.payment.id:06d}",
                amount=format_amount(taken.payment.amount),
                balance=balance_words(taken.account.balance),
            )
        )
        self._show_shift()
        self.payment_taken.emit(taken)
        self._payment_message = self.status.text()
        self.status.setText(self._payment_message + " " + self.tr("Printing the cheque…"))
        payment_id, account_id = taken.payment.id, taken.account.id
        contact = "".join(self.contact_edit.text().split())

        def work(session: Session, token: object, progress: object) -> _Fiscalised:
            if contact:
                fiscal.set_contact(session, payment_id, contact)
            register = self._register(session)
            state = fiscal.fiscalise(session, register, payment_id)
            return _Fiscalised(state, fiscal.pending_cheques(session))

        self._fiscal_busy = True
        self._runner.submit(
            work,
            lambda done: self._cheque_printed(done, account_id),
            lambda error: self._cheque_failed(error, payment_id, account_id),
        )

    @while_alive
    def _cheque_printed(self, done: _Fiscalised, account_id: int) -> None:
        self._fiscal_busy = False
        self._show_pending(done.pending)
        state = done.state
        if state.is_done:
            cheque = self.tr("Cheque printed: ФД № {fd}, ФП {fp}.").format(
                fd=state.fd_number, fp=state.fiscal_sign
            )
        else:
            problem = state.problem
            cheque = self.tr("The cheque is not printed yet: {reason}").format(
                reason=describe(problem) if problem is not None else ""
            )
        self.status.setText(self._payment_message + " " + cheque)
        self.print_receipt(state.payment_id, account_id)

    @while_alive
    def _cheque_failed(self, error: TaskError, payment_id: int, account_id: int) -> None:
        self._fiscal_busy = False
        self.status.setText(self._payment_message + " " + describe_error(error))
        self.print_receipt(payment_id, account_id)

    def _register(self, session: Session) -> CashRegister:
        """This desk's register (called in workers: reads the desk from the database)."""
        return fiscal.register_of(fiscal.cash_desk(session, self._desk_id))

    # -- pending cheques -----------------------------------------------------------------

    @while_alive
    def _show_pending(self, pending: tuple[fiscal.FiscalState, ...]) -> None:
        self._pending = pending
        self.pending_panel.show_pending(pending)
        self.fiscal_changed.emit(pending)

    def _auto_retry(self) -> None:
        if self._pending and not self._fiscal_busy:
            self.retry_cheques()

    def retry_cheques(self) -> None:
        """Send the pending cheques to the register again, under their own uuids (F7)."""
        if self._fiscal_busy:
            return
        self._fiscal_busy = True
        self.retry_button.setEnabled(False)

        def work(
            session: Session, token: object, progress: object
        ) -> tuple[fiscal.FiscalState, ...]:
            register = self._register(session)
            fiscal.fiscalise_pending(session, register)
            return fiscal.pending_cheques(session)

        self._runner.submit(work, self._retried, self._retry_failed)

    @while_alive
    def _retried(self, pending: tuple[fiscal.FiscalState, ...]) -> None:
        self._fiscal_busy = False
        self._show_pending(pending)

    @while_alive
    def _retry_failed(self, error: TaskError) -> None:
        self._fiscal_busy = False
        self.retry_button.setEnabled(True)
        self.status.setText(describe_error(error))

    def print_x_report(self) -> None:
        """Print the register's X-report (F8)."""

        def work(session: Session, token: object, progress: object) -> None:
            register = self._register(session)
            fiscal.x_report(register, fiscal.me_as_cashier(session))

        self._runner.submit(
            work,
            lambda _none: self.status.setText(self.tr("The X-report is printed.")),
            self._failed,
        )

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

    # -- printing ------------------------------------------------------------------------

    def print_receipt(self, payment_id: int, account_id: int | None) -> None:
        """Render the payment's receipt (a duplicate when printed before) and preview it."""

        def build(session: Session, duplicate: bool) -> bytes:
            return render_receipt(receipt_document(session, payment_id, duplicate=duplicate))

        print_with_preview(
            self._runner,
            self,
            kind="payment_receipt",
            key=str(payment_id),
            account_id=account_id,
            build=build,
            title=self.tr("Payment receipt"),
            file_name=f"receipt_{payment_id}.pdf",
            on_error=self._failed,
            require=lambda session: payment_supplier(session, payment_id),
            on_shown=self._receipt_shown,
        )

    def _receipt_shown(self, dialog: PdfPreviewDialog) -> None:
        dialog.finished.connect(self.reset_form)
        self.receipt_shown.emit(dialog)

    def reprint_receipt(self) -> None:
        """Print the last receipt again, marked «ДУБЛИКАТ» (F6)."""
        if self._last_payment is not None:
            self.print_receipt(self._last_payment.id, None)

    def reset_form(self) -> None:
        """Ready for the next customer: the account field is empty and focused."""
        self.payment_panel.clear()
        self._show_account(None)
        self.account_edit.setFocus()

    # -- shift ---------------------------------------------------------------------------

    def open_shift(self) -> None:
        """Open the shift with the float entered (F2)."""
        amount = self.float_field.amount()
        if amount is None:
            return
        self.open_button.setEnabled(False)

        def work(session: Session, token: object, progress: object) -> _Opened:
            register = self._register(session)
            cashier = fiscal.me_as_cashier(session)
            try:
                check: fiscal.RegisterCheck | Failure = fiscal.open_register_shift(
                    register, cashier
                )
            except RegisterFailed as failed:
                check = failed.failure
            # The desk opens even when the register is unavailable: payments are then kept
            # pending and printed when it is back.
            return _Opened(service.open_shift(session, amount), check)

        self._runner.submit(work, self._register_opened, self._failed)

    @while_alive
    def _register_opened(self, opened: _Opened) -> None:
        check = opened.check
        if isinstance(check, Failure):
            problem = Problem.error(f"fiscal.{check.value}", detail="")
            if check is Failure.SHIFT_EXPIRED and self._ask_close_expired():
                self._close_expired()
            else:
                self.status.setText(describe(problem))
            if opened.shift is not None:
                self._shift_opened(opened.shift)
            else:
                self._show_shift()
            return
        assert opened.shift is not None
        self._shift_opened(opened.shift)
        self.status.setText(
            self.status.text()
            + " "
            + (
                self.tr("The register's shift № {number} is adopted.")
                if check.adopted
                else self.tr("The register's shift № {number} is opened.")
            ).format(number=check.shift.number)
        )

    def _ask_close_expired(self) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Register shift over 24 hours"),
            self.tr(
                "The cash register's shift has lasted more than 24 hours, so the register "
                "refuses cheques. Close it now? The register prints the Z-report, then a "
                "new shift opens."
            ),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.Yes,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def _close_expired(self) -> None:
        def work(session: Session, token: object, progress: object) -> fiscal.RegisterCheck:
            register = self._register(session)
            cashier = fiscal.me_as_cashier(session)
            fiscal.close_register_shift(register, cashier)
            return fiscal.open_register_shift(register, cashier)

        self._runner.submit(
            work,
            lambda check: self.status.setText(
                self.tr("The old shift is closed (Z-report); shift № {number} is open.").format(
                    number=check.shift.number
                )
            ),
            self._failed,
        )

    def _shift_opened(self, shift: service.ShiftState) -> None:
        self._shift_changes += 1
        self._shift_known = True
        self._shift = shift
        self.float_edit.clear()
        self.status.setText(self.tr("Shift № {number} is open.").format(number=shift.id))
        self._show_shift()
        self.account_edit.setFocus()

    def close_shift(self) -> None:
        """F9: check the counted cash, then show expected, counted and the difference.

        An empty count is refused (it is not zero); the shift closes only when the
        cashier chooses «Закрыть смену» in the dialog, whose default is to cancel.
        """
        if self._shift is None or not self.close_button.isEnabled():
            return
        self.counted_field.set_error("")
        if not self.counted_field.text().strip():
            problem = Problem.error("cash_shift.counted_missing", "counted")
            self.counted_field.refuse(describe(problem))
            return
        counted = self.counted_field.amount()
        if counted is None:
            self.counted_edit.selectAll()
            return
        self.close_button.setEnabled(False)
        self._runner.submit(
            lambda session, token, progress: service.current_shift(session),
            lambda shift: self._ask_to_close(shift, counted),
            self._failed,
        )

    def _ask_to_close(self, shift: service.ShiftState | None, counted: Decimal) -> None:
        self._shift = shift
        self._show_shift()
        if shift is None:
            self.status.setText(describe(Problem.error("cash_shift.not_open")))
            return
        self.close_button.setEnabled(False)
        dialog = CloseShiftDialog(shift, counted, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._close_confirmed(counted))
        dialog.rejected.connect(self._close_cancelled)
        dialog.open()
        self.close_asked.emit(dialog)

    def _close_cancelled(self) -> None:
        self._show_shift()
        self.counted_edit.setFocus()
        self.counted_edit.selectAll()

    def _close_confirmed(self, counted: Decimal) -> None:
        self.close_button.setEnabled(False)

        def work(session: Session, token: object, progress: object) -> service.ShiftState:
            register = self._register(session)
            fiscal.fiscalise_pending(session, register)
            closed = service.close_shift(session, counted)
            # The desk is closed either way; a register that did not answer has its shift
            # closed at the next open (over 24 hours, with the cashier's consent).
            with contextlib.suppress(RegisterFailed):
                fiscal.close_register_shift(register, fiscal.me_as_cashier(session))
            return closed

        self._runner.submit(work, self._shift_closed, self._close_failed)

    def _close_failed(self, error: TaskError) -> None:
        self._failed(error)
        self.refresh()

    def _shift_closed(self, shift: service.ShiftState) -> None:
        self._shift_changes += 1
        self._shift_known = True
        self._shift = None
        self.counted_edit.clear()
        difference = shift.difference or Decimal(0)
        self.status.setText(
            self.tr(
                "Shift № {number} closed: expected {expected} ₽, counted {counted} ₽, "
                "difference {difference} ₽."
            ).format(
                number=shift.id,
                expected=format_amount(shift.expected_cash or Decimal(0)),
                counted=format_amount(shift.counted_cash or Decimal(0)),
                difference=format_amount(difference),
            )
        )
        self._show_shift()
        self.print_shift_report(shift.id)

    def print_shift_report(self, shift_id: int) -> None:
        """Render the shift report and preview it."""

        def build(session: Session, duplicate: bool) -> bytes:
            return render_shift_report(
                shift_report_document(session, shift_id, duplicate=duplicate)
            )

        print_with_preview(
            self._runner,
            self,
            kind="shift_report",
            key=str(shift_id),
            account_id=None,
            build=build,
            title=self.tr("Shift report"),
            file_name=f"shift_{shift_id}.pdf",
            on_error=self._failed,
            require=lambda session: shift_supplier(session, shift_id),
        )

    # -- errors --------------------------------------------------------------------------

    def _failed(self, error: TaskError) -> None:
        self._busy = False
        self._show_shift()
        self.status.setText(describe_error(error))
