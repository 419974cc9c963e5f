"""A supervisor lets a shift close although some of its cheques are still pending.

The register may be broken for longer than a shift; the cashier cannot close with
pending cheques (``cash_shift.cheques_pending``) until a supervisor records a decision
with a reason (``billing.release_pending_cheques``: who, when, why, audited). The cheques
stay pending and are printed when the register is back. Enter alone does nothing; only
Ctrl+Enter records the decision.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_moment
from console.lookup.alive import while_alive
from console.services import fiscal
from console.tasks import CancelToken, TaskError, TaskRunner
from widgets.qt import QtCore, QtGui, QtWidgets

MIN_REASON = 3
"""The shortest reason the database accepts."""


class ReleasePendingDialog(QtWidgets.QDialog):
    """Choose an open shift with pending cheques, give the reason, confirm (Ctrl+Enter)."""

    released = QtCore.Signal(int)
    """The decision was recorded for this shift id."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releasePendingDialog")
        self.setWindowTitle(self.tr("Shifts with unprinted cheques"))
        self._runner = runner
        self._busy = False
        self.shift_combo = QtWidgets.QComboBox()
        self.shift_combo.setObjectName("releaseShift")
        self.shift_combo.setAccessibleName(self.tr("Shift"))
        self.shift_combo.setMinimumWidth(460)
        shift_label = QtWidgets.QLabel(self.tr("&Shift:"))
        shift_label.setBuddy(self.shift_combo)
        self.reason_edit = QtWidgets.QLineEdit()
        self.reason_edit.setObjectName("releaseReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for closing with pending cheques"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. the register is out of order"))
        self.reason_edit.setMaxLength(500)
        self.reason_edit.textChanged.connect(self._update)
        reason_label = QtWidgets.QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        self.message = QtWidgets.QLabel(self.tr("Loading…"))
        self.message.setObjectName("releaseMessage")
        self.message.setWordWrap(True)
        self.confirm_button = QtWidgets.QPushButton(self.tr("&Allow closing (Ctrl+Enter)"))
        self.confirm_button.setObjectName("releaseConfirm")
        self.confirm_button.setAccessibleName(self.tr("Allow the shift to close"))
        self.confirm_button.setShortcut(QtGui.QKeySequence("Ctrl+Return"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        cancel = QtWidgets.QPushButton(self.tr("Cancel (Esc)"))
        cancel.setObjectName("releaseCancel")
        cancel.setAccessibleName(self.tr("Close without a decision"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(cancel)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(shift_label)
        layout.addWidget(self.shift_combo)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reason_edit.setFocus()
        runner.submit(
            lambda session, token, progress: fiscal.shifts_with_pending(session),
            self._loaded,
            self._failed,
        )

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter alone does nothing here (QDialog would press a default button)."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not (
            event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    @while_alive
    def _loaded(self, shifts: tuple[fiscal.PendingShift, ...]) -> None:
        self.shift_combo.clear()
        for shift in shifts:
            self.shift_combo.addItem(
                self.tr("Shift № {number}, {cashier}, since {opened}: {count} cheques").format(
                    number=shift.shift_id,
                    cashier=shift.cashier_name,
                    opened=format_moment(shift.opened_at),
                    count=shift.pending,
                ),
                shift.shift_id,
            )
        self.message.setText("" if shifts else self.tr("No open shift has unprinted cheques."))
        self._update()

    def _update(self) -> None:
        self.confirm_button.setEnabled(
            not self._busy
            and self.shift_combo.count() > 0
            and len(self.reason_edit.text().strip()) >= MIN_REASON
        )

    def confirm(self) -> None:
        """Record the decision for the chosen shift (Ctrl+Enter)."""
        shift_id = self.shift_combo.currentData()
        reason = self.reason_edit.text().strip()
        if self._busy or shift_id is None or len(reason) < MIN_REASON:
            return
        self._busy = True
        self._update()

        def work(session: Session, token: CancelToken, progress: object) -> int:
            fiscal.release_pending(session, int(shift_id), reason)
            return int(shift_id)

        self._runner.submit(work, self._done, self._failed)

    @while_alive
    def _done(self, shift_id: int) -> None:
        self._busy = False
        self.released.emit(shift_id)
        self.accept()

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self._busy = False
        self._update()
        self.message.setText(describe_error(error))
