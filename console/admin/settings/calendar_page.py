"""The «Calendar» page: the year's holiday transfers (days off and working weekend days)."""

from __future__ import annotations

from console.admin.settings.page import (
    Form,
    Save,
    SettingsPage,
    button,
    button_row,
    pydate,
    selected_key,
    table_defaults,
)
from console.formatting import format_date
from console.services import supplier_settings as service
from models import clock
from models.queries.settings import CalendarEntry
from widgets.qt import QtCore, QtWidgets, qdate


class CalendarPage(SettingsPage):
    """The transfers in a table; the form adds a date or changes the selected one."""

    PART = "calendar"
    RESET_BY = frozenset({"calendar"})

    def __init__(self, save: Save, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("calendarPage")
        explain = QtWidgets.QLabel(
            self.tr(
                "The statutory holidays are known to the console. Enter here the year's "
                "transfers: weekdays made days off and Saturdays or Sundays made working days."
            )
        )
        explain.setObjectName("calendarExplain")
        explain.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(0, 3)
        self.table.setObjectName("calendarTable")
        self.table.setAccessibleName(self.tr("Holiday transfers"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Note")])
        table_defaults(self.table)
        self.table.itemSelectionChanged.connect(self._day_selected)
        self.form = Form("dayForm")
        self.date = QtWidgets.QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.kind = QtWidgets.QComboBox()
        self.kind.addItem(self.tr("Day off (a weekday)"), "holiday")
        self.kind.addItem(self.tr("Working day (a weekend day)"), "working_day")
        self.note = QtWidgets.QLineEdit()
        self.form.add("day", self.tr("Date:"), self.date, self.tr("Date of the transfer"))
        self.form.add("kind", self.tr("Kind:"), self.kind, self.tr("Kind of day"))
        self.form.add("note", self.tr("Note:"), self.note, self.tr("Note on the transfer"))
        self.new_button = button(
            "dayNew", self.tr("New date"), self.tr("Start a new date"), self.new_day
        )
        self.save_button = button(
            "daySave", self.tr("Save date"), self.tr("Save the date"), self.save_day
        )
        self.delete_button = button(
            "dayDelete",
            self.tr("Delete date"),
            self.tr("Delete the selected date"),
            self.delete_day,
        )
        buttons = button_row(self.new_button, self.save_button, self.delete_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.form.status)
        self._editing: CalendarEntry | None = None

    def _kind_text(self, kind: str) -> str:
        return self.tr("day off") if kind == "holiday" else self.tr("working day")

    def show_part(self, reset: bool) -> None:
        """The transfers in the table; the form starts a new date when ``reset``."""
        days = self.overview.calendar if self.overview else ()
        self.table.setRowCount(len(days))
        for row, entry in enumerate(days):
            for column, value in enumerate(
                (format_date(entry.day), self._kind_text(entry.kind), entry.note)
            ):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, entry.day.isoformat())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if reset:
            self.new_day()

    def _day_selected(self) -> None:
        if self.overview is None:
            return
        key = selected_key(self.table)
        entry = next((d for d in self.overview.calendar if d.day.isoformat() == key), None)
        if entry is None:
            return
        self._editing = entry
        self.date.setDate(qdate(entry.day))
        self.date.setEnabled(False)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.note.setText(entry.note)
        self.delete_button.setEnabled(True)
        self.form.show_problems(())
        self.form.say(self.tr("Editing the selected date."))

    def new_day(self) -> None:
        """Clear the calendar form for a new date."""
        self._editing = None
        self.table.clearSelection()
        self.date.setEnabled(True)
        self.date.setDate(qdate(clock.today()))
        self.note.clear()
        self.delete_button.setEnabled(False)
        self.form.show_problems(())
        self.form.say(self.tr("A new date."))

    def save_day(self) -> None:
        """Add or change the date in the form."""
        editing = self._editing
        day = editing.day if editing else pydate(self.date.date())
        version = editing.version if editing else None
        kind = str(self.kind.currentData())
        note = self.note.text()
        self.save(
            lambda session: service.save_calendar_day(session, day, kind, note, version),
            self.form,
        )

    def delete_day(self) -> None:
        """Remove the selected date."""
        editing = self._editing
        if editing is None:
            return
        day, version = editing.day, editing.version
        self.save(lambda session: service.delete_calendar_day(session, day, version), self.form)
