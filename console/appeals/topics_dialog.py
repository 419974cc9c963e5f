"""The supervisors' list of contact topics: add, rename, reorder, retire.

Topics are never deleted (old contacts keep theirs); a retired topic can no longer be
chosen. Loaded and saved in workers; the database checks every row
(``billing.save_interaction_topic``, supervisors only).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.lookup.alive import while_alive
from console.services import appeals as service
from console.tasks import TaskError, TaskRunner
from models.queries.appeals import TopicEntry, all_topics
from widgets.qt import QtCore, QtGui, QtWidgets

CODE, TITLE, POSITION, ACTIVE = range(4)


class TopicsDialog(QtWidgets.QDialog):
    """Edits the topic list in a table; Ctrl+S saves, Ins adds a row, Esc closes."""

    saved = QtCore.Signal(int)
    """How many topics were saved."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicsDialog")
        self.setAccessibleName(self.tr("Contact topics"))
        self.setWindowTitle(self.tr("Contact topics"))
        self.resize(560, 420)
        self._runner = runner
        self._loaded: dict[str, TopicEntry] = {}
        self.table = QtWidgets.QTableWidget(0, 4)
        self.table.setObjectName("topicsTable")
        self.table.setAccessibleName(self.tr("Topics"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Title"), self.tr("Order"), self.tr("In use")]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.add = QtWidgets.QPushButton(self.tr("Add a topic (Ins)"))
        self.add.setObjectName("topicsAdd")
        self.add.setAccessibleName(self.tr("Add a topic"))
        self.add.setShortcut(QtGui.QKeySequence("Ins"))
        self.add.clicked.connect(self.add_row)
        self.save = QtWidgets.QPushButton(self.tr("Save (Ctrl+S)"))
        self.save.setObjectName("topicsSave")
        self.save.setAccessibleName(self.tr("Save the topics"))
        self.save.setShortcut(QtGui.QKeySequence("Ctrl+S"))
        self.save.clicked.connect(self.save_changes)
        close = QtWidgets.QPushButton(self.tr("Close (Esc)"))
        close.setObjectName("topicsClose")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.problem = QtWidgets.QLabel()
        self.problem.setObjectName("topicsProblem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the list again."""
        self._runner.submit(
            lambda session, _t, _p: all_topics(session),
            self._show,
            self._failed,
        )

    @while_alive
    def _show(self, topics: tuple[TopicEntry, ...]) -> None:
        self._loaded = {t.code: t for t in topics}
        self.table.setRowCount(0)
        for topic in topics:
            self._append(topic, new=False)
        self.table.resizeColumnToContents(CODE)
        self.table.setFocus()

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.problem.setText(describe_error(error))

    def _append(self, topic: TopicEntry, *, new: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        code = QtWidgets.QTableWidgetItem(topic.code)
        if not new:
            code.setFlags(code.flags() & ~QtCore.Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, CODE, code)
        self.table.setItem(row, TITLE, QtWidgets.QTableWidgetItem(topic.title))
        position = QtWidgets.QTableWidgetItem()
        position.setData(QtCore.Qt.ItemDataRole.EditRole, topic.position)
        self.table.setItem(row, POSITION, position)
        active = QtWidgets.QTableWidgetItem()
        active.setFlags(active.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
        active.setCheckState(
            QtCore.Qt.CheckState.Checked if topic.active else QtCore.Qt.CheckState.Unchecked
        )
        self.table.setItem(row, ACTIVE, active)
        return row

    def add_row(self) -> None:
        """Ins: a new topic at the end of the list, its code cell being edited."""
        last = max((t.position for t in self.topics()), default=0)
        row = self._append(TopicEntry("", "", last + 10, True), new=True)
        self.table.setCurrentCell(row, CODE)
        cell = self.table.item(row, CODE)
        if cell is not None:
            self.table.editItem(cell)

    def topics(self) -> list[TopicEntry]:
        """The table's rows as topics."""
        rows = []
        for row in range(self.table.rowCount()):
            cells: list[Any] = [self.table.item(row, column) for column in range(4)]
            if cells[CODE] is None:
                continue
            position = cells[POSITION].data(QtCore.Qt.ItemDataRole.EditRole)
            rows.append(
                TopicEntry(
                    cells[CODE].text().strip(),
                    cells[TITLE].text() if cells[TITLE] else "",
                    int(position or 0),
                    cells[ACTIVE].checkState() == QtCore.Qt.CheckState.Checked,
                )
            )
        return rows

    def changed(self) -> list[TopicEntry]:
        """Rows that are new or differ from what was loaded."""
        return [t for t in self.topics() if self._loaded.get(t.code) != t]

    def save_changes(self) -> None:
        """Ctrl+S: save the new and changed topics in one transaction."""
        changes = self.changed()
        self.problem.clear()
        if not changes:
            return

        def work(session: Session, _t: Any, _p: Any) -> int:
            return service.save_topics(session, changes)

        @while_alive
        def done(dialog: TopicsDialog, count: int) -> None:
            dialog.problem.setText(
                QtCore.QCoreApplication.translate("TopicsDialog", "Saved {count} topics.").format(
                    count=count
                )
            )
            dialog.saved.emit(count)
            dialog.reload()

        self._runner.submit(work, lambda n: done(self, n), self._failed)
