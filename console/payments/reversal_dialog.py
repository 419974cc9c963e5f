"""A supervisor reverses a payment: a reason is required, the database does the rest.

Enter alone does nothing: only «Сторнировать» (Ctrl+Enter) reverses, once a reason
of at least three characters is typed.
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
from widgets.qt import QtCore, QtGui, QtWidgets

_WIDTH = 460
"""Width of the dialog's text, in pixels."""
MIN_REASON = 3
"""The shortest reason the database accepts (``payment.reason_required``)."""


class ReversalDialog(QtWidgets.QDialog):
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
        super().__init__(parent)
        self.setObjectName("reversalDialog")
        self.setWindowTitle(self.tr("Reverse a payment"))
        self._runner = runner
        self._payment = payment
        self._busy = False

        summary = QtWidgets.QLabel(
            self.tr("Payment of {amount} ₽ on {day}: {description}.").format(
                amount=format_amount(payment.amount),
                day=format_date(payment.paid_on),
                description=description,
            )
        )
        summary.setObjectName("reversalPayment")
        summary.setAccessibleName(self.tr("The payment to reverse"))
        summary.setWordWrap(True)
        explanation = QtWidgets.QLabel(
            self.tr(
                "A reversing entry of −{amount} ₽ is added to the account; the payment "
                "itself stays in the history. This cannot be undone."
            ).format(amount=format_amount(payment.amount))
        )
        explanation.setObjectName("reversalExplanation")
        explanation.setWordWrap(True)
        self.reason_edit = QtWidgets.QLineEdit()
        self.reason_edit.setObjectName("reversalReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for the reversal"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. paid to the wrong account"))
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setMinimumWidth(_WIDTH)
        for label in (summary, explanation):  # wrapped labels: reserve their full height
            label.setMinimumWidth(_WIDTH)
            label.setMinimumHeight(label.heightForWidth(_WIDTH))
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.reason_error = QtWidgets.QLabel()
        self.reason_error.setObjectName("reversalReasonError")
        self.reason_error.setAccessibleName(self.tr("Reason problem"))
        self.reason_error.setStyleSheet("color: #b00020;")
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        reason_label = QtWidgets.QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)

        self.confirm_button = QtWidgets.QPushButton(self.tr("&Reverse (Ctrl+Enter)"))
        self.confirm_button.setObjectName("reversalConfirm")
        self.confirm_button.setAccessibleName(self.tr("Reverse the payment"))
        self.confirm_button.setShortcut(QtGui.QKeySequence("Ctrl+Return"))
        self.confirm_button.setAutoDefault(False)  # Enter in the reason does not reverse
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("reversalCancel")
        self.cancel_button.setAccessibleName(self.tr("Close without reversing"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(explanation)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.reason_error)
        layout.addLayout(buttons)
        self.reason_edit.setFocus()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter alone does nothing here (QDialog would press a default button)."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not (
            event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def _reason_changed(self, text: str) -> None:
        self.confirm_button.setEnabled(not self._busy and len(text.strip()) >= MIN_REASON)
        self.reason_error.hide()

    def _show_problem(self, text: str) -> None:
        self.reason_error.setText(text)
        self.reason_error.show()

    def confirm(self) -> None:
        """Reverse the payment with the reason given (Ctrl+Enter)."""
        reason = self.reason_edit.text().strip()
        if self._busy:
            return
        if len(reason) < MIN_REASON:
            self._show_problem(describe(Problem.error("payment.reason_required", "reason")))
            self.reason_edit.setFocus()
            return
        payment_id = self._payment.id
        self._busy = True
        self.confirm_button.setEnabled(False)

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
        self._busy = False
        self._reason_changed(self.reason_edit.text())
        if error.kind is ErrorKind.INVALID and error.problems:
            self._show_problem(describe(error.problems[0]))
        else:
            self._show_problem(describe_error(error))
        self.refused.emit(error)
