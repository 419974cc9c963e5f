"""The moderation queue panel: the filters (queue, kind, region, status, term) and the
queue's items, oldest first."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from console.moderation.items import combo, shortcut_button
from console.moderation.labels import label
from console.moderation.queue_model import QueueModel
from models.queries.moderation import AgeFilter, Queue, QueueFilter, QueueItem, Region
from widgets.qt import QtCore, QtWidgets


class QueuePanel(QtWidgets.QWidget):
    """The filters over the queue table; the tab loads what they choose."""

    filters_changed = QtCore.Signal()
    """The kind, region, status or term filter changed."""
    queue_changed = QtCore.Signal()
    """Another queue is chosen (its kinds are in the kind filter already)."""
    opened = QtCore.Signal(object)
    """A row was activated: its :class:`QueueItem`."""
    refresh_requested = QtCore.Signal()
    """F5 or the refresh button."""
    next_requested = QtCore.Signal()
    """Ctrl+N or the «Next» button."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moderationQueuePanel")
        self.model = QueueModel(self)
        self.queue_combo = combo(
            "moderationQueue",
            self.tr("Queue"),
            [
                (self.tr("Link requests"), Queue.LINK_REQUESTS),
                (self.tr("Registrations"), Queue.REGISTRATIONS),
                (self.tr("Merge requests"), Queue.MERGES),
            ],
        )
        self.kind_combo = combo("moderationKind", self.tr("Kind"), [])
        self.region_combo = combo(
            "moderationRegion", self.tr("Region"), [(self.tr("All regions"), None)]
        )
        self.status_combo = combo(
            "moderationStatus",
            self.tr("Status"),
            [
                (self.tr("Waiting"), ("new", "pending")),
                (self.tr("Decided"), ("approved", "rejected", "auto_approved")),
                (
                    self.tr("All"),
                    ("new", "pending", "approved", "rejected", "auto_approved", "cancelled"),
                ),
            ],
        )
        self.age_combo = combo(
            "moderationAge",
            self.tr("Term"),
            [
                (self.tr("Any term"), AgeFilter.ANY),
                (self.tr("Due soon or overdue"), AgeFilter.LATE_OR_DUE),
                (self.tr("Overdue"), AgeFilter.OVERDUE),
            ],
        )
        self._fill_kinds()
        for box in (self.kind_combo, self.region_combo, self.status_combo, self.age_combo):
            box.currentIndexChanged.connect(self.filters_changed)
        self.queue_combo.currentIndexChanged.connect(self._queue_changed)
        self.next_button = shortcut_button(
            "moderationNext", self.tr("&Next (Ctrl+N)"), "Ctrl+N", self.next_requested
        )
        refresh = shortcut_button(
            "moderationRefresh", self.tr("Refresh (F5)"), "F5", self.refresh_requested
        )
        # Two rows, so the filters fit a 1280-pixel window without cutting the lists short.
        filters = QtWidgets.QGridLayout()
        for position, (title, widget) in enumerate(
            (
                (self.tr("&Queue:"), self.queue_combo),
                (self.tr("&Kind:"), self.kind_combo),
                (self.tr("Re&gion:"), self.region_combo),
                (self.tr("&Status:"), self.status_combo),
                (self.tr("&Term:"), self.age_combo),
            )
        ):
            caption = QtWidgets.QLabel(title)
            caption.setBuddy(widget)
            row, column = divmod(position, 3)
            filters.addWidget(caption, row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
        filters.setColumnStretch(6, 1)
        filters.addWidget(refresh, 1, 7)
        filters.addWidget(self.next_button, 1, 8)

        self.table = QtWidgets.QTableView()
        self.table.setObjectName("moderationQueueTable")
        self.table.setAccessibleName(self.tr("Queue items, oldest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_row)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def queue(self) -> Queue:
        """The chosen queue."""
        return Queue(self.queue_combo.currentData() or Queue.LINK_REQUESTS.value)

    def choose_queue(self, queue: Queue) -> None:
        """Show ``queue`` (``queue_changed`` follows when it was not shown)."""
        if self.queue() is not queue:
            self.queue_combo.setCurrentIndex(self.queue_combo.findData(queue))

    def filters(self) -> QueueFilter:
        """What the filters choose."""
        return QueueFilter(
            statuses=tuple(self.status_combo.currentData() or ("new", "pending")),
            kind=self.kind_combo.currentData(),
            region_id=self.region_combo.currentData(),
            age=AgeFilter(self.age_combo.currentData() or AgeFilter.ANY.value),
        )

    def _queue_changed(self) -> None:
        self._fill_kinds()
        self.queue_changed.emit()

    def _fill_kinds(self) -> None:
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        kinds = {
            Queue.LINK_REQUESTS: (
                "last_payment_amount",
                "surname_prefix",
                "meter_serial",
                "receipt_number",
            ),
            Queue.REGISTRATIONS: ("person", "organisation"),
            Queue.MERGES: ("same_customer", "other_customers"),
        }[self.queue()]
        for kind in kinds:
            self.kind_combo.addItem(label(kind), kind)
        self.kind_combo.blockSignals(False)

    def fill_regions(self, regions: Iterable[Region]) -> None:
        """The region filter: «All regions» and ``regions``, the choice kept."""
        box = self.region_combo
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All regions"), None)
        for region in regions:
            box.addItem(region.name, region.id)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.blockSignals(False)

    def show_items(self, queue: Queue, items: tuple[QueueItem, ...], open_id: int | None) -> None:
        """Show ``items`` of ``queue``, selecting the open item's row when it is listed."""
        self.model.set_items(queue, items)
        self.table.resizeColumnsToContents()
        if open_id is not None:
            row = self.model.row_of(open_id)
            if row >= 0:
                self.table.selectRow(row)

    def update_items(self, ids: Collection[int], items: tuple[QueueItem, ...]) -> None:
        """Reload the rows of items ``ids`` (``items``: those the filters still show)."""
        self.model.update_items(ids, items)

    def _open_row(self, index: QtCore.QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.opened.emit(item)
