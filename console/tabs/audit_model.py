"""A table model over audit records (the admins' browser and the history views)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from console.admin.audit_text import changes_text, operator_text
from console.admin.labels import action_title, table_title
from console.formatting import format_moment
from console.services.audit import AuditRecord
from widgets.qt import QtCore
from widgets.titled_table_model import TitledTableModel

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class AuditTableModel(TitledTableModel):
    """When, who, what, which row, what changed; newest first, pages appended below."""

    COLUMNS = ("at", "operator", "table", "row_key", "action", "changes")

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[AuditRecord] = []
        self.set_titles(
            (
                self.tr("When"),
                self.tr("Operator"),
                self.tr("Record"),
                self.tr("Key"),
                self.tr("Action"),
                self.tr("Changes"),
            )
        )

    def row_total(self) -> int:
        """Rows loaded so far."""
        return len(self._records)

    def data(self, index: _Index, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts; the full change list as a tooltip."""
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self.COLUMNS[index.column()]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return {
                "at": format_moment(record.at),
                "operator": operator_text(record),
                "table": table_title(record.table_name),
                "row_key": record.row_key,
                "action": action_title(record.action),
                "changes": changes_text(record),
            }[column]
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and column == "changes":
            return changes_text(record, limit=50, separator="\n")
        return None

    def set_records(self, records: Sequence[AuditRecord]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def append(self, records: Sequence[AuditRecord]) -> None:
        """Add an older page below."""
        if not records:
            return
        first = len(self._records)
        self.beginInsertRows(QtCore.QModelIndex(), first, first + len(records) - 1)
        self._records.extend(records)
        self.endInsertRows()

    def record(self, row: int) -> AuditRecord | None:
        """The record shown in ``row``."""
        return self._records[row] if 0 <= row < len(self._records) else None
