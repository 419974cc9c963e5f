"""A supervisor reverses a payment: a reason is required, the database does the rest.

Enter alone does nothing and «Отмена» is the default: only «Сторнировать» (Ctrl+Enter)
reverses, once a reason of at least three characters is typed (a
:class:`~widgets.reason_confirmation.ReasonConfirmation`).
The reversal is a new negative payment naming the original (``reverse_payment``);
the database re-checks the role (only billing_supervisor may), the reason and that
the payment was not reversed before, and the dialog shows its refusal next to the
field it concerns.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_amount, format_date
from console.lookup.alive import while_alive
from console.problem_texts import describe
from console.services import payments as service
from console.tasks import CancelToken, ErrorKind, TaskError, TaskRunner
from models.domain.problems import Problem
from widgets.qt import QtCore, QtWidgets
from widgets.reason_confirmation import ReasonConfirmation

_WIDTH = 460
"""Width of the dialog's text, in pixels."""
MIN_REASON = 3
"""The shortest reason the database accepts (``payment.reason_required``)."""


class ReversalDialog(ReasonConfirmation):
    """Ask for the reason, then reverse ``payment`` in a worker."""

    reversed = QtCore.Signal(object)
    """The reversing entry was recorded: its :class:`PaymentRow`."""
    refused = QtCore.Signal(object)
    """The database refused: the :class:`TaskError`."""

    def __init__(
        self,
        runner: TaskRunner,
        payment: service.PaymentRow,
        description: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(
            "reversal",
            title=self.tr("Reverse a payment"),
            summary=self.tr("Payment of {amount} ₽ on {day}: {description}.").format(
                amount=format_amount(payment.amount),
                day=format_date(payment.paid_on),
                description=description,
            ),
            summary_accessible=self.tr("The payment to reverse"),
            consequence=self.tr(
                "A reversing entry of −{amount} ₽ is added to the account; the payment "
                "itself stays in the history. This cannot be undone."
            ).format(amount=format_amount(payment.amount)),
            action_text=self.tr("&Reverse (Ctrl+Enter)"),
            action_accessible=self.tr("Reverse the payment"),
            reason_accessible=self.tr("Reason for the reversal"),
            placeholder=self.tr("e.g. paid to the wrong account"),
            min_length=MIN_REASON,
            back_text=self.tr("Cancel (Esc)"),
            back_accessible=self.tr("Close without reversing"),
            parent=parent,
        )
        self._runner = runner
        self._payment = payment
        self.summary.setObjectName("reversalPayment")
        self.warning.setObjectName("reversalExplanation")
        self.back_button.setObjectName("reversalCancel")
        assert self.reason_edit is not None
        self.reason_edit: QtWidgets.QLineEdit = self.reason_edit
        self.reason_edit.setMinimumWidth(_WIDTH)
        self.reason_error = self.error
        self.reason_error.setAccessibleName(self.tr("Reason problem"))
        self.reserve_width(_WIDTH)
        self.reason_edit.setFocus()

    def confirm(self) -> None:
        """Reverse the payment with the reason given (Ctrl+Enter)."""
        reason = self.reason_text()
        if self._busy:
            return
        if len(reason) < MIN_REASON:
            self.show_problem(describe(Problem.error("payment.reason_required", "reason")))
            self.reason_edit.setFocus()
            return
        payment_id = self._payment.id
        self.set_busy(True)

        def work(session: Session, token: CancelToken, progress: object) -> service.PaymentRow:
            return service.reverse_payment(session, payment_id, reason)

        self._runner.submit(work, self._done, self._failed)

    @while_alive
    def _done(self, reversal: service.PaymentRow) -> None:
        self._busy = False
        self.reversed.emit(reversal)
        self.accept()

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.set_busy(False)
        if error.kind is ErrorKind.INVALID and error.problems:
            self.show_problem(describe(error.problems[0]))
        else:
            self.show_problem(describe_error(error))
        self.refused.emit(error)
