"""The card's contact dialog: record a call (or visit, letter…) and the appeal it brings.

Opened from the customer card with Ctrl+K. The focus starts on the topic; the facts
checked to identify the caller have Alt keys; «Appeal» picks a kind (or none) and its
text follows. Enter saves from anywhere (Shift+Enter starts a new line in the appeal
text). Contact and appeal are recorded in one transaction in a worker; a refusal is
shown next to its field and the dialog stays open.
"""

from __future__ import annotations

from console.appeals.labels import CHANNELS, FACTS, KINDS, fact_title, label
from console.errors import describe_error
from console.lookup.alive import while_alive
from console.problem_texts import describe
from console.services import appeals as service
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.queries.appeals import Topic, topics
from widgets.qt import Qt, QtGui, QtWidgets, Signal


class _AppealText(QtWidgets.QPlainTextEdit):
    """Multi-line text where Enter saves the dialog and Shift+Enter breaks the line."""

    submitted = Signal()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ContactDialog(QtWidgets.QDialog):
    """Records one contact of ``customer_id`` (about ``account_id``) and maybe an appeal."""

    recorded = Signal(object)
    """The :class:`console.services.appeals.Recorded` the database returned."""

    def __init__(
        self,
        runner: TaskRunner,
        customer_id: int,
        account_id: int | None,
        *,
        channel: str = "phone",
        note: str = "",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setAccessibleName(self.tr("Record a contact"))
        self.setWindowTitle(self.tr("Record a contact"))
        self.setMinimumWidth(520)
        self._runner = runner
        self._customer_id = customer_id
        self._account_id = account_id
        self.result_value: service.Recorded | None = None

        self.channel = QtWidgets.QComboBox()
        self.channel.setObjectName("contactChannel")
        self.channel.setAccessibleName(self.tr("Channel"))
        for code in CHANNELS:
            self.channel.addItem(label(code), code)
        self.channel.setCurrentIndex(CHANNELS.index(channel) if channel in CHANNELS else 0)
        self.topic = QtWidgets.QComboBox()
        self.topic.setObjectName("contactTopic")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setEnabled(False)
        self.facts: dict[str, QtWidgets.QCheckBox] = {}
        facts_box = QtWidgets.QGroupBox(self.tr("Caller identified by"))
        facts_box.setObjectName("contactFacts")
        facts_layout = QtWidgets.QGridLayout(facts_box)
        for position, fact in enumerate(FACTS):
            box = QtWidgets.QCheckBox(fact_title(fact))
            box.setObjectName(f"contactFact_{fact}")
            box.setAccessibleName(box.text().replace("&", ""))
            facts_layout.addWidget(box, position // 4, position % 4)
            self.facts[fact] = box
        self.note = QtWidgets.QLineEdit()
        self.note.setObjectName("contactNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setText(note)
        self.outcome = QtWidgets.QLineEdit()
        self.outcome.setObjectName("contactOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.kind = QtWidgets.QComboBox()
        self.kind.setObjectName("contactAppealKind")
        self.kind.setAccessibleName(self.tr("Appeal"))
        self.kind.addItem(self.tr("no appeal"), None)
        for code in KINDS:
            self.kind.addItem(label(code), code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.body = _AppealText()
        self.body.setObjectName("contactAppealText")
        self.body.setAccessibleName(self.tr("Appeal text"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.body.fontMetrics().height() * 5)
        self.body.submitted.connect(self.save)
        self.problem = QtWidgets.QLabel()
        self.problem.setObjectName("contactProblem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()

        form = QtWidgets.QFormLayout()
        rows: tuple[tuple[str, QtWidgets.QWidget], ...] = (
            (self.tr("&Channel:"), self.channel),
            (self.tr("&Topic:"), self.topic),
            (self.tr("&Note:"), self.note),
            (self.tr("O&utcome:"), self.outcome),
            (self.tr("Appeal &kind:"), self.kind),
            (self.tr("Appeal te&xt:"), self.body),
        )
        for text, widget in rows[:2]:
            form.addRow(self._buddy(text, widget), widget)
        form.addRow(facts_box)
        for text, widget in rows[2:]:
            form.addRow(self._buddy(text, widget), widget)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("contactButtons")
        save = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        save.setObjectName("contactSave")
        save.setText(self.tr("Save"))
        save.setAccessibleName(self.tr("Save the contact"))
        save.setDefault(True)
        cancel = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("contactCancel")
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._kind_changed()
        self.topic.setFocus()
        runner.submit(lambda session, token, progress: topics(session), self._topics, self._failed)

    @staticmethod
    def _buddy(text: str, widget: QtWidgets.QWidget) -> QtWidgets.QLabel:
        caption = QtWidgets.QLabel(text)
        caption.setBuddy(widget)
        return caption

    @while_alive
    def _topics(self, found: tuple[Topic, ...]) -> None:
        self.topic.clear()
        for item in found:
            self.topic.addItem(item.title, item.code)
        self.topic.setEnabled(bool(found))
        self.topic.setFocus()

    def _kind_changed(self) -> None:
        self.body.setEnabled(self.kind.currentData() is not None)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def contact(self) -> service.Contact:
        """What the form says about the contact."""
        return service.Contact(
            self._customer_id,
            self._account_id,
            str(self.channel.currentData()),
            str(self.topic.currentData() or ""),
            tuple(fact for fact, box in self.facts.items() if box.isChecked()),
            self.note.text(),
            self.outcome.text(),
        )

    def appeal(self) -> service.NewAppeal | None:
        """The appeal to register, if a kind is chosen."""
        kind = self.kind.currentData()
        return None if kind is None else service.NewAppeal(str(kind), self.body.toPlainText())

    def save(self) -> None:
        """Record the contact (and the appeal) in a worker; the dialog stays responsive."""
        if not self.buttons.isEnabled():
            return
        contact, appeal = self.contact(), self.appeal()
        self.buttons.setEnabled(False)
        self.problem.hide()
        self._runner.submit(
            lambda session, token, progress: service.record_contact(session, contact, appeal),
            self._done,
            self._failed,
        )

    @while_alive
    def _done(self, recorded: service.Recorded) -> None:
        self.buttons.setEnabled(True)
        self.result_value = recorded
        self.recorded.emit(recorded)
        self.accept()

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.buttons.setEnabled(True)
        if error.kind is ErrorKind.INVALID and error.problems:
            message = "\n".join(describe(p) for p in error.problems)
            field = error.problems[0].field
        else:
            message, field = describe_error(error), None
        self.problem.setText(message)
        self.problem.show()
        target = {
            "channel": self.channel,
            "topic": self.topic,
            "note": self.note,
            "outcome": self.outcome,
            "kind": self.kind,
            "body": self.body,
        }.get(field or "")
        if target is not None:
            target.setFocus()


__all__ = ["ContactDialog"]
