"""The cash desk's register: a payment's cheque and receipt, the pending cheques, the X-report.

After each payment the cheque goes to this desk's register and the receipt's preview
opens whether or not the register printed it; a cheque the register could not print
stays pending and is sent again under its own uuid — by the desk itself every 30 s and
with «Print pending cheques (F7)». The cash desk tab (``cashdesk_tab``) owns the form;
:class:`ChequeDesk` talks to the register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.lookup.alive import while_alive
from console.payments.cashdesk_panels import PendingCheques
from console.payments.newest import Newest
from console.payments.print_flow import print_with_preview
from console.printing.receipt import render_receipt
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from console.services.documents import payment_supplier, receipt_document
from console.tasks import TaskError, TaskRunner
from models.fiscal.register import CashRegister
from widgets.qt import QtCore, QtWidgets

RETRY_EVERY_MS = 30_000
"""How often the desk retries its pending cheques by itself."""

Pending = tuple[fiscal.FiscalState, ...]


@dataclass(frozen=True, slots=True)
class _Fiscalised:
    state: fiscal.FiscalState
    pending: Pending


class ChequeDesk(QtCore.QObject):
    """This desk's register seen from the desk: cheques, retries, X-report and receipts.

    Sentences go to the desk's ``status`` line; failures of its own tasks to
    ``on_failed``; the dialogs are children of ``parent``.
    """

    pending_changed = QtCore.Signal(object)
    """The pending cheques (a tuple of ``FiscalState``) after each send or retry."""
    receipt_shown = QtCore.Signal(object)
    """The receipt's :class:`PdfPreviewDialog`, once it is open."""

    def __init__(
        self,
        runner: TaskRunner,
        desk_id: int | None,
        panel: PendingCheques,
        status: QtWidgets.QLabel,
        on_failed: Callable[[TaskError], None],
        parent: QtWidgets.QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._desk_id = desk_id
        self._panel = panel
        self._status = status
        self._on_failed = on_failed
        self._parent = parent
        self.busy = False
        """A cheque or a retry is with the register (no second retry meanwhile)."""
        self.pending: Pending = ()
        self._pendings = Newest()
        """Only the newest list of pending cheques is shown."""
        self.retry_timer = QtCore.QTimer(self)
        self.retry_timer.setInterval(RETRY_EVERY_MS)
        self.retry_timer.timeout.connect(self._auto_retry)
        self.retry_timer.start()

    def register(self, session: Session) -> CashRegister:
        """This desk's register (called in workers: reads the desk from the database)."""
        return fiscal.register_of(fiscal.cash_desk(session, self._desk_id))

    # -- pending cheques -----------------------------------------------------------------

    def load_pending(self) -> None:
        """Ask which cheques are still not printed."""
        self._runner.submit(
            lambda session, token, progress: fiscal.pending_cheques(session),
            self._pendings.ask(self._show_pending),
            self._on_failed,
        )

    @while_alive
    def _show_pending(self, pending: Pending) -> None:
        self.pending = pending
        self._panel.show_pending(pending)
        self.pending_changed.emit(pending)

    def _auto_retry(self) -> None:
        if self.pending and not self.busy:
            self.retry()

    def retry(self) -> None:
        """Send the pending cheques to the register again, under their own uuids (F7)."""
        if self.busy:
            return
        self.busy = True
        self._panel.retry_button.setEnabled(False)

        def work(session: Session, token: object, progress: object) -> Pending:
            fiscal.fiscalise_pending(session, self.register(session))
            return fiscal.pending_cheques(session)

        show = self._pendings.ask(self._show_pending)
        self._runner.submit(work, lambda pending: self._retried(pending, show), self._retry_failed)

    @while_alive
    def _retried(self, pending: Pending, show: Callable[[Pending], None]) -> None:
        self.busy = False
        show(pending)

    @while_alive
    def _retry_failed(self, error: TaskError) -> None:
        self.busy = False
        self._panel.retry_button.setEnabled(True)
        self._status.setText(describe_error(error))

    def print_x_report(self) -> None:
        """Print the register's X-report (F8)."""

        def work(session: Session, token: object, progress: object) -> None:
            fiscal.x_report(self.register(session), fiscal.me_as_cashier(session))

        self._runner.submit(
            work,
            lambda _none: self._status.setText(self.tr("The X-report is printed.")),
            self._on_failed,
        )

    # -- the payment's cheque and receipt ------------------------------------------------

    def print_cheque(self, taken: service.TakenPayment, contact: str) -> None:
        """Send the payment's cheque (an e-cheque to ``contact`` if given), say how it went
        after what the status line says now, then preview the receipt."""
        message = self._status.text()
        self._status.setText(message + " " + self.tr("Printing the cheque…"))
        payment_id, account_id = taken.payment.id, taken.account.id
        show = self._pendings.ask(self._show_pending)

        def work(session: Session, token: object, progress: object) -> _Fiscalised:
            if contact:
                fiscal.set_contact(session, payment_id, contact)
            state = fiscal.fiscalise(session, self.register(session), payment_id)
            return _Fiscalised(state, fiscal.pending_cheques(session))

        self.busy = True
        self._runner.submit(
            work,
            lambda done: self._cheque_printed(done, message, account_id, show),
            lambda error: self._cheque_failed(error, message, payment_id, account_id),
        )

    @while_alive
    def _cheque_printed(
        self, done: _Fiscalised, message: str, account_id: int, show: Callable[[Pending], None]
    ) -> None:
        self.busy = False
        show(done.pending)
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
        self._status.setText(message + " " + cheque)
        self.print_receipt(state.payment_id, account_id)

    @while_alive
    def _cheque_failed(
        self, error: TaskError, message: str, payment_id: int, account_id: int
    ) -> None:
        self.busy = False
        self._status.setText(message + " " + describe_error(error))
        self.print_receipt(payment_id, account_id)

    def print_receipt(self, payment_id: int, account_id: int | None) -> None:
        """Render the payment's receipt (a duplicate when printed before) and preview it."""

        def build(session: Session, duplicate: bool) -> bytes:
            return render_receipt(receipt_document(session, payment_id, duplicate=duplicate))

        print_with_preview(
            self._runner,
            self._parent,
            kind="payment_receipt",
            key=str(payment_id),
            account_id=account_id,
            build=build,
            title=self.tr("Payment receipt"),
            file_name=f"receipt_{payment_id}.pdf",
            on_error=self._on_failed,
            require=lambda session: payment_supplier(session, payment_id),
            on_shown=self.receipt_shown.emit,
        )
