"""What a supervisor does from the payment history: reverse a payment, print a correction
cheque, let a shift close with unprinted cheques, and — every 30 s, as the cash desk does
with its cheques — send the pending correction cheques to the register again.

:class:`SupervisorActions` opens the dialogs and runs the retries; the history tab
(``history_tab``) hands it the account and payment shown and reloads when told.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_amount
from console.lookup.alive import while_alive
from console.payments.correction_dialog import CorrectionDialog
from console.payments.history_tables import channel_text
from console.payments.release_dialog import ReleasePendingDialog
from console.payments.reversal_dialog import ReversalDialog
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from console.tasks import TaskError, TaskRunner
from models.domain.problems import Problem
from widgets.qt import QtCore, QtWidgets

CORRECTION_RETRY_MS = 30_000
"""How often a supervisor's console retries its pending correction cheques."""


class SupervisorActions(QtCore.QObject):
    """Reversal, correction cheques and releasing pending cheques, for supervisors only
    (``allowed``); the dialogs are children of ``parent`` and deleted on close."""

    history_changed = QtCore.Signal(str)
    """The account's history changed: reload it, then say the text (may be empty)."""
    said = QtCore.Signal(str)
    """A sentence for the status line."""
    reversal_opened = QtCore.Signal(object)
    release_opened = QtCore.Signal(object)
    correction_opened = QtCore.Signal(object)
    corrections_retried = QtCore.Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        desk_id: int | None,
        allowed: bool,
        parent: QtWidgets.QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._desk_id = desk_id
        self._allowed = allowed
        self._parent = parent
        self._busy = False
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(CORRECTION_RETRY_MS)
        self.timer.timeout.connect(self.retry_corrections)
        if allowed:
            self.timer.start()

    # -- correction cheques --------------------------------------------------------------

    def open_correction(
        self, account: service.AccountSummary, payment: service.PaymentRow | None
    ) -> None:
        """A correction cheque for ``account`` (and the selected ``payment``, if any)."""
        if not self._allowed:
            return
        dialog = CorrectionDialog(
            self._runner, account.id, account.number, payment, self._desk_id, self._parent
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self._correction_changed)
        dialog.retried.connect(self._correction_changed)
        dialog.open()
        self.correction_opened.emit(dialog)

    def _correction_changed(self, _changed: object) -> None:
        """A correction was recorded or printed: the history shows it."""
        self.history_changed.emit("")

    def retry_corrections(self) -> None:
        """Send this supervisor's pending correction cheques again; nothing is asked of
        the register when none is pending."""
        if not self._allowed or self._busy:
            return
        self._busy = True
        desk_id = self._desk_id

        def work(session: Session, _t: object, _p: object) -> tuple[fiscal.CorrectionState, ...]:
            pending = fiscal.pending_corrections(session)
            if not pending:
                session.rollback()
                return ()
            register = fiscal.register_of(fiscal.cash_desk(session, desk_id))
            return fiscal.fiscalise_corrections(session, register, pending)

        self._runner.submit(work, self._corrections_sent, self._corrections_failed)

    @while_alive
    def _corrections_sent(self, states: tuple[fiscal.CorrectionState, ...]) -> None:
        self._busy = False
        if any(state.is_done for state in states):
            self.history_changed.emit("")
        self.corrections_retried.emit(states)

    @while_alive
    def _corrections_failed(self, error: TaskError) -> None:
        self._busy = False
        self.said.emit(describe_error(error))

    # -- reversal and release ------------------------------------------------------------

    def reverse(self, payment: service.PaymentRow | None) -> None:
        """Ask for a reason and reverse ``payment`` (the database refuses the others)."""
        if not self._allowed or payment is None:
            return
        if payment.reverses_id is not None:
            self.said.emit(describe(Problem.error("payment.is_reversal")))
            return
        if payment.reversed_by_id is not None:
            self.said.emit(describe(Problem.error("payment.already_reversed")))
            return
        dialog = ReversalDialog(self._runner, payment, channel_text(payment), self._parent)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reversed.connect(self._payment_reversed)
        dialog.open()
        self.reversal_opened.emit(dialog)

    def _payment_reversed(self, reversal: service.PaymentRow) -> None:
        self.history_changed.emit(
            self.tr("Payment reversed: a reversing entry of {amount} ₽ was recorded.").format(
                amount=format_amount(reversal.amount)
            )
        )

    def release_pending_cheques(self) -> None:
        """Let a shift close with unprinted cheques, with a reason."""
        if not self._allowed:
            return
        dialog = ReleasePendingDialog(self._runner, self._parent)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.released.connect(
            lambda shift_id: self.said.emit(
                self.tr("Shift № {number} may close with unprinted cheques.").format(
                    number=shift_id
                )
            )
        )
        dialog.open()
        self.release_opened.emit(dialog)
