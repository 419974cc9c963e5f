"""A confirmation dialog for one portal action, with an optional input and its problems.

The dialog runs the action through the TaskRunner and stays open with the problem
shown next to the input when it is refused, so the operator can correct and retry;
it closes when the action succeeds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from console.errors import describe_error
from console.lookup.alive import while_alive
from console.problem_texts import describe
from console.tasks import ErrorKind, TaskError, TaskRunner
from widgets.qt import QtWidgets

ActionWork = Callable[[Any, str, Any], int]
"""Runs the action in a worker: (session, input text, chosen value) -> the new version."""


class ActionDialog(QtWidgets.QDialog):
    """Asks to confirm an action (and for its input), runs it, reports refusals inline."""

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        question: str,
        work: ActionWork,
        *,
        input_label: str | None = None,
        input_value: str = "",
        choices: Sequence[tuple[str, Any]] = (),
        choice_label: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupActionDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._runner = runner
        self._work = work
        layout = QtWidgets.QVBoxLayout(self)
        text = QtWidgets.QLabel(question)
        text.setObjectName("lookupActionQuestion")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QtWidgets.QFormLayout()
        self.combo: QtWidgets.QComboBox | None = None
        if choices:
            self.combo = QtWidgets.QComboBox()
            self.combo.setObjectName("lookupActionChoice")
            self.combo.setAccessibleName(choice_label or title)
            for label, value in choices:
                self.combo.addItem(label, value)
            form.addRow((choice_label or "") + ":", self.combo)
        self.input: QtWidgets.QLineEdit | None = None
        if input_label is not None:
            self.input = QtWidgets.QLineEdit(input_value)
            self.input.setObjectName("lookupActionInput")
            self.input.setAccessibleName(input_label)
            form.addRow(input_label + ":", self.input)
        if form.rowCount():
            layout.addLayout(form)
        self.problem = QtWidgets.QLabel()
        self.problem.setObjectName("lookupActionProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("lookupActionButtons")
        ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("lookupActionOk")
        ok.setAccessibleName(self.tr("Confirm"))
        ok.setText(self.tr("Confirm"))
        cancel = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("lookupActionCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.input is not None:
            self.input.setFocus()

    def run(self) -> None:
        """Run the action in the background; the dialog waits without blocking."""
        value = self.input.text() if self.input is not None else ""
        choice = self.combo.currentData() if self.combo is not None else None
        work = self._work
        self.buttons.setEnabled(False)
        self.problem.hide()
        self._runner.submit(
            lambda session, token, progress: work(session, value, choice), self._done, self._failed
        )

    @while_alive
    def _done(self, version: int) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.buttons.setEnabled(True)
        if error.kind is ErrorKind.INVALID and error.problems:
            message = "\n".join(describe(p) for p in error.problems)
        else:
            message = describe_error(error)
        self.problem.setText(message)
        self.problem.show()
        if self.input is not None:
            self.input.setFocus()
            self.input.selectAll()
