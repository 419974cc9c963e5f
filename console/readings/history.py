"""The readings history of an account: a table model and its view with a period filter."""

from __future__ import annotations

from datetime import date
from typing import Any

from console.formatting import format_date, format_moment
from console.vocabulary import reading_source_label
from models.domain.money_format import format_kwh
from models.queries.readings import HistoryRow
from widgets.qt import QtCore, QtGui, QtWidgets, Signal, qdate

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class HistoryModel(QtCore.QAbstractTableModel):
    """Readings newest first; superseded ones greyed, corrections with their reason."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[HistoryRow, ...] = ()
        self._headers = (
            self.tr("Date"),
            self.tr("Meter"),
            self.tr("Zone"),
            self.tr("Reading"),
            self.tr("Type"),
            self.tr("Actual / estimated"),
            self.tr("Entered by"),
            self.tr("Entered at"),
            self.tr("Bill"),
            self.tr("Note"),
        )

    def set_rows(self, rows: tuple[HistoryRow, ...]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, index: int) -> HistoryRow | None:
        """The reading shown in row ``index``."""
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == QtCore.Qt.Orientation.Horizontal
            and role == QtCore.Qt.ItemDataRole.DisplayRole
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and row.superseded:
            return QtGui.QBrush(QtGui.QColor("#8a8a8a"))
        if role == QtCore.Qt.ItemDataRole.FontRole and row.superseded:
            font = QtGui.QFont()
            font.setStrikeOut(True)
            return font
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and index.column() == 9:
            return self._text(row, 9)
        return None

    def _text(self, row: HistoryRow, column: int) -> str:
        if column == 0:
            return format_date(row.taken_on)
        if column == 1:
            return row.meter_serial
        if column == 2:
            return row.zone
        if column == 3:
            return format_kwh(row.value, unit=False)
        if column == 4:
            return reading_source_label(row.source)
        if column == 5:
            return self.tr("estimate") if row.estimated else self.tr("actual")
        if column == 6:
            return row.entered_by
        if column == 7:
            return format_moment(row.entered_at)
        if column == 8:
            return row.receipt_number or "—"
        return self._note(row)

    def _note(self, row: HistoryRow) -> str:
        notes: list[str] = []
        if row.corrects_id is not None:
            notes.append(self.tr("Correction: {reason}").format(reason=row.reason or ""))
        elif row.reason:
            notes.append(self.tr("Reason: {reason}").format(reason=row.reason))
        if row.superseded:
            notes.append(self.tr("corrected later"))
        if row.rollover:
            notes.append(self.tr("through zero"))
        return "; ".join(notes)


CORRECT_KEYS = "Ctrl+Shift+E"
"""Correction's own keys: no other destructive action shares them."""


class HistoryView(QtWidgets.QWidget):
    """The table with a period filter and the supervisor's «Correct…» action."""

    filter_changed = Signal(object, object)
    """(since: date | None, until: date | None)"""
    correct_requested = Signal(object)
    """HistoryRow the operator wants to correct."""

    def __init__(self, today: date, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingsHistory")
        self.model = HistoryModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setObjectName("readingsHistoryTable")
        self.table.setAccessibleName(self.tr("Readings history"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._correct_row(index.row()))

        self.since = QtWidgets.QDateEdit(QtCore.QDate(today.year - 1, today.month, 1))
        self.since.setObjectName("readingsHistorySince")
        self.since.setAccessibleName(self.tr("History from"))
        self.until = QtWidgets.QDateEdit(qdate(today))
        self.until.setObjectName("readingsHistoryUntil")
        self.until.setAccessibleName(self.tr("History until"))
        for edit in (self.since, self.until):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.show_button = QtWidgets.QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("readingsHistoryShow")
        self.show_button.setAccessibleName(self.tr("Show the readings of the period"))
        self.show_button.clicked.connect(self._apply)
        self._can_correct = True
        self.correct_button = QtWidgets.QPushButton(
            self.tr("Correct reading… (supervisor, Ctrl+Shift+E)")
        )
        self.correct_button.setObjectName("readingsCorrect")
        self.correct_button.setAccessibleName(self.tr("Correct the selected reading"))
        self.correct_button.setShortcut(QtGui.QKeySequence(CORRECT_KEYS))
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(
            lambda: self._correct_row(self.table.currentIndex().row())
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, previous: self._update_correct_button()
        )
        since_label = QtWidgets.QLabel(self.tr("From:"))
        since_label.setBuddy(self.since)
        until_label = QtWidgets.QLabel(self.tr("&until:"))
        until_label.setBuddy(self.until)
        bar = QtWidgets.QHBoxLayout()
        heading = self.tr("Readings history")
        title = QtWidgets.QLabel(f"<b>{heading}</b>")
        bar.addWidget(title)
        bar.addStretch(1)
        for widget in (since_label, self.since, until_label, self.until, self.show_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.correct_button)
        self.empty = QtWidgets.QLabel(self.tr("No readings in this period."))
        self.empty.setObjectName("readingsHistoryEmpty")
        self.empty.setStyleSheet("color: #666666;")
        self.empty.hide()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def set_can_correct(self, allowed: bool) -> None:
        """Whether the operator may correct readings (supervisors); the database re-checks."""
        self._can_correct = allowed
        self._update_correct_button()

    def _update_correct_button(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        self.correct_button.setEnabled(self._can_correct and row is not None and not row.superseded)

    def period(self) -> tuple[date, date]:
        """The filter's period."""
        return (
            self.since.date().toPython(),  # type: ignore[return-value]
            self.until.date().toPython(),
        )

    def set_rows(self, rows: tuple[HistoryRow, ...]) -> None:
        """Show ``rows`` and size the columns to them."""
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.resizeColumnsToContents()
        self._update_correct_button()

    def _apply(self) -> None:
        since, until = self.period()
        self.filter_changed.emit(since, until)

    def _correct_row(self, index: int) -> None:
        row = self.model.row_at(index)
        if row is not None and self.correct_button.isEnabled():
            self.correct_requested.emit(row)
