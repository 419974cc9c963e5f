"""The appeals queue as a table model: the earliest deadline first, overdue rows in red."""

from __future__ import annotations

from typing import Any

from console.appeals.labels import label
from console.formatting import format_date
from models.queries.appeals import AppealRow
from widgets.qt import QtCore, QtGui
from widgets.titled_table_model import TitledTableModel

OVERDUE = QtGui.QColor("#b3261e")
"""The colour of what is overdue (rows, the dashboard's count)."""
OVERDUE_BACKGROUND = QtGui.QColor("#fde7e4")


class AppealsModel(TitledTableModel):
    """Appeals to answer or close, the earliest deadline first; overdue rows in red."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.set_titles(
            (
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Customer"),
                self.tr("Status"),
                self.tr("Assignee"),
                self.tr("Arrived"),
                self.tr("Deadline"),
                self.tr("Working days"),
            )
        )
        self._rows: tuple[AppealRow, ...] = ()

    def row_total(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: tuple[AppealRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> AppealRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def data(self, index: Any, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            status = label("overdue") if item.overdue else label(item.status)
            return (
                item.number,
                label(item.kind),
                item.customer_name,
                status,
                item.assignee or "—",
                format_date(item.arrived_on),
                format_date(item.deadline),
                str(item.age_working_days),
            )[index.column()]
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QtGui.QBrush(OVERDUE)
        if role == QtCore.Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QtGui.QBrush(OVERDUE_BACKGROUND)
        return None
