"""The zone grid of the reading entry form: a row per zone of the meter, then the date.

Each zone's row shows its previous readings, the average a day, the new value, the
charge and a message line under them; the date row holds the date taken, its message
and, whenever the date is not today, a notice saying so. Enter in a zone moves to the
next one; from the last one the grid says so (:attr:`ZoneGrid.last_zone_entered`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from console.formatting import format_date
from console.readings.labels import zone_label
from console.readings.styles import MUTED_STYLE, WARNING_STYLE
from console.vocabulary import reading_source_label
from models.domain.money_format import format_kwh
from models.domain.reading_checks import DATE_FIELD, ReadingCheckSettings, value_field
from models.queries.readings import MeterForm
from widgets.qt import QtCore, QtGui, QtWidgets, Signal, qdate


class _ZoneRow:
    """The widgets of one zone in the grid."""

    def __init__(self, zone: str, label: str, value_name: str, placeholder: str) -> None:
        self.zone = zone
        self.title = QtWidgets.QLabel(f"<b>{label}</b> ({zone})")
        self.previous = QtWidgets.QLabel()
        self.previous.setObjectName(f"readingsPrevious_{zone}")
        self.previous.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.average = QtWidgets.QLabel()
        self.average.setObjectName(f"readingsAverage_{zone}")
        self.value = QtWidgets.QLineEdit()
        self.value.setObjectName(f"readingsValue_{zone}")
        self.value.setAccessibleName(value_name)
        self.value.setPlaceholderText(placeholder)
        self.value.setValidator(
            QtGui.QRegularExpressionValidator(
                QtCore.QRegularExpression(r"^[0-9 ]{0,14}([.,][0-9]{0,6})?$"), self.value
            )
        )
        self.value.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        self.value.setMinimumWidth(140)
        self.title.setBuddy(self.value)
        self.cost = QtWidgets.QLabel()
        self.cost.setObjectName(f"readingsCost_{zone}")
        self.cost.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName(f"readingsMessage_{zone}")
        self.message.setWordWrap(True)
        self.message.hide()


class ZoneGrid(QtWidgets.QWidget):
    """The zones of one meter with their new values, and the date the readings were taken.

    ``then`` is where Tab goes from the last zone. Without a meter the grid is hidden.
    """

    edited = Signal()
    """The operator typed a value or changed the date."""
    last_zone_entered = Signal()
    """Enter was pressed in the last zone."""

    def __init__(self, then: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._then = then
        self._today: date | None = None
        """The day the shown meter is checked against; ``None`` without a meter."""
        self._rows: list[_ZoneRow] = []

        self._grid = QtWidgets.QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setColumnStretch(1, 2)
        self._grid.setColumnStretch(4, 3)

        self.date_edit = QtWidgets.QDateEdit()
        self.date_edit.setObjectName("readingsDate")
        self.date_edit.setAccessibleName(self.tr("Date the reading was taken"))
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        # Only a deliberate Alt+D (Alt+А) or a click reaches the date: Tab passes it by and the
        # wheel does not turn it, so a stray key cannot move the date unseen.
        self.date_edit.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.date_edit.installEventFilter(self)
        self.date_edit.dateChanged.connect(self.edited)
        self.date_edit.dateChanged.connect(self._show_date_notice)
        self._date_notice = QtWidgets.QLabel()
        self._date_notice.setObjectName("readingsDateNotice")
        self._date_notice.setAccessibleName(self.tr("Reading date notice"))
        self._date_notice.setWordWrap(True)
        self._date_notice.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
        self._date_notice.hide()
        self._date_label = QtWidgets.QLabel(self.tr("&Date taken:"))
        self._date_label.setBuddy(self.date_edit)
        self._date_message = QtWidgets.QLabel()
        self._date_message.setObjectName("readingsDateMessage")
        self._date_message.setWordWrap(True)
        self._date_message.hide()
        self.hide()

    # -- content ---------------------------------------------------------------

    def show_meter(
        self,
        meter: MeterForm,
        today: date,
        settings: ReadingCheckSettings,
        typed: Mapping[str, str],
        taken_on: QtCore.QDate,
    ) -> None:
        """Rows for ``meter``'s zones holding the ``typed`` values, and the date ``taken_on``
        (no later than ``today``)."""
        self._today = today
        # Shown before the rows go in, so that they appear with the next turn of the event
        # loop as every widget added to a shown layout does, whether or not a meter was shown.
        self.show()
        self._clear_grid()
        headers = (
            self.tr("Zone"),
            self.tr("Previous readings"),
            self.tr("Average per day"),
            self.tr("New reading"),
            self.tr("Consumption and cost"),
        )
        for column, header in enumerate(headers):
            self._grid.addWidget(QtWidgets.QLabel(f"<b>{header}</b>"), 0, column)
        previous: QtWidgets.QWidget | None = None
        for index, zone in enumerate(meter.zones):
            row = self._new_row(meter, zone)
            row.previous.setText(self._previous_text(meter, zone))
            average = meter.average_daily(zone, settings)
            row.average.setText(
                self.tr("{kwh} a day").format(kwh=format_kwh(average)) if average else "—"
            )
            row.value.setText(typed.get(zone, ""))
            row.value.textEdited.connect(self.edited)
            row.value.returnPressed.connect(lambda i=index: self._next_zone(i))
            line = 1 + 2 * index
            self._grid.addWidget(row.title, line, 0)
            self._grid.addWidget(row.previous, line, 1)
            self._grid.addWidget(row.average, line, 2)
            self._grid.addWidget(row.value, line, 3)
            self._grid.addWidget(row.cost, line, 4)
            self._grid.addWidget(row.message, line + 1, 1, 1, 4)
            if previous is not None:
                QtWidgets.QWidget.setTabOrder(previous, row.value)
            previous = row.value
            self._rows.append(row)
        date_line = 1 + 2 * len(meter.zones)
        self._grid.addWidget(self._date_label, date_line, 0, 1, 3)
        self._grid.addWidget(self.date_edit, date_line, 3)
        self._grid.addWidget(self._date_message, date_line, 4)
        self._grid.addWidget(self._date_notice, date_line + 1, 0, 1, 5)
        self._date_label.show()
        self.date_edit.show()
        if previous is not None:
            QtWidgets.QWidget.setTabOrder(previous, self._then)
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(qdate(today))
        self.date_edit.setDate(taken_on)
        self.date_edit.blockSignals(False)
        self._show_date_notice()

    def clear(self) -> None:
        """No meter: no zones, no date, the grid hidden."""
        self._today = None
        self._clear_grid()
        self._date_label.hide()
        self.date_edit.hide()
        self._date_message.hide()
        self._date_notice.hide()
        self.hide()

    def _new_row(self, meter: MeterForm, zone: str) -> _ZoneRow:
        label = zone_label(meter.context.meter.zone_count, zone)
        return _ZoneRow(
            zone,
            label,
            self.tr("New reading, zone {zone}").format(zone=label),
            self.tr("new reading"),
        )

    def _clear_grid(self) -> None:
        kept = (self._date_label, self.date_edit, self._date_message, self._date_notice)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in kept:
                widget.hide()
                widget.deleteLater()
        self._rows = []

    def _previous_text(self, meter: MeterForm, zone: str) -> str:
        readings = meter.recent.get(zone, ())
        if not readings:
            empty = self.tr("no readings yet")
            return f"<span style='{MUTED_STYLE}'>{empty}</span>"
        lines = []
        for position, reading in enumerate(readings):
            text = (
                f"{format_kwh(reading.value, unit=False)} · {format_date(reading.taken_on)}"
                f" · {reading_source_label(reading.source)}"
            )
            lines.append(text if position == 0 else f"<span style='{MUTED_STYLE}'>{text}</span>")
        return "<br>".join(lines)

    def _show_date_notice(self) -> None:
        """Whenever the date is not today, say so next to the form in plain words."""
        chosen = self.date_edit.date()
        taken_on = date(chosen.year(), chosen.month(), chosen.day())
        if self._today is None or taken_on == self._today:
            self._date_notice.hide()
            return
        text = self.tr("The readings will be dated {day}, not today ({today}).").format(
            day=format_date(taken_on), today=format_date(self._today)
        )
        if (taken_on.year, taken_on.month) != (self._today.year, self._today.month):
            text += " " + self.tr("That is another month: check the date.")
        self._date_notice.setText(text)
        self._date_notice.show()

    # -- the fields ------------------------------------------------------------

    def values_text(self) -> dict[str, str]:
        """What is typed in each zone, by zone."""
        return {row.zone: row.value.text() for row in self._rows}

    def message_labels(self) -> dict[str, QtWidgets.QLabel]:
        """The line under each field that says what is wrong with it, by field name."""
        labels = {value_field(row.zone): row.message for row in self._rows}
        labels[DATE_FIELD] = self._date_message
        return labels

    def cost_labels(self) -> dict[str, QtWidgets.QLabel]:
        """Where each zone's consumption and cost are shown, by zone."""
        return {row.zone: row.cost for row in self._rows}

    def widget_for(self, field: str | None) -> QtWidgets.QWidget | None:
        """The input of the field named ``field`` (``None`` if the grid has none)."""
        if field == DATE_FIELD:
            return self.date_edit
        for row in self._rows:
            if field == value_field(row.zone):
                return row.value
        return None

    # -- focus -----------------------------------------------------------------

    def focus_first_zone(self) -> None:
        """Put the cursor in the first zone's value."""
        if self._rows:
            self._rows[0].value.setFocus()
            self._rows[0].value.selectAll()

    def _next_zone(self, index: int) -> None:
        if index + 1 < len(self._rows):
            self._rows[index + 1].value.setFocus()
            self._rows[index + 1].value.selectAll()
        else:
            self.last_zone_entered.emit()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """The wheel over the date turns it only once the date has the focus."""
        if (
            watched is self.date_edit
            and event.type() == QtCore.QEvent.Type.Wheel
            and not self.date_edit.hasFocus()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
