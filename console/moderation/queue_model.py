"""The queue as a table model: oldest first, ageing marked by colour."""

from __future__ import annotations

import bisect
from collections.abc import Collection
from datetime import datetime
from typing import Any

from console.formatting import format_moment
from console.moderation.labels import label
from models.domain.working_days import AgeingStatus
from models.queries.moderation import Queue, QueueItem
from widgets.qt import Qt, QtCore, QtGui

_AGE_COLOURS = {
    AgeingStatus.DUE_SOON: QtGui.QColor("#fff3cd"),
    AgeingStatus.OVERDUE: QtGui.QColor("#f8d7da"),
}


_ROOT = QtCore.QModelIndex()
COLUMNS = 7


def _age_order(item: QueueItem) -> tuple[datetime, int]:
    """The queue's order: oldest first (the query's ``ORDER BY created_at, id``)."""
    return item.created_at, item.id


class QueueModel(QtCore.QAbstractTableModel):
    """Rows of one queue; the view sorts nothing itself (the query orders by age)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[QueueItem, ...] = ()
        self._queue = Queue.LINK_REQUESTS

    def set_items(self, queue: Queue, items: tuple[QueueItem, ...]) -> None:
        """Show ``items`` of ``queue``."""
        self.beginResetModel()
        self._queue = queue
        self._items = items
        self.endResetModel()

    def update_items(self, ids: Collection[int], items: tuple[QueueItem, ...]) -> None:
        """Reload the rows of items ``ids``: ``items`` are those of them the filters still
        show. A row no longer shown goes, a new one comes in at its age, the others are
        updated where they stand; the rest of the queue, and the selection, stay."""
        fresh = {item.id: item for item in items}
        for row in reversed(range(len(self._items))):
            if self._items[row].id in ids and self._items[row].id not in fresh:
                self.beginRemoveRows(_ROOT, row, row)
                self._items = self._items[:row] + self._items[row + 1 :]
                self.endRemoveRows()
        for row, item in enumerate(self._items):
            if (new := fresh.pop(item.id, None)) is not None:
                self._items = (*self._items[:row], new, *self._items[row + 1 :])
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        for item in sorted(fresh.values(), key=_age_order):
            row = bisect.bisect(self._items, _age_order(item), key=_age_order)
            self.beginInsertRows(_ROOT, row, row)
            self._items = (*self._items[:row], item, *self._items[row:])
            self.endInsertRows()

    def item(self, row: int) -> QueueItem | None:
        """The item shown in ``row``."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        """The row showing item ``item_id``, or -1."""
        return next((i for i, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        first = self.tr("Login") if self._queue is Queue.REGISTRATIONS else self.tr("Request №")
        subject = {
            Queue.LINK_REQUESTS: self.tr("Account"),
            Queue.REGISTRATIONS: self.tr("Organisation / account"),
            Queue.MERGES: self.tr("Joined login → kept login"),
        }[self._queue]
        titles = (
            first,
            self.tr("Received"),
            self.tr("Term"),
            self.tr("Kind"),
            self.tr("Region"),
            subject,
            self.tr("Status"),
        )
        return titles[section]

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        item = self.item(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and item.status in ("new", "pending"):
            return _AGE_COLOURS.get(item.ageing.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.tr("Due by %1").replace("%1", item.ageing.due_date.strftime("%d.%m.%Y"))
        return None

    def _text(self, item: QueueItem, column: int) -> str:
        if column == 0:
            return item.number
        if column == 1:
            return format_moment(item.created_at)
        if column == 2:
            if item.status not in ("new", "pending"):
                return ""
            days = self.tr("%1 working days").replace("%1", str(item.ageing.working_days_elapsed))
            return f"{days}, {label(item.ageing.status.value)}"
        if column == 3:
            return label(item.kind)
        if column == 4:
            return item.region
        if column == 5:
            return item.subject
        status = label(item.status)
        if item.claimed_by and item.status in ("new", "pending"):
            return self.tr("%1, taken by %2").replace("%1", status).replace("%2", item.claimed_by)
        return status
