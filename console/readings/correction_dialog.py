"""The supervisor's dialog to correct a stored reading with a new value and a reason.

Enter moves from the value to the reason and does not save: only «Исправить»
(Ctrl+Enter) adds the correction, once a value and a reason are given.

Nothing is edited: the dialog adds a correcting reading (``correct_reading``) in a worker
and stays open until the database accepts it, showing a refusal next to the field it
concerns; the typed value and reason are kept, and a retry reuses the request key.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_date
from console.lookup.alive import while_alive
from console.problem_texts import describe
from console.readings.entry_form import ERROR_STYLE, MUTED_STYLE, parse_value
from console.services.readings import (
    ConfirmedReadings,
    correct_reading,
    load_correction_target,
)
from console.tasks import CancelToken, ErrorKind, TaskError, TaskRunner
from console.vocabulary import reading_source_label
from models.domain.money_format import format_kwh
from models.domain.problems import Problem, ValidationFailed
from models.queries.readings import HistoryRow
from widgets.qt import QtCore, QtGui, QtWidgets

_WIDTH = 420
"""Width of the dialog's fields, in pixels."""


def _error_label(name: str) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class CorrectionDialog(QtWidgets.QDialog):
    """Ask for the right value and why; nothing is edited, a correcting reading is added."""

    corrected = QtCore.Signal(object)
    """The database accepted the correction: the :class:`ConfirmedReadings`."""

    def __init__(
        self, runner: TaskRunner, row: HistoryRow, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingsCorrectionDialog")
        self.setWindowTitle(self.tr("Correct a reading"))
        self._runner = runner
        self._row = row
        self._key = uuid.uuid4()
        self._busy = False

        reading = QtWidgets.QLabel(
            self.tr("{serial}, zone {zone}, {day}: <b>{value}</b> ({source})").format(
                serial=row.meter_serial,
                zone=row.zone,
                day=format_date(row.taken_on),
                value=format_kwh(row.value),
                source=reading_source_label(row.source),
            )
        )
        reading.setObjectName("readingsCorrectionReading")
        bill = QtWidgets.QLabel(row.receipt_number or self.tr("not formed"))
        bill.setObjectName("readingsCorrectionBill")
        explanation = QtWidgets.QLabel(
            self.tr(
                "The reading stays in the history, marked as corrected. A correcting reading "
                "is added, and the bill it formed is re-formed by a correction bill with the "
                "difference."
            )
        )
        explanation.setObjectName("readingsCorrectionExplanation")
        explanation.setStyleSheet(MUTED_STYLE)
        explanation.setWordWrap(True)
        explanation.setMinimumWidth(_WIDTH)
        explanation.setMinimumHeight(explanation.heightForWidth(_WIDTH))

        self.value_message = _error_label("readingsCorrectionValueMessage")
        self.reason_message = _error_label("readingsCorrectionReasonMessage")
        self.message = _error_label("readingsCorrectionMessage")
        self.value = QtWidgets.QLineEdit()
        self.value.setObjectName("readingsCorrectionValue")
        self.value.setAccessibleName(self.tr("Correct value"))
        self.value.setPlaceholderText(self.tr("kWh, as on the meter"))
        self.value.textEdited.connect(lambda text: self.value_message.hide())
        self.reason = QtWidgets.QLineEdit()
        self.reason.setObjectName("readingsCorrectionReason")
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.reason.setPlaceholderText(self.tr("e.g. the customer misread the meter"))
        self.reason.setMaxLength(500)
        self.reason.setMinimumWidth(_WIDTH)
        self.reason.textEdited.connect(lambda text: self.reason_message.hide())

        value_label = QtWidgets.QLabel(self.tr("&Correct value:"))
        value_label.setBuddy(self.value)
        reason_label = QtWidgets.QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Reading:"), reading)
        form.addRow(self.tr("Bill:"), bill)
        form.addRow(value_label, self.value)
        form.addRow("", self.value_message)
        form.addRow(reason_label, self.reason)
        form.addRow("", self.reason_message)

        self.confirm_button = QtWidgets.QPushButton(self.tr("C&orrect (Ctrl+Enter)"))
        self.confirm_button.setObjectName("readingsCorrectionConfirm")
        self.confirm_button.setAccessibleName(self.tr("Save the correcting reading"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.activated.connect(self.confirm)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("readingsCorrectionCancel")
        self.cancel_button.setAccessibleName(self.tr("Close without correcting"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.value.returnPressed.connect(self.reason.setFocus)
        QtWidgets.QWidget.setTabOrder(self.value, self.reason)
        QtWidgets.QWidget.setTabOrder(self.reason, self.confirm_button)
        QtWidgets.QWidget.setTabOrder(self.confirm_button, self.cancel_button)
        self.value.setFocus()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter alone does nothing here (QDialog would press a default button)."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not (
            event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def _show(self, label: QtWidgets.QLabel, text: str, focus: QtWidgets.QWidget | None) -> None:
        label.setText(text)
        label.show()
        if focus is not None:
            focus.setFocus()

    def confirm(self) -> None:
        """Save the correcting reading (Ctrl+Enter); a problem keeps the dialog open."""
        if self._busy:
            return
        for label in (self.value_message, self.reason_message, self.message):
            label.hide()
        try:
            value = parse_value(self.value.text())
        except ValueError:
            value = None
        reason = self.reason.text().strip()
        if value is None:
            self._show(self.value_message, self.tr("Enter the correct value."), self.value)
            return
        if not reason:
            self._show(
                self.reason_message, self.tr("Give the reason for the correction."), self.reason
            )
            return
        reading_id, key = self._row.id, self._key

        def work(session: Session, token: CancelToken, progress: object) -> ConfirmedReadings:
            target = load_correction_target(session, reading_id)
            if target is None:
                raise ValidationFailed([Problem.error("reading.unknown")])
            return correct_reading(session, target, value, reason, key)

        self._set_busy(True)
        self._runner.submit(work, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm_button.setEnabled(not busy)

    @while_alive
    def _done(self, done: ConfirmedReadings) -> None:
        self._set_busy(False)
        self.corrected.emit(done)
        self.accept()

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self._set_busy(False)
        if error.kind is ErrorKind.INVALID and error.problems:
            problem = error.problems[0]
            field = problem.field or ""
            if field == "reason":
                self._show(self.reason_message, describe(problem), self.reason)
            elif field.startswith("value"):
                self._show(self.value_message, describe(problem), self.value)
            else:
                self._show(self.message, describe(problem), None)
        elif error.kind is ErrorKind.CONFLICT:
            code = error.detail if error.detail.startswith("reading.") else "reading.stale"
            self._show(self.message, describe(Problem.error(code)), None)
        else:
            self._show(self.message, describe_error(error), None)
