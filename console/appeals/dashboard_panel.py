"""The appeals dashboard panel: the register by status and by age in working days, the
overdue in red, the share answered on time, each operator's figures; the CSV export and
the contact topics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from console.appeals.labels import label
from console.appeals.queue_model import OVERDUE
from console.appeals.topics_dialog import TopicsDialog
from console.errors import describe_error
from console.lookup.alive import while_alive
from console.tasks import TaskError, TaskRunner
from models.queries.appeals import Dashboard, dashboard, dashboard_csv
from widgets.qt import QtCore, QtWidgets


class AppealsDashboard(QtWidgets.QWidget):
    """The register's figures (shown by the tab after each reload) and its export."""

    message = QtCore.Signal(str)
    """A line for the tab's message label: an export's outcome ("" clears it)."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appealsDashboard")
        self._runner = runner
        self.board: Dashboard | None = None
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("appealsSummary")
        self.summary.setAccessibleName(self.tr("Appeals by status and age"))
        self.summary.setWordWrap(True)
        self.overdue = QtWidgets.QLabel()
        self.overdue.setObjectName("appealsOverdue")
        self.overdue.setAccessibleName(self.tr("Overdue appeals"))
        self.operators = QtWidgets.QTableWidget(0, 5)
        self.operators.setObjectName("appealsByOperator")
        self.operators.setAccessibleName(self.tr("Appeals by operator"))
        self.operators.setHorizontalHeaderLabels(
            [
                self.tr("Operator"),
                self.tr("Open"),
                self.tr("Overdue"),
                self.tr("Answered"),
                self.tr("On time"),
            ]
        )
        self.operators.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operators.verticalHeader().hide()
        self.export = QtWidgets.QPushButton(self.tr("E&xport CSV…"))
        self.export.setObjectName("appealsExportCsv")
        self.export.setAccessibleName(self.tr("Export the register as CSV"))
        self.export.clicked.connect(self._ask_export)
        self.topics_button = QtWidgets.QPushButton(self.tr("Contact topics…"))
        self.topics_button.setObjectName("appealsTopics")
        self.topics_button.setAccessibleName(self.tr("Edit the list of contact topics"))
        self.topics_button.clicked.connect(self.edit_topics)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.overdue)
        layout.addWidget(self.operators, 1)
        layout.addWidget(self.export)
        layout.addWidget(self.topics_button)

    def show_board(self, board: Dashboard) -> None:
        """Show the register's figures."""
        self.board = board
        statuses = ", ".join(f"{label(s)}: {n}" for s, n in board.by_status)
        ages = ", ".join(f"{bucket}: {n}" for bucket, n in board.by_age)
        share = (
            f"{board.on_time_share:.0%}".replace("%", " %")
            if board.on_time_share is not None
            else "—"
        )
        self.summary.setText(
            self.tr(
                "By status: {statuses}\nOpen, by working days waiting: {ages}\n"
                "Answered on time: {share} ({on_time} of {answered})"
            ).format(
                statuses=statuses,
                ages=ages,
                share=share,
                on_time=board.answered_on_time,
                answered=board.answered,
            )
        )
        self.overdue.setText(self.tr("Overdue: {count}").format(count=board.overdue))
        self.overdue.setStyleSheet(
            f"color: {OVERDUE.name()}; font-weight: bold;" if board.overdue else ""
        )
        self.operators.setRowCount(len(board.by_operator))
        for row, figures in enumerate(board.by_operator):
            values = (
                figures.operator,
                figures.open,
                figures.overdue,
                figures.answered,
                figures.on_time,
            )
            for column, value in enumerate(values):
                cell = QtWidgets.QTableWidgetItem(str(value))
                if column == 2 and figures.overdue:
                    cell.setForeground(OVERDUE)
                self.operators.setItem(row, column, cell)
        self.operators.resizeColumnsToContents()

    def edit_topics(self) -> None:
        """The supervisors' list of contact topics, in a dialog."""
        dialog = TopicsDialog(self._runner, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _ask_export(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export the register"), "appeals.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the whole register to ``path`` as CSV (read and written in a worker)."""

        def work(session: Session, _t: Any, _p: Any) -> int:
            rows = dashboard(session).rows
            path.write_text(dashboard_csv(rows), encoding="utf-8-sig")
            return len(rows)

        @while_alive
        def done(panel: AppealsDashboard, count: int) -> None:
            panel.message.emit(
                QtCore.QCoreApplication.translate(
                    "AppealsDashboard", "Exported {count} appeals."
                ).format(count=count)
            )

        @while_alive
        def failed(panel: AppealsDashboard, error: TaskError) -> None:
            panel.message.emit(describe_error(error))

        self.message.emit("")
        self._runner.submit(work, lambda count: done(self, count), lambda e: failed(self, e))
